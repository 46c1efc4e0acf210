import BudgetModel

/// 上年结转结余 = 财政拨款结转 + 非财政拨款结转结余.
public struct CarryoverParts: CheckRule {
    public static let id = "revenue.carryover-parts"
    public static let description = "财政拨款结转与非财政拨款结转结余之和应等于上年结转结余"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let revenue = department.revenue else { return [] }
        collector.compare(expected: Term.sum([Term(revenue.carryoverFiscal), Term(revenue.carryoverNonFiscal)]),
                          actual: Term(revenue.carryover), detail: "上年结转结余")
        return collector.findings
    }
}
