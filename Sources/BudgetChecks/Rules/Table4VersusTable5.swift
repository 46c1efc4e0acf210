import BudgetModel

/// Each 类 of Table 4 (财政拨款支出 合计) equals the 合计 of that 类 in Table 5
/// (一般公共预算). Table 4 also counts 政府性基金 and 国有资本经营 money, so the
/// rule applies only when the department states no such revenue (absent or
/// zero); only 类 present in both are compared.
public struct Table4VersusTable5: CheckRule {
    public static let id = "overlap.table4-vs-table5"
    public static let description = "表4各类财政拨款支出应等于表5类级合计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let fiscal = department.fiscal, let classes = fiscal.byClass,
              let rows = fiscal.generalBudgetByFunction else { return [] }
        let otherFunds = [department.revenue?.governmentFund, department.revenue?.stateCapital]
        guard otherFunds.allSatisfy({ ($0?.value ?? 0) == 0 }) else { return [] }
        for item in classes {
            guard let row = rows.first(where: { $0.code == item.code }) else { continue }
            collector.compare(expected: FunctionTable.Column.total.of(row), actual: Term(item.amount),
                              detail: ["表4", item.code, item.name ?? row.name].compactMap { $0 }.joined(separator: " "))
        }
        return collector.findings
    }
}
