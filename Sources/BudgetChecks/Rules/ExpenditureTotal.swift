import BudgetModel

/// 支出总计 = 本年支出 + 结余分配 + 年末结转和结余 (a final account; a budget
/// that states 本年支出 has neither of the last two, so both totals agree).
public struct ExpenditureTotal: CheckRule {
    public static let id = "expenditure.current-plus-carryover-equals-total"
    public static let description = "本年支出与结余分配、年末结转和结余之和应等于支出总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let expenditure = department.expenditure, let current = Term(expenditure.currentYear) else { return [] }
        collector.compare(
            expected: Term.sum([current, Term(expenditure.balanceDistribution), Term(expenditure.yearEndCarryover)]),
            actual: Term(expenditure.total), detail: "支出总计")
        return collector.findings
    }
}
