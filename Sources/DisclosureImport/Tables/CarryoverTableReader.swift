import BudgetModel
import Foundation

/// Table 11 (上年结转结余情况明细表): one row per item (and unnamed
/// subtotal rows), 总计 / 财政拨款 合计 / 非财政拨款 合计. The standard table
/// has 9 value columns: 总计, then 合计 人员 公用 项目 for 财政拨款 and again for
/// 非财政拨款.
enum CarryoverTableReader {
    static let defaultLayout = ColumnLayout(count: 9, keys: ["total", "fiscal", nil, nil, nil, "nonFiscal", nil, nil, nil])

    static func read(_ state: inout ImportState) {
        guard let block = state.table(.carryover) else { return }
        let table = block.label
        var scanner = TableScanner(block: block, text: state.text, defaultLayout: defaultLayout) { _, numbered in
            guard let numbered, numbered != 9 else { return nil }
            // Not the standard layout: only the first column (总计) is known.
            return ColumnLayout(count: numbered, keys: ["total"] + Array(repeating: nil, count: max(0, numbered - 1)))
        }
        var items: [CarryoverItem] = []
        for row in scanner.rows() {
            guard let total = row.value("total") else {
                state.report.add(.unreadable, field: "carryover", at: table, line: row.line, "row without 总计")
                continue
            }
            func amount(_ value: Decimal?) -> Amount? { value.map { state.amount($0, line: row.line, table: table) } }
            if !row.aligned {
                state.report.add(.ambiguous, field: "carryover", at: table, line: row.line,
                                 "财政拨款/非财政拨款 columns not told apart (values without their empty cells)")
            }
            items.append(CarryoverItem(name: row.labels.last?.text, total: amount(total)!,
                                       fiscal: row.aligned ? amount(row.value("fiscal")) : nil,
                                       nonFiscal: row.aligned ? amount(row.value("nonFiscal")) : nil, line: row.line))
        }
        for (line, why) in scanner.unreadable { state.report.add(.unreadable, at: table, line: line, why) }
        if !items.isEmpty { state.department.carryover = items }
    }
}
