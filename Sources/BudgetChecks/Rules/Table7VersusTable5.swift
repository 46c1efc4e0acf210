import BudgetModel

/// Table 7's projects add up to Table 5's 总计 项目支出 (both are
/// 一般公共预算). Uses the sum of the projects, or Table 7's 总计 when the
/// file lists no projects.
public struct Table7VersusTable5: CheckRule {
    public static let id = "overlap.table7-vs-table5"
    public static let description = "表7项目支出之和应等于表5项目支出总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        let projects = (department.projects ?? []).map { Term($0.amount, line: $0.line) }
        let table7 = Term.sum(projects)
            ?? department.projectTotals.flatMap { Term($0.amount, line: $0.line) }
        collector.compare(expected: Term(department.fiscal?.generalBudgetProject), actual: table7,
                          detail: "表7 项目支出 对 表5 总计 项目支出")
        return collector.findings
    }
}
