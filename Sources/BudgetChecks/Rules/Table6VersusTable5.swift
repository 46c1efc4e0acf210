import BudgetModel

/// Table 6's 合计 (一般公共预算基本支出) equals Table 5's 总计 基本支出.
public struct Table6VersusTable5: CheckRule {
    public static let id = "overlap.table6-vs-table5"
    public static let description = "表6基本支出合计应等于表5基本支出总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        collector.compare(expected: Term(department.fiscal?.generalBudgetBasic),
                          actual: Term(department.basicExpenditure?.total), detail: "表6 总计 对 表5 总计 基本支出")
        return collector.findings
    }
}
