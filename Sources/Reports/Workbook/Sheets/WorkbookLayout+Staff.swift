import BudgetModel

extension WorkbookLayout {
    /// 人员: the staff sentence of each disclosure (编制数, 实有人数, 在职,
    /// 退休, 离休 and their changes on the prior year).
    mutating func staffSheet(into destination: RowDestination) -> SheetModel {
        departmentSheet(SheetName.staff, fields: Self.staffFields, into: destination)
    }

    static let staffFields: [DataField] = [
        .count("staff.authorized", "编制数", { $0.staff?.authorized }),
        .count("staff.actual", "实有人数", { $0.staff?.actual }),
        .count("staff.onDuty", "在职人数", { $0.staff?.onDuty }),
        .count("staff.onDutyChange", "在职比上年增减", { $0.staff?.onDutyChange }),
        .count("staff.retired", "退休人数", { $0.staff?.retired }),
        .count("staff.retiredChange", "退休比上年增减", { $0.staff?.retiredChange }),
        .count("staff.separated", "离休人数", { $0.staff?.separated }),
        .count("staff.separatedChange", "离休比上年增减", { $0.staff?.separatedChange }),
    ]
}
