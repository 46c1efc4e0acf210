import BudgetModel

/// 本年收入 = 财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营) + 财政专户 + 单位资金.
///
/// 财政拨款 is the sum of its three sources when any is stated, else the
/// stated 财政拨款收入 (a final account states only that); 单位资金 is the
/// stated total, else the sum of its parts (事业收入, 上级补助收入, 附属单位上缴收入,
/// 经营收入, 其他收入), as a final account lists them. Unused sources are left
/// blank in Table 1 and count as nothing.
public struct RevenueSourcesSum: CheckRule {
    public static let id = "revenue.sources-sum-to-current-year"
    public static let description = "各项收入之和应等于本年收入"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let revenue = department.revenue else { return [] }
        let fiscal = Term.sum([Term(revenue.generalBudget), Term(revenue.governmentFund), Term(revenue.stateCapital)])
            ?? Term(revenue.fiscal)
        let unitFunds = Term(revenue.unitFunds) ?? UnitFundsParts.parts(of: revenue)
        collector.compare(expected: Term.sum([fiscal, Term(revenue.specialAccount), unitFunds]),
                          actual: Term(revenue.currentYear), detail: "本年收入")
        return collector.findings
    }
}
