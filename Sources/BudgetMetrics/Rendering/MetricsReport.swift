import BudgetModel
import Foundation

/// The metrics of a set of departments and their groups, as the
/// `budget-compare metrics` command prints them (text or JSON).
///
/// ```swift
/// let report = MetricsReport(loaded.map { DepartmentMetrics($0.department, file: $0.file) })
/// FileHandle.standardOutput.write(try report.json())
/// print(report.text())
/// ```
public struct MetricsReport: Sendable {
    /// The groups, ordered by `GroupKey`.
    public let groups: [MetricGroup]

    public init(_ departments: [DepartmentMetrics]) {
        groups = MetricGroup.groups(departments)
    }

    /// Every department, group by group in member order.
    public var departments: [DepartmentMetrics] { groups.flatMap(\.departments) }

    // MARK: JSON

    /// The public JSON document (keys sorted, two-space indentation):
    ///
    /// ```json
    /// {"departments": [{"file", "name", "year", "kind", "group",
    ///                   "metrics": {"<id>": {"value": "<decimal>" | null, "reason": null | "<why>"}}}],
    ///  "groups": [{"key", "label", "year", "kind", "group", "departments": ["<name>"],
    ///              "metrics": {"<id>": {"pooled", "mean", "median": "<decimal>" | null, "count": n}}}]}
    /// ```
    ///
    /// `kind` is `budget` or `final`; `group` is the peer-group tag or null;
    /// values are full-precision decimal strings of the quotient (a share of
    /// 5.23 % is "0.0523…").
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(JSONDocument(self))
        data.append(contentsOf: Array("\n".utf8))
        return data
    }

    // MARK: Text

    /// One aligned table per group (a row per department, a column per
    /// metric that applies to the group's kind, then the pooled, mean and
    /// median rows) and, under it, why each missing value is missing.
    public func text() -> String {
        var sections: [String] = []
        for group in groups {
            // All members share the group's kind: metrics that do not apply to it are left out.
            let shown = MetricCatalogue.definitions.filter { $0.applicability.applies(to: group.key.kind) }.map(\.id)
            let hidden = MetricCatalogue.definitions.filter { !$0.applicability.applies(to: group.key.kind) }
            var section = "\(group.key.label)（\(group.departments.count) 个部门）\n"
            if !hidden.isEmpty {
                section += "不适用于\(group.key.kind.chineseName)、未列出：" + hidden.map(\.id.rawValue).joined(separator: "、") + "\n"
            }
            var table = TextTable(header: ["部门"] + shown.map(\.rawValue),
                                  alignments: [.left] + shown.map { _ in .right })
            for department in group.departments {
                table.append([department.department.identity.displayName] + shown.map { MetricFormat.display(department[$0]) })
            }
            table.append(["汇总"] + shown.map { MetricFormat.display(group[$0].pooled.value, metric: $0) })
            table.append(["平均值"] + shown.map { MetricFormat.display(group[$0].mean, metric: $0) })
            table.append(["中位数"] + shown.map { MetricFormat.display(group[$0].median, metric: $0) })
            section += "\n" + table.render() + "\n"
            var reasons = TextTable(header: ["无值", "指标", "原因"], alignments: [.left, .left, .left])
            for department in group.departments {
                for id in shown {
                    guard let reason = department[id].reason else { continue }
                    reasons.append([department.department.identity.displayName, id.rawValue, reason.description])
                }
            }
            if !reasons.rows.isEmpty { section += "\n" + reasons.render() + "\n" }
            sections.append(section)
        }
        return sections.joined(separator: "\n")
    }

    /// The catalogue as text: id, 名称, 单位, 适用, 公式.
    public static func catalogueText() -> String {
        var table = TextTable(header: ["id", "名称", "单位", "适用", "公式"], alignments: [.left, .left, .left, .left, .left])
        for definition in MetricCatalogue.definitions {
            table.append([definition.id.rawValue, definition.name, definition.unit.symbol,
                          definition.applicability.chineseName, definition.formula])
        }
        return table.render() + "\n"
    }
}

// MARK: - JSON shapes

private struct JSONDocument: Encodable {
    let departments: [JSONDepartment]
    let groups: [JSONGroup]

    init(_ report: MetricsReport) {
        departments = report.departments.map(JSONDepartment.init)
        groups = report.groups.map(JSONGroup.init)
    }
}

private struct JSONDepartment: Encodable {
    let metrics: DepartmentMetrics

    init(_ metrics: DepartmentMetrics) { self.metrics = metrics }

    enum Keys: String, CodingKey { case file, name, year, kind, group, metrics }

    func encode(to encoder: Encoder) throws {
        let identity = metrics.department.identity
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(metrics.file, forKey: .file)
        try container.encode(identity.name, forKey: .name)
        try container.encode(identity.year, forKey: .year)
        try container.encode(identity.kind.rawValue, forKey: .kind)
        try container.encode(metrics.groupKey.tag, forKey: .group)
        var values = container.nestedContainer(keyedBy: MetricKey.self, forKey: .metrics)
        for value in metrics.values {
            try values.encode(JSONMetricValue(value), forKey: MetricKey(value.metric))
        }
    }
}

private struct JSONMetricValue: Encodable {
    let value: String?
    let reason: String?

    init(_ metric: MetricValue) {
        value = metric.value.map(DecimalText.canonical)
        reason = metric.reason?.description
    }

    enum Keys: String, CodingKey { case value, reason }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(value, forKey: .value)
        try container.encode(reason, forKey: .reason)
    }
}

private struct JSONGroup: Encodable {
    let group: MetricGroup

    init(_ group: MetricGroup) { self.group = group }

    enum Keys: String, CodingKey { case key, label, year, kind, group, departments, metrics }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(group.key.id, forKey: .key)
        try container.encode(group.key.label, forKey: .label)
        try container.encode(group.key.year, forKey: .year)
        try container.encode(group.key.kind.rawValue, forKey: .kind)
        try container.encode(group.key.tag, forKey: .group)
        try container.encode(group.departments.map(\.name), forKey: .departments)
        var metrics = container.nestedContainer(keyedBy: MetricKey.self, forKey: .metrics)
        for statistics in group.statistics {
            try metrics.encode(JSONGroupMetric(statistics), forKey: MetricKey(statistics.metric))
        }
    }
}

private struct JSONGroupMetric: Encodable {
    let statistics: GroupStatistics

    init(_ statistics: GroupStatistics) { self.statistics = statistics }

    enum Keys: String, CodingKey { case pooled, mean, median, count }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(statistics.pooled.value.map(DecimalText.canonical), forKey: .pooled)
        try container.encode(statistics.mean.map(DecimalText.canonical), forKey: .mean)
        try container.encode(statistics.median.map(DecimalText.canonical), forKey: .median)
        try container.encode(statistics.count, forKey: .count)
    }
}

private struct MetricKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ metric: MetricID) { stringValue = metric.rawValue }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
