import BudgetModel

/// 政府采购: 货物 + 工程 + 服务 = 总额 (blank or unstated kinds count as nothing).
public struct ProcurementSum: CheckRule {
    public static let id = "procurement.parts-sum-to-total"
    public static let description = "货物、工程、服务采购之和应等于政府采购总额"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let procurement = department.procurement else { return [] }
        collector.compare(
            expected: Term.sum([Term(procurement.goods), Term(procurement.works), Term(procurement.services)]),
            actual: Term(procurement.total), detail: "政府采购总额")
        return collector.findings
    }
}
