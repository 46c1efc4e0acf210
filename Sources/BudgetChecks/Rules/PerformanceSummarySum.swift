import BudgetModel

/// A final account's 预算绩效 sentence ("全年预算数 253.05 万元，全年执行数
/// 253.05 万元") equals the sums over its 项目支出绩效自评表.
public struct PerformanceSummarySum: CheckRule {
    public static let id = "performance.summary-equals-evaluations"
    public static let description = "预算绩效汇总的全年预算数、全年执行数应等于各项目绩效自评表之和"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let final = department.finalAccount, let summary = final.performanceSummary,
              let evaluations = final.performance, !evaluations.isEmpty else { return [] }
        collector.compare(expected: Self.sum(evaluations.map { Term($0.fullYearBudget, line: $0.line) }),
                          actual: Term(summary.fullYearBudget), detail: "预算绩效 全年预算数")
        collector.compare(expected: Self.sum(evaluations.map { Term($0.executed, line: $0.line) }),
                          actual: Term(summary.executed), detail: "预算绩效 全年执行数")
        return collector.findings
    }

    /// The sum when every evaluation states the figure (one missing means the file is partial).
    private static func sum(_ terms: [Term?]) -> Term? {
        terms.contains { $0 == nil } ? nil : Term.sum(terms)
    }
}
