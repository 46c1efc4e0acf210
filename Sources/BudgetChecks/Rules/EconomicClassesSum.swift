import BudgetModel

/// Table 6, per column: the 类 rows (301, 302, 303 …) add up to the 总计 row.
public struct EconomicClassesSum: CheckRule {
    public static let id = "basic.economic-classes-sum-to-total"
    public static let description = "经济分类类级科目之和应等于总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let table = EconomicTable(department), !table.classes.isEmpty else { return [] }
        for column in EconomicTable.Column.allCases {
            collector.compare(expected: Term.sum(table.classes.map(column.of)), actual: column.ofTotal(table.basic),
                              detail: "表6 总计 \(column.name)")
        }
        return collector.findings
    }
}
