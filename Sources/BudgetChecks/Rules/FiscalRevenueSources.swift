import BudgetModel

/// 财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营预算拨款.
public struct FiscalRevenueSources: CheckRule {
    public static let id = "revenue.fiscal-sources"
    public static let description = "一般公共预算、政府性基金和国有资本经营预算拨款之和应等于财政拨款收入"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let revenue = department.revenue else { return [] }
        collector.compare(
            expected: Term.sum([Term(revenue.generalBudget), Term(revenue.governmentFund), Term(revenue.stateCapital)]),
            actual: Term(revenue.fiscal), detail: "财政拨款收入")
        return collector.findings
    }
}
