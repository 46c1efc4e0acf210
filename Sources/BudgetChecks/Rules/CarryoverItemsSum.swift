import BudgetModel

/// Table 11, per column (总计, 财政拨款, 非财政拨款): the projects add up to the
/// 总计 row (blank cells count as nothing).
public struct CarryoverItemsSum: CheckRule {
    public static let id = "carryover.items-sum-to-total"
    public static let description = "表11各项目之和应等于总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let table = CarryoverTable(department), !table.items.isEmpty else { return [] }
        for column in CarryoverTable.Column.allCases {
            collector.compare(expected: Term.sum(table.items.map(column.of)), actual: column.of(table.total),
                              detail: "表11 总计 \(column.name)")
        }
        return collector.findings
    }
}
