import BudgetModel

/// In Tables 3 and 5, per column (合计, 基本支出, 项目支出): the 项 rows of a
/// 款 add up to the 款 row, the 款 rows of a 类 to the 类 row (or its 项 rows,
/// when the table lists no 款 of that 类, as a final account's narrative does).
///
/// Needs the parent's cell and at least one stated cell among its parts;
/// blank cells of the parts count as nothing.
public struct FunctionSubtotals: CheckRule {
    public static let id = "function.subtotals"
    public static let description = "下级科目之和应等于上级科目（项之和等于款，款之和等于类）"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        for table in FunctionTable.tables(of: department) {
            for row in table.rows {
                let parts = table.parts(of: row)
                guard !parts.isEmpty else { continue }
                for column in FunctionTable.Column.allCases {
                    collector.compare(expected: Term.sum(parts.map(column.of)), actual: column.of(row),
                                      detail: table.detail(row, column))
                }
            }
        }
        return collector.findings
    }
}
