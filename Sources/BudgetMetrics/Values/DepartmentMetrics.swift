import BudgetModel
import Foundation

/// Every metric and year-on-year figure of one department.
///
/// ```swift
/// let metrics = DepartmentMetrics(department, file: "Fixtures/000.yaml")
/// metrics[.percapPublic].value          // 4.6256818… (203.53 / 44)
/// metrics[.staffFill].reason            // nil, or e.g. 缺少输入：编制数 (staff.authorized)
/// metrics[.percapPublic].numerator?.inputs.first?.field   // "basicExpenditure.publicFunds"
/// ```
///
/// A class, not a struct: a `Department` is about 4 KB inline, and groups,
/// sorting, the workbook and the memo pass the same department around many
/// times; a reference makes each of those a retain instead of a 4 KB copy.
/// Every property is a constant, so sharing it between threads is safe.
public final class DepartmentMetrics: Sendable {
    /// Path of the input file, when loaded from one.
    public let file: String?
    public let department: Department
    /// One value per metric, in catalogue order.
    public let values: [MetricValue]
    /// Year-on-year figures the narrative states, in `YearOnYearItem` order
    /// (items without a statement are left out).
    public let yearOnYear: [YearOnYearFigure]

    public convenience init(_ department: Department, file: String? = nil) {
        self.init(department, file: file) { $0 }
    }

    /// The metrics computed from `department`, holding `stored` in its place:
    /// a batch computes from the whole department, then keeps only what the
    /// outputs read (`Department.trimmedToReportedFigures()` in Reports). The
    /// values and operands are copies, so they do not depend on `stored`.
    public init(_ department: Department, file: String? = nil, storing stored: (Department) -> Department) {
        self.file = file
        values = MetricCatalogue.definitions.map { MetricValue($0, for: department) }
        yearOnYear = Self.yearOnYear(of: department)
        self.department = stored(department)
    }

    /// The stated figures in a buffer of exactly their number: `compactMap`
    /// grows its result by doubling (8 places for 5 figures), and a batch
    /// holds every department's figures.
    private static func yearOnYear(of department: Department) -> [YearOnYearFigure] {
        let figures = YearOnYearItem.allCases.compactMap { YearOnYearFigure($0, for: department) }
        var exact: [YearOnYearFigure] = []
        exact.reserveCapacity(figures.count)
        exact.append(contentsOf: figures)
        return exact
    }

    /// The value of `metric`.
    public subscript(_ metric: MetricID) -> MetricValue {
        values[metric.catalogueIndex]
    }

    /// The year-on-year figure of `item`, when the narrative states one.
    public func yearOnYear(_ item: YearOnYearItem) -> YearOnYearFigure? {
        yearOnYear.first { $0.item == item }
    }

    /// The comparison group (year, kind, group tag).
    public var groupKey: GroupKey { GroupKey(department.identity) }

    /// 部门全称.
    public var name: String { department.identity.name }
}
