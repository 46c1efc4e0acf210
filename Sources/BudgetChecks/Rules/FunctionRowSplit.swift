import BudgetModel

/// In Tables 3 and 5, on every 类/款/项 row: 基本支出 + 项目支出 = 合计
/// (a blank cell counts as nothing; the 总计 row is `BasicPlusProject`'s).
public struct FunctionRowSplit: CheckRule {
    public static let id = "function.row-split"
    public static let description = "各科目基本支出与项目支出之和应等于合计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        for table in FunctionTable.tables(of: department) {
            for row in table.rows {
                collector.compare(
                    expected: Term.sum([FunctionTable.Column.basic.of(row), FunctionTable.Column.project.of(row)]),
                    actual: FunctionTable.Column.total.of(row), detail: table.detail(row, .total))
            }
        }
        return collector.findings
    }
}
