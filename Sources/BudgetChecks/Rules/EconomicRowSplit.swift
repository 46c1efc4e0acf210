import BudgetModel

/// Table 6, on every 类/款 row: 人员经费 + 公用经费 = 合计 (a blank cell counts
/// as nothing; the 总计 row is `PersonnelPlusPublic`'s).
public struct EconomicRowSplit: CheckRule {
    public static let id = "basic.economic-row-split"
    public static let description = "各经济分类科目的人员经费与公用经费之和应等于合计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let table = EconomicTable(department) else { return [] }
        for row in table.rows {
            collector.compare(
                expected: Term.sum([EconomicTable.Column.personnel.of(row), EconomicTable.Column.publicFunds.of(row)]),
                actual: EconomicTable.Column.total.of(row), detail: table.detail(row, .total))
        }
        return collector.findings
    }
}
