import BudgetModel
import Foundation

/// Table 1 (部门收支总体情况表): sources of revenue and the totals on the
/// left, expenditure by 类 and 支出总计 on the right.
enum OverviewTableReader {
    static func read(_ state: inout ImportState) {
        guard let block = state.table(.overview) else { return }
        let table = block.label
        var revenue = state.department.revenue ?? Revenue()
        var expenditure = state.department.expenditure ?? Expenditure()
        var classes: [FunctionClassAmount] = []
        var inCarryover = false
        for segment in TwoSidedRows.segments(of: block, in: state.text) {
            let key = TwoSidedRows.bareKey(segment.key)
            func amount() -> Amount? { segment.first.map { state.amount($0, line: segment.line, table: table) } }
            if let code = segment.code {
                state.learnFunction(code: code, name: segment.label)
                if let value = amount(), !classes.contains(where: { $0.code == code }) {
                    classes.append(FunctionClassAmount(code: code, name: segment.label, amount: value))
                }
                continue
            }
            if key.has("上年结转") || key.has("年初结转") { inCarryover = true }
            if key.has("支出") && !key.has("收入") {
                if key.has("支出总计") {
                    set(&expenditure.total, amount())
                } else if key.has("本年支出") {
                    set(&expenditure.currentYear, amount())
                } else if key == "基本支出" {
                    set(&expenditure.basic, amount())
                } else if key == "项目支出" {
                    set(&expenditure.project, amount())
                } else if let code = FunctionCatalogueData.classes[key], let value = amount() {
                    // A class listed by name only.
                    classes.append(FunctionClassAmount(code: code, name: segment.label, amount: value))
                }
                continue
            }
            guard let field = revenueField(key, inCarryover: inCarryover) else { continue }
            if let value = amount() { setRevenue(&revenue, field, value) }
        }
        if revenue != Revenue() { state.department.revenue = revenue }
        if !classes.isEmpty { expenditure.byClass = classes }
        if expenditure != Expenditure() { state.department.expenditure = expenditure }
    }

    private static func set(_ slot: inout Amount?, _ value: Amount?) {
        if slot == nil, let value { slot = value }
    }

    /// The revenue field a left-hand label of Table 1 names.
    static func revenueField(_ key: String, inCarryover: Bool) -> WritableKeyPath<Revenue, Amount?>? {
        if key.has("收入总计") || key == "总计" { return \.total }
        if key.has("本年收入") { return \.currentYear }
        if key.has("上年结转") || key.has("年初结转") { return \.carryover }
        if inCarryover {
            if key.has("非财政拨款结转") { return \.carryoverNonFiscal }
            if key.has("财政拨款结转") { return \.carryoverFiscal }
            return nil
        }
        if key.has("上级") {
            return key.has("一般公共预算") ? \.generalBudgetTransfer : nil
        }
        if key.has("一般财力") || key.hasSuffix("收入") && (key.has("基金") || key.has("国有资本")) {
            return nil
        }
        if key.has("一般公共预算") { return \.generalBudget }
        if key.has("基金预算") || key.has("政府性基金") { return \.governmentFund }
        if key.has("国有资本经营") { return \.stateCapital }
        if key.has("财政专户") { return \.specialAccount }
        if key.has("单位资金") { return \.unitFunds }
        if key.has("附属单位") { return \.affiliatedRemittance }
        if key.has("上级补助") { return \.superiorSubsidy }
        if key.has("经营收入") { return \.operatingIncome }
        if key.has("事业收入") { return \.businessIncome }
        if key.has("其他收入") { return \.otherIncome }
        if key.has("财政拨款") { return \.fiscal }
        return nil
    }

    private static func setRevenue(_ revenue: inout Revenue, _ field: WritableKeyPath<Revenue, Amount?>, _ value: Amount) {
        if revenue[keyPath: field] == nil { revenue[keyPath: field] = value }
    }
}
