import BudgetModel

/// 收入总计 = 本年收入 + 上年结转结余 (a final account adds 使用非财政拨款结余).
///
/// Needs 本年收入 and 收入总计; 上年结转结余 is the stated figure, else the sum
/// of its two parts, and counts as nothing when Table 1 leaves it blank.
public struct RevenueTotal: CheckRule {
    public static let id = "revenue.current-plus-carryover-equals-total"
    public static let description = "本年收入与上年结转结余之和应等于收入总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let revenue = department.revenue, let current = Term(revenue.currentYear) else { return [] }
        let carryover = Term(revenue.carryover)
            ?? Term.sum([Term(revenue.carryoverFiscal), Term(revenue.carryoverNonFiscal)])
        collector.compare(expected: Term.sum([current, Term(revenue.nonFiscalBalanceUsed), carryover]),
                          actual: Term(revenue.total), detail: "收入总计")
        return collector.findings
    }
}
