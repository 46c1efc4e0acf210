import BudgetModel

/// A budget's Table 5 总计 (一般公共预算支出) equals its 一般公共预算拨款
/// revenue (Table 1): the year's appropriation is budgeted to be spent.
/// Not applied to final accounts, where spending and appropriation differ by
/// the carry-overs.
public struct Table5VersusGeneralBudget: CheckRule {
    public static let id = "overlap.table5-vs-general-budget-revenue"
    public static let description = "表5一般公共预算支出总计应等于一般公共预算拨款收入"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard department.identity.kind == .budget else { return [] }
        collector.compare(expected: Term(department.revenue?.generalBudget),
                          actual: Term(department.fiscal?.generalBudgetTotal),
                          detail: "表5 总计 对 表1 一般公共预算拨款")
        return collector.findings
    }
}
