import BudgetModel

/// Table 7, on each project row and the 总计 row: the economic class columns
/// add up to 项目支出合计. Needs at least one stated class column.
public struct ProjectEconomicSplit: CheckRule {
    public static let id = "projects.economic-split"
    public static let description = "项目各经济分类支出之和应等于项目支出合计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        for project in department.projects ?? [] {
            collector.compare(expected: Self.sum(project.economicSplit, line: project.line),
                              actual: Term(project.amount, line: project.line), detail: "表7 \(project.name)")
        }
        if let totals = department.projectTotals {
            collector.compare(expected: Self.sum(totals.economicSplit, line: totals.line),
                              actual: Term(totals.amount, line: totals.line), detail: "表7 总计")
        }
        return collector.findings
    }

    private static func sum(_ split: [String: Amount]?, line: Int?) -> Term? {
        guard let split else { return nil }
        return Term.sum(split.sorted { $0.key < $1.key }.map { Term($0.value, line: line) })
    }
}
