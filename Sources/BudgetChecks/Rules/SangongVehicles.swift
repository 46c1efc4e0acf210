import BudgetModel

/// Table 10: 公务用车购置费 + 公务用车运行（维护）费 = 公务用车购置及运行费（小计）.
public struct SangongVehicles: CheckRule {
    public static let id = "sangong.vehicle-parts"
    public static let description = "公务用车购置费与运行费之和应等于公务用车购置及运行费小计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let sangong = department.sangong else { return [] }
        collector.compare(expected: Term.sum([Term(sangong.vehiclePurchase), Term(sangong.vehicleRunning)]),
                          actual: Term(sangong.vehicles), detail: "公务用车购置及运行费（小计）")
        return collector.findings
    }
}
