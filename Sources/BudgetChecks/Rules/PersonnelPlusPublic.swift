import BudgetModel

/// Table 6's 总计 row: 人员经费 + 公用经费 = 合计 (a final account states the
/// three in its narrative). Needs all three figures.
public struct PersonnelPlusPublic: CheckRule {
    public static let id = "basic.personnel-plus-public"
    public static let description = "人员经费与公用经费之和应等于基本支出合计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let basic = department.basicExpenditure,
              let personnel = Term(basic.personnel), let publicFunds = Term(basic.publicFunds) else { return [] }
        collector.compare(expected: Term.sum([personnel, publicFunds]), actual: Term(basic.total), detail: "表6 总计")
        return collector.findings
    }
}
