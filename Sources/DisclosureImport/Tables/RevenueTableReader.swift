import BudgetModel
import Foundation

/// Table 2 (部门收入总体情况表): revenue by 类/款/项 and by source. The model
/// keeps revenue by source (Table 1), so Table 2 serves as the fallback for
/// Table 1's figures (its 总计 row) and as a source of function names.
/// Its standard 12 columns: 总计, 财政拨款（补助）小计, 一般公共预算, 上级一般公共预算转移支付,
/// 政府性基金预算, 上级政府性基金转移支付, 国有资本经营预算, 上级国有资本经营预算转移支付,
/// 财政专户, 单位资金, 财政拨款结转, 非财政拨款结转结余.
enum RevenueTableReader {
    static let defaultLayout = ColumnLayout(count: 12, keys: [
        "total", "fiscal", "generalBudget", "generalBudgetTransfer", "governmentFund", nil, "stateCapital", nil,
        "specialAccount", "unitFunds", "carryoverFiscal", "carryoverNonFiscal",
    ])

    static func read(_ state: inout ImportState) {
        guard let block = state.table(.revenue) else { return }
        let table = block.label
        var scanner = TableScanner(block: block, text: state.text, defaultLayout: defaultLayout) { _, numbered in
            guard let numbered, numbered != 12 else { return nil }
            return ColumnLayout(count: numbered, keys: ["total"] + Array(repeating: nil, count: max(0, numbered - 1)))
        }
        var lastCode: String?
        var totals: DataRow?
        for row in scanner.rows() {
            if row.codes.isEmpty {
                if totals == nil, let key = row.labels.last?.key, key.has("总计") || key.has("合计") { totals = row }
                continue
            }
            guard let code = FunctionTableReader.fullCode(row.codes, after: lastCode) else { continue }
            lastCode = code
            state.learnFunction(code: code, name: row.labels.last?.text)
        }
        // Table 2's 总计 row stands in for Table 1 only when Table 1 gave nothing.
        guard let totals, totals.aligned, state.department.revenue?.total == nil else { return }
        var revenue = state.department.revenue ?? Revenue()
        let fields: [(String, WritableKeyPath<Revenue, Amount?>)] = [
            ("total", \.total), ("generalBudget", \.generalBudget), ("generalBudgetTransfer", \.generalBudgetTransfer),
            ("governmentFund", \.governmentFund), ("stateCapital", \.stateCapital), ("specialAccount", \.specialAccount),
            ("unitFunds", \.unitFunds), ("carryoverFiscal", \.carryoverFiscal), ("carryoverNonFiscal", \.carryoverNonFiscal),
        ]
        for (key, path) in fields where revenue[keyPath: path] == nil {
            if let value = totals.value(key) { revenue[keyPath: path] = state.amount(value, line: totals.line, table: table) }
        }
        if revenue != Revenue() { state.department.revenue = revenue }
        state.report.add(.info, field: "revenue", at: table, line: totals.line, "revenue read from 表2's 总计 row (表1 gave none)")
    }
}
