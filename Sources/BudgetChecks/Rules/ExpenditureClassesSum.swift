import BudgetModel

/// Table 1's right column: the 类 amounts add up to 支出总计.
public struct ExpenditureClassesSum: CheckRule {
    public static let id = "expenditure.classes-sum-to-total"
    public static let description = "表1各类支出之和应等于支出总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let expenditure = department.expenditure, let classes = expenditure.byClass else { return [] }
        collector.compare(expected: Term.sum(classes.map { Term($0.amount) }), actual: Term(expenditure.total),
                          detail: "表1 支出总计")
        return collector.findings
    }
}
