import BudgetModel

/// Each 类 of Table 1's right column equals the 合计 of that 类's row in
/// Table 3 (the detailed table is the reference). Only 类 present in both
/// are compared.
public struct Table1VersusTable3: CheckRule {
    public static let id = "overlap.table1-vs-table3"
    public static let description = "表1各类支出应等于表3类级合计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let expenditure = department.expenditure, let classes = expenditure.byClass,
              let rows = expenditure.byFunction else { return [] }
        for item in classes {
            guard let row = rows.first(where: { $0.code == item.code }) else { continue }
            collector.compare(expected: FunctionTable.Column.total.of(row), actual: Term(item.amount),
                              detail: ["表1", item.code, item.name ?? row.name].compactMap { $0 }.joined(separator: " "))
        }
        return collector.findings
    }
}
