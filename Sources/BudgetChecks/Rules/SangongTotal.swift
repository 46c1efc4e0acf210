import BudgetModel

/// Table 10: 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费 = "三公"经费合计.
/// The vehicle subtotal is the stated 小计, else 购置 + 运行; items left
/// blank (no money for them) count as nothing.
public struct SangongTotal: CheckRule {
    public static let id = "sangong.components-sum-to-total"
    public static let description = "因公出国（境）费、公务接待费与公务用车购置及运行费之和应等于“三公”经费合计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let sangong = department.sangong else { return [] }
        let vehicles = Term(sangong.vehicles)
            ?? Term.sum([Term(sangong.vehiclePurchase), Term(sangong.vehicleRunning)])
        collector.compare(expected: Term.sum([Term(sangong.abroad), Term(sangong.reception), vehicles]),
                          actual: Term(sangong.total), detail: "“三公”经费合计")
        return collector.findings
    }
}
