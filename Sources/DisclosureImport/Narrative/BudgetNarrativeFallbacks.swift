import BudgetModel
import Foundation

/// When a budget table is missing or unreadable, the narrative often states
/// the same aggregates ("基本支出 1,292.84 万元，占 31.06%…"): take them from
/// there, say so in the report, and never overwrite what a table gave.
enum BudgetNarrativeFallbacks {
    static func read(_ state: inout ImportState) {
        let narrative = state.narrative
        func paragraphs(_ context: Subjects.Context) -> [Paragraph] {
            narrative.filter { $0.context == context }
        }
        var used: [String] = []
        func fill<T>(_ root: inout T, _ path: WritableKeyPath<T, Amount?>, _ words: [String], _ ps: [Paragraph],
                     _ field: String, maxGap: Int = 2) {
            guard root[keyPath: path] == nil, let amount = state.findAmount(words, in: ps, maxGap: maxGap) else { return }
            root[keyPath: path] = amount
            used.append(field)
        }
        var revenue = state.department.revenue ?? Revenue()
        var expenditure = state.department.expenditure ?? Expenditure()
        var fiscal = state.department.fiscal ?? FiscalAppropriation()
        var basic = state.department.basicExpenditure ?? BasicExpenditure()
        let income = paragraphs(.revenue), spending = paragraphs(.expenditure), general = paragraphs(.generalBudget)
        fill(&revenue, \.total, ["部门收入预算", "收入预算"], income, "revenue.total")
        fill(&revenue, \.generalBudget, ["一般公共预算"], income, "revenue.generalBudget", maxGap: 0)
        fill(&revenue, \.unitFunds, ["单位资金"], income, "revenue.unitFunds", maxGap: 0)
        fill(&revenue, \.carryoverFiscal, ["财政拨款结转"], income, "revenue.carryoverFiscal", maxGap: 0)
        fill(&expenditure, \.total, ["支出预算"], spending, "expenditure.total")
        fill(&expenditure, \.basic, ["基本支出"], spending, "expenditure.basic", maxGap: 0)
        fill(&expenditure, \.project, ["项目支出"], spending, "expenditure.project", maxGap: 0)
        fill(&fiscal, \.revenue, ["财政拨款收支总预算"], paragraphs(.fiscal), "fiscal.revenue")
        fill(&fiscal, \.generalBudgetTotal, ["一般公共预算拨款合计", "一般公共预算当年拨款"], general, "fiscal.generalBudgetTotal", maxGap: 4)
        fill(&fiscal, \.generalBudgetBasic, ["基本支出"], general, "fiscal.generalBudgetBasic", maxGap: 0)
        fill(&fiscal, \.generalBudgetProject, ["项目支出"], general, "fiscal.generalBudgetProject", maxGap: 0)
        let basicParagraphs = paragraphs(.basicSection)
        fill(&basic, \.total, ["基本支出"], basicParagraphs, "basicExpenditure.total")
        fill(&basic, \.personnel, ["人员经费"], basicParagraphs, "basicExpenditure.personnel")
        fill(&basic, \.publicFunds, ["公用经费"], basicParagraphs, "basicExpenditure.publicFunds")
        if revenue != Revenue() { state.department.revenue = revenue }
        if expenditure != Expenditure() { state.department.expenditure = expenditure }
        if fiscal != FiscalAppropriation() { state.department.fiscal = fiscal }
        if basic != BasicExpenditure() { state.department.basicExpenditure = basic }
        if !used.isEmpty {
            state.report.add(.info, "read from the narrative because the table did not give them: " + used.joined(separator: ", "))
        }
    }
}
