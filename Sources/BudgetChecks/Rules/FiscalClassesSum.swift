import BudgetModel

/// Table 4's right column: the 类 amounts add up to 财政拨款支出总计.
public struct FiscalClassesSum: CheckRule {
    public static let id = "fiscal.classes-sum-to-total"
    public static let description = "表4各类财政拨款支出之和应等于财政拨款支出总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let fiscal = department.fiscal, let classes = fiscal.byClass else { return [] }
        collector.compare(expected: Term.sum(classes.map { Term($0.amount) }), actual: Term(fiscal.expenditure),
                          detail: "表4 支出总计")
        return collector.findings
    }
}
