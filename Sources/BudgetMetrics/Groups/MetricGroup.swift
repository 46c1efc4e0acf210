import BudgetModel
import Foundation

/// Departments compared with one another (same year, kind and group tag)
/// and the statistics of every metric across them.
///
/// ```swift
/// let groups = MetricGroup.groups(departments.map { DepartmentMetrics($0) })
/// for group in groups {
///     let stats = group[.percapPublic]
///     print(group.key.label, stats.pooled.outcome.value, stats.median)
///     for (department, standing) in zip(group.departments, stats.standings) {
///         print(department.name, standing.rank, standing.deviationFromMedian)
///     }
/// }
/// ```
public struct MetricGroup: Sendable {
    public let key: GroupKey
    /// Members, ordered by full name (code point order), then file path.
    public let departments: [DepartmentMetrics]
    /// One entry per metric, in catalogue order.
    public let statistics: [GroupStatistics]

    public init(key: GroupKey, departments: [DepartmentMetrics]) {
        self.key = key
        self.departments = departments.sorted(by: MetricGroup.memberOrder)
        let members = self.departments
        statistics = MetricID.allCases.concurrentMap { metric in GroupStatistics(metric, values: members.map { $0[metric] }) }
    }

    /// The statistics of `metric`.
    public subscript(_ metric: MetricID) -> GroupStatistics {
        statistics[metric.catalogueIndex]
    }

    /// Splits departments into groups, ordered by `GroupKey`.
    public static func groups(_ departments: [DepartmentMetrics]) -> [MetricGroup] {
        Dictionary(grouping: departments, by: \.groupKey)
            .map { MetricGroup(key: $0.key, departments: $0.value) }
            .sorted { $0.key < $1.key }
    }

    /// Name (code point order), then file path: deterministic whatever the input order.
    /// UTF-8 byte order is code point order, and much cheaper to compare.
    static func memberOrder(_ lhs: DepartmentMetrics, _ rhs: DepartmentMetrics) -> Bool {
        let left = lhs.name, right = rhs.name
        if !left.utf8.elementsEqual(right.utf8) {
            return left.utf8.lexicographicallyPrecedes(right.utf8)
        }
        return (lhs.file ?? "").utf8.lexicographicallyPrecedes((rhs.file ?? "").utf8)
    }
}
