import BudgetModel

/// 单位资金 = 事业收入 + 上级补助收入 + 附属单位上缴收入 + 事业单位经营收入 + 其他收入.
public struct UnitFundsParts: CheckRule {
    public static let id = "revenue.unit-funds-parts"
    public static let description = "事业收入、上级补助收入、附属单位上缴收入、经营收入和其他收入之和应等于单位资金"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let revenue = department.revenue else { return [] }
        collector.compare(expected: Self.parts(of: revenue), actual: Term(revenue.unitFunds), detail: "单位资金")
        return collector.findings
    }

    /// The sum of the stated parts of 单位资金; `nil` when none is stated.
    static func parts(of revenue: Revenue) -> Term? {
        Term.sum([Term(revenue.businessIncome), Term(revenue.superiorSubsidy), Term(revenue.affiliatedRemittance),
                  Term(revenue.operatingIncome), Term(revenue.otherIncome)])
    }
}
