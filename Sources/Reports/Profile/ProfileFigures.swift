import BudgetMetrics
import BudgetModel
import Foundation

/// The department's own figures shown at the top of its profile: staff (人)
/// and the main amounts (万元), each with where the disclosure states it.
///
/// A figure the disclosure does not state shows "—", never 0.
struct ProfileFigure: Sendable, Hashable {
    /// The Chinese term, e.g. 在职人数.
    let term: String
    /// "44" for a count, "203.53" for an amount (two decimals, rounded half up
    /// for display only), "—" when not stated.
    let text: String
    /// "表1 第87行" when the department file records it, else "".
    let source: String

    /// The figures of `department`, in display order.
    static func figures(of department: Department) -> [ProfileFigure] {
        let staff = department.staff
        let counts: [(String, Count?)] = [
            ("编制数（人）", staff?.authorized),
            ("实有人数（人）", staff?.actual),
            ("在职人数（人）", staff?.onDuty),
            ("退休人数（人）", staff?.retired),
            ("离休人数（人）", staff?.separated),
        ]
        let amounts: [(String, Amount?)] = [
            ("收入总计", department.revenue?.total),
            ("财政拨款收入", department.revenue?.fiscal),
            ("上年结转结余", department.revenue?.carryover),
            ("支出总计", department.expenditure?.total),
            ("基本支出", department.expenditure?.basic),
            ("项目支出", department.expenditure?.project),
            ("人员经费", department.basicExpenditure?.personnel),
            ("公用经费", department.basicExpenditure?.publicFunds),
            ("“三公”经费", department.sangong?.total),
            ("机关运行经费", department.operatingCost),
        ]
        return counts.map { term, figure in
            ProfileFigure(term: term, text: figure.map { String($0.value) } ?? MetricFormat.noValue,
                          source: figure?.source?.description ?? "")
        } + amounts.map { term, figure in
            ProfileFigure(term: term, text: figure.map { MetricFormat.fixed($0.value, decimals: 2) } ?? MetricFormat.noValue,
                          source: figure?.source?.description ?? "")
        }
    }
}
