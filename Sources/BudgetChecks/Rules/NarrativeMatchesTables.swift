import BudgetModel

/// The figures of the narrative equal the tables: each year-on-year
/// statement's current value, and each final account 决算数 of a
/// 预决算 comparison, equals the table figure of its subject
/// (`revenue.generalBudget` → Table 1 一般公共预算拨款, `function.2010301` →
/// Table 5's row, `sangong.total` → Table 10 …). Subjects without a table
/// counterpart (机关运行经费) are not compared.
public struct NarrativeMatchesTables: CheckRule {
    public static let id = "narrative.matches-tables"
    public static let description = "说明中的数字应等于表中数字"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        for statement in department.yearOnYear ?? [] {
            guard let table = Subjects.tableFigure(statement.subject, in: department) else { continue }
            collector.compare(expected: table.term, actual: Term(statement.current, line: statement.line),
                              detail: "说明 \(Subjects.name(statement.subject, in: department)) 对 \(table.label)")
        }
        for comparison in department.finalAccount?.budgetComparisons ?? [] {
            guard let table = Subjects.tableFigure(comparison.subject, in: department) else { continue }
            collector.compare(expected: table.term, actual: Term(comparison.final, line: comparison.line),
                              detail: "决算数 \(Subjects.name(comparison.subject, in: department)) 对 \(table.label)")
        }
        return collector.findings
    }
}
