import BudgetModel

/// 收入总计 = 支出总计 (Table 1's bottom line; a final account's 收入总计 and 支出总计).
public struct RevenueEqualsExpenditure: CheckRule {
    public static let id = "totals.revenue-equals-expenditure"
    public static let description = "收入总计应等于支出总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        collector.compare(expected: Term(department.revenue?.total), actual: Term(department.expenditure?.total),
                          detail: "收入总计 对 支出总计")
        return collector.findings
    }
}
