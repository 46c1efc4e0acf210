import BudgetModel

/// Table 6, per column (合计, 人员经费, 公用经费): the 款 rows of a 类 add up to
/// the 类 row. Needs the 类 cell and at least one stated 款 cell.
public struct EconomicSubtotals: CheckRule {
    public static let id = "basic.economic-subtotals"
    public static let description = "经济分类款级科目之和应等于所属类级科目"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let table = EconomicTable(department) else { return [] }
        for row in table.classes {
            let parts = table.parts(of: row)
            guard !parts.isEmpty else { continue }
            for column in EconomicTable.Column.allCases {
                collector.compare(expected: Term.sum(parts.map(column.of)), actual: column.of(row),
                                  detail: table.detail(row, column))
            }
        }
        return collector.findings
    }
}
