import BudgetModel

/// In Tables 3 and 5, per column: the 类 rows add up to the 总计 row.
public struct FunctionClassesSum: CheckRule {
    public static let id = "function.classes-sum-to-total"
    public static let description = "类级科目之和应等于总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        for table in FunctionTable.tables(of: department) {
            let classes = table.rows.filter { $0.level == 1 }
            guard !classes.isEmpty else { continue }
            for column in FunctionTable.Column.allCases {
                collector.compare(expected: Term.sum(classes.map(column.of)), actual: column.ofTotal(table),
                                  detail: table.totalDetail(column))
            }
        }
        return collector.findings
    }
}
