import BudgetModel

/// Table 4: 财政拨款收入 (+ 年初财政拨款结转和结余) = 财政拨款支出
/// (+ 年末财政拨款结转和结余); carry-overs count as nothing when not stated.
public struct FiscalRevenueEqualsExpenditure: CheckRule {
    public static let id = "fiscal.revenue-equals-expenditure"
    public static let description = "财政拨款收入总计应等于财政拨款支出总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let fiscal = department.fiscal,
              let revenue = Term(fiscal.revenue), let expenditure = Term(fiscal.expenditure) else { return [] }
        collector.compare(expected: Term.sum([revenue, Term(fiscal.openingCarryover)]),
                          actual: Term.sum([expenditure, Term(fiscal.closingCarryover)]),
                          detail: "财政拨款收入总计 对 支出总计")
        return collector.findings
    }
}
