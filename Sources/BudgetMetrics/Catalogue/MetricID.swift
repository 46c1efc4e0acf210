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
        let all = MetricID.allCases
        return all.firstIndex(of: lhs)! < all.firstIndex(of: rhs)!
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
