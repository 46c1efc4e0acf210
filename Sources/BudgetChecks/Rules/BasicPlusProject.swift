import BudgetModel

/// 基本支出 + 项目支出 = 合计, on the 总计 row of Table 3 (all funds) and of
/// Table 5 (一般公共预算). A final account's 本年支出 adds 上缴上级支出,
/// 经营支出 and 对附属单位补助支出 (counted as nothing when not stated).
///
/// Needs both 基本支出 and 项目支出: every 总计 row prints both, so a file
/// stating only one of them is partial, not inconsistent.
public struct BasicPlusProject: CheckRule {
    public static let id = "expenditure.basic-plus-project"
    public static let description = "基本支出与项目支出之和应等于支出合计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        if let expenditure = department.expenditure,
           let basic = Term(expenditure.basic), let project = Term(expenditure.project) {
            let parts = [basic, project, Term(expenditure.remittedToSuperior), Term(expenditure.operating),
                         Term(expenditure.subsidiesToAffiliates)]
            collector.compare(expected: Term.sum(parts), actual: Term(expenditure.currentYear ?? expenditure.total),
                              detail: "表3 总计")
        }
        if let fiscal = department.fiscal,
           let basic = Term(fiscal.generalBudgetBasic), let project = Term(fiscal.generalBudgetProject) {
            collector.compare(expected: Term.sum([basic, project]), actual: Term(fiscal.generalBudgetTotal),
                              detail: "表5 总计")
        }
        return collector.findings
    }
}
