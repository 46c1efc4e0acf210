/// The identifier of a metric, exactly as in DESIGN.md and the public
/// `metrics --format json` output. `allCases` is in catalogue order.
public enum MetricID: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case staffFill = "staff.fill"
    case staffRetiree = "staff.retiree"
    case staffActual = "staff.actual"
    case percapPublic = "percap.public"
    case percapPersonnel = "percap.personnel"
    case percapRunning = "percap.running"
    case sangongShare = "sangong.share"
    case sangongPublic = "sangong.public"
    case sangongPercap = "sangong.percap"
    case sangongVehicle = "sangong.vehicle"
    case sangongYoY = "sangong.yoy"
    case mixBasic = "mix.basic"
    case mixProject = "mix.project"
    case mixFiscal = "mix.fiscal"
    case mixCarryover = "mix.carryover"
    case execRate = "exec.rate"
    case execAdjust = "exec.adjust"
    case execVariance = "exec.variance"

    /// Catalogue order.
    public static func < (lhs: MetricID, rhs: MetricID) -> Bool {
        lhs.catalogueIndex < rhs.catalogueIndex
    }

    /// The position of the metric in `allCases` (catalogue order), without
    /// building `allCases`: per-department values and group statistics are
    /// arrays in this order, looked up for every cell of the workbook and memo.
    public var catalogueIndex: Int {
        switch self {
        case .staffFill: return 0
        case .staffRetiree: return 1
        case .staffActual: return 2
        case .percapPublic: return 3
        case .percapPersonnel: return 4
        case .percapRunning: return 5
        case .sangongShare: return 6
        case .sangongPublic: return 7
        case .sangongPercap: return 8
        case .sangongVehicle: return 9
        case .sangongYoY: return 10
        case .mixBasic: return 11
        case .mixProject: return 12
        case .mixFiscal: return 13
        case .mixCarryover: return 14
        case .execRate: return 15
        case .execAdjust: return 16
        case .execVariance: return 17
        }
    }

    /// The metric's definition in the catalogue.
    public var definition: MetricDefinition { MetricCatalogue.definition(self) }
}

/// How a metric's value is read and shown. Values are always stored as the
/// plain quotient (a share of 5.23 % is stored as 0.0523).
public enum MetricUnit: String, Sendable, Hashable, CaseIterable {
    /// A share or rate, shown as a percentage with two decimals (12.34%).
    case percent
    /// 万元 per person, shown with two decimals.
    case wanYuanPerPerson
    /// Persons per person (人/人), shown as a plain number with two decimals.
    case personsPerPerson

    /// 单位 as printed in the catalogue: "%", "万元/人", "人/人".
    public var symbol: String {
        switch self {
        case .percent: return "%"
        case .wanYuanPerPerson: return "万元/人"
        case .personsPerPerson: return "人/人"
        }
    }

    /// Decimal places shown (of the percentage for `.percent`).
    public var displayDecimals: Int { 2 }

    /// `true` when the value is shown multiplied by 100 with a "%" sign
    /// (in a spreadsheet: number format `0.00%` on the stored quotient).
    public var isPercent: Bool { self == .percent }
}
