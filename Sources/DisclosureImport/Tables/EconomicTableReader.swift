import BudgetModel
import Foundation

/// Table 6 (一般公共预算基本支出情况表): economic classes 301/302/303… and
/// their 款, with 合计, 人员经费, 公用经费, and the 总计 row.
enum EconomicTableReader {
    static let defaultLayout = ColumnLayout(count: 3, keys: ["total", "personnel", "public"])

    static func columnKey(_ label: String) -> String? {
        if label.has("合计") || label.has("总计") { return "total" }
        if label.has("人员经费") { return "personnel" }
        if label.has("公用经费") { return "public" }
        return nil
    }

    static func read(_ state: inout ImportState) {
        guard let block = state.table(.basic) else { return }
        let table = block.label
        var scanner = TableScanner(block: block, text: state.text, defaultLayout: defaultLayout) { lines, numbered in
            HeaderMapping.layout(lines, numbered: numbered, keyFor: columnKey, fallback: defaultLayout)
        }
        var basic = state.department.basicExpenditure ?? BasicExpenditure()
        var rows: [EconomicRow] = []
        var seen: Set<String> = []
        var lastClass: String?
        for row in scanner.rows() {
            func amount(_ value: Decimal?) -> Amount? { value.map { state.amount($0, line: row.line, table: table) } }
            let name = row.labels.last?.text
            let nameKey = row.labels.last?.key ?? ""
            var total = row.value("total")
            var personnel = row.value("personnel")
            var publicFunds = row.value("public")
            if row.codes.isEmpty {
                guard nameKey.has("总计") || nameKey.has("合计") else {
                    state.report.add(.unreadable, at: table, line: row.line, "row without a 经济分类科目编码 ignored: \(name ?? "")")
                    continue
                }
                guard basic.total == nil else { continue }
                if !row.aligned { personnel = nil; publicFunds = nil }
                basic.total = amount(total)
                basic.personnel = amount(personnel)
                basic.publicFunds = amount(publicFunds)
                check(row, table: table, &state)
                continue
            }
            var code = row.codes.joined()
            if row.codes.first?.count == 2, let lastClass { code = lastClass + code }
            guard code.count == 3 || code.count == 5, code.hasPrefix("3") else {
                state.report.add(.unreadable, at: table, line: row.line,
                                 "经济分类科目编码 \(row.codes.joined(separator: " ")) is not a 类 or 款 code")
                continue
            }
            if code.count == 3 { lastClass = code }
            guard seen.insert(code).inserted else {
                state.report.add(.unreadable, at: table, line: row.line, "经济分类科目编码 \(code) repeated; first row kept")
                continue
            }
            if row.aligned {
                check(row, table: table, &state)
            } else {
                total = row.numbers.first
                personnel = nil
                publicFunds = nil
                // Space-separated row without its empty cells: 301/303 are 人员经费 and 302 公用经费 by definition.
                if row.numbers.count == 2, row.numbers[0] == row.numbers[1] {
                    if code.hasPrefix("301") || code.hasPrefix("303") { personnel = row.numbers[1] }
                    else if code.hasPrefix("302") { publicFunds = row.numbers[1] }
                }
                state.report.add(.ambiguous, field: "basicExpenditure.byEconomicClass", at: table, line: row.line,
                                 personnel != nil || publicFunds != nil
                                    ? "\(code): column told from the economic class (人员经费 301/303, 公用经费 302)"
                                    : "\(code): \(row.numbers.count) values for \(row.layout.count) columns; only 合计 kept")
            }
            rows.append(EconomicRow(code: code, name: name, total: amount(total), personnel: amount(personnel),
                                    publicFunds: amount(publicFunds), line: row.line))
        }
        for (line, why) in scanner.unreadable { state.report.add(.unreadable, at: table, line: line, why) }
        if !rows.isEmpty { basic.byEconomicClass = rows }
        if basic != BasicExpenditure() { state.department.basicExpenditure = basic }
    }

    private static func check(_ row: DataRow, table: String, _ state: inout ImportState) {
        guard let total = row.value("total") else { return }
        let personnel = row.value("personnel")
        let publicFunds = row.value("public")
        guard personnel != nil || publicFunds != nil else { return }
        if !Tolerance.agrees((personnel ?? 0) + (publicFunds ?? 0), total) {
            state.report.add(.totalsDisagree, at: table, line: row.line,
                             "合计 \(total) ≠ 人员经费 \(personnel.map { "\($0)" } ?? "—") + 公用经费 \(publicFunds.map { "\($0)" } ?? "—")")
        }
    }
}
