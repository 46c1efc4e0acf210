import BudgetModel

/// A 绩效自评表's stated 执行率 equals 全年执行数 ÷ 全年预算数 × 100. Not
/// applied when 全年预算数 is zero.
public struct ExecutionRatePercent: CheckRule {
    public static let id = "percent.execution-rate"
    public static let description = "执行率应等于全年执行数除以全年预算数"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        for evaluation in department.finalAccount?.performance ?? [] {
            guard let executed = evaluation.executed, let budget = evaluation.fullYearBudget else { continue }
            let recomputed = RecomputedPercent(a: executed.value, b: budget.value) { executed, budget in
                (executed, budget)
            }
            collector.comparePercent(
                stated: evaluation.statedExecutionRate, recomputed: recomputed,
                lines: [evaluation.line, executed.source?.line, budget.source?.line],
                detail: "绩效自评 \(evaluation.project) 执行率")
        }
        return collector.findings
    }
}
