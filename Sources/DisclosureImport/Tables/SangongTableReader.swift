import BudgetModel
import Foundation

/// Table 10 (财政拨款“三公”经费支出情况表): 合计 and its components, 合计
/// column first. An empty cell stays absent here; where 说明十 states the
/// figure explicitly (e.g. "因公出国（境）费 0 万元") `SangongNarrativeReader`
/// fills it with that figure and its own provenance.
enum SangongTableReader {
    static let defaultLayout = ColumnLayout(count: 4, keys: ["total", nil, nil, nil])

    /// The 三公 field a row label names.
    static func field(_ key: String) -> WritableKeyPath<Sangong, Amount?>? {
        let k = TwoSidedRows.bareKey(key)
        if k.hasPrefix("合计") || k.hasPrefix("总计") || k.has("三公") { return \.total }
        if k.has("出国") { return \.abroad }
        if k.has("接待") { return \.reception }
        if k.has("购置及运行") || k.has("购置和运行") || k.has("小计") { return \.vehicles }
        if k.has("购置") { return \.vehiclePurchase }
        if k.has("运行") || k.has("维护") { return \.vehicleRunning }
        return nil
    }

    static var fieldNames: [WritableKeyPath<Sangong, Amount?>: String] {
        [\.total: "sangong.total", \.abroad: "sangong.abroad", \.reception: "sangong.reception",
         \.vehicles: "sangong.vehicles", \.vehiclePurchase: "sangong.vehiclePurchase", \.vehicleRunning: "sangong.vehicleRunning"]
    }

    static func read(_ state: inout ImportState) {
        guard let block = state.table(.sangong) else { return }
        let table = block.label
        var scanner = TableScanner(block: block, text: state.text, defaultLayout: defaultLayout) { _, numbered in
            guard let numbered, numbered > 0 else { return nil }
            return ColumnLayout(count: numbered, keys: ["total"] + Array(repeating: nil, count: numbered - 1))
        }
        scanner.joinsNameContinuations = false
        var sangong = state.department.sangong ?? Sangong()
        for row in scanner.rows() {
            guard let key = row.labels.last?.key, let field = field(key) else {
                state.report.add(.unreadable, at: table, line: row.line, "row not a 三公 item")
                continue
            }
            guard sangong[keyPath: field] == nil, let value = row.value("total") else { continue }
            sangong[keyPath: field] = state.amount(value, line: row.line, table: table)
        }
        for (line, why) in scanner.unreadable { state.report.add(.unreadable, at: table, line: line, why) }
        // Rows present with an empty 合计 cell ("因公出国（境）费" with nothing after it).
        for n in block.lines {
            let tokens = RowTokenizer.tokens(of: state.text.line(n))
            guard tokens.allSatisfy({ $0.number == nil }), let key = tokens.compactMap(\.textKey).first,
                  tokens.compactMap(\.textKey).count == 1, let field = field(key) else { continue }
            if sangong[keyPath: field] == nil, let name = fieldNames[field] { state.emptyCells[name] = n }
        }
        if sangong != Sangong() { state.department.sangong = sangong }
    }
}
