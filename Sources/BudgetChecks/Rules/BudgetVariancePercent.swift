import BudgetModel

/// A final account's stated 预决算差异率 equals (决算数 − 年初预算数) ÷
/// 年初预算数 × 100. Where the sentence compares with 全年预算数 instead
/// ("与全年预算相比 … 全年预算数 23.40 万元"), that is the base. Not applied
/// when the base is zero.
public struct BudgetVariancePercent: CheckRule {
    public static let id = "percent.budget-variance"
    public static let description = "预决算差异率应等于（决算数−预算数）除以预算数"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        for comparison in department.finalAccount?.budgetComparisons ?? [] {
            guard let budget = comparison.initialBudget ?? comparison.fullYearBudget else { continue }
            let recomputed = RecomputedPercent(a: comparison.final.value, b: budget.value) { final, budget in
                (final - budget, budget)
            }
            collector.comparePercent(
                stated: comparison.statedVarianceRate, recomputed: recomputed,
                lines: [comparison.line, comparison.final.source?.line, budget.source?.line],
                detail: "\(Subjects.name(comparison.subject, in: department)) 预决算差异率")
        }
        return collector.findings
    }
}
