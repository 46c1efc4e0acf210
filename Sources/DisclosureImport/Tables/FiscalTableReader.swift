import BudgetModel
import Foundation

/// Table 4 (财政拨款收支预算总体情况表): 财政拨款收入 on the left, 财政拨款支出
/// by 类 on the right (合计 column first).
enum FiscalTableReader {
    static func read(_ state: inout ImportState) {
        guard let block = state.table(.fiscal) else { return }
        let table = block.label
        var fiscal = state.department.fiscal ?? FiscalAppropriation()
        var classes: [FunctionClassAmount] = []
        var revenueTotal: Amount?
        for segment in TwoSidedRows.segments(of: block, in: state.text) {
            let key = TwoSidedRows.bareKey(segment.key)
            let amount = segment.first.map { state.amount($0, line: segment.line, table: table) }
            if let code = segment.code {
                state.learnFunction(code: code, name: segment.label)
                if let amount, !classes.contains(where: { $0.code == code }) {
                    classes.append(FunctionClassAmount(code: code, name: segment.label, amount: amount))
                }
            } else if key.has("支出总计") || key.has("支出合计") {
                if fiscal.expenditure == nil { fiscal.expenditure = amount }
            } else if key.has("收入总计") || key.has("收入合计") {
                if revenueTotal == nil { revenueTotal = amount }
            } else if key.has("财政拨款") && !key.has("支出") && !key.has("结转") {
                if fiscal.revenue == nil { fiscal.revenue = amount }
            } else if let code = FunctionCatalogueData.classes[key], let amount {
                classes.append(FunctionClassAmount(code: code, name: segment.label, amount: amount))
            }
        }
        if fiscal.revenue == nil, let revenueTotal {
            fiscal.revenue = revenueTotal
            state.report.add(.info, field: "fiscal.revenue", at: table, line: revenueTotal.source?.line,
                             "财政拨款收入 taken from the 收入总计 row (no 财政拨款（补助） row)")
        }
        if !classes.isEmpty { fiscal.byClass = classes }
        if fiscal != FiscalAppropriation() { state.department.fiscal = fiscal }
    }
}
