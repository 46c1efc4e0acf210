import BudgetModel
import Foundation

/// Tables 3 (部门支出总体情况表) and 5 (一般公共预算支出情况表): rows by
/// 类/款/项 code with 合计, 基本支出, 项目支出, and the 总计 row.
enum FunctionTableReader {
    struct Result {
        var rows: [FunctionRow] = []
        var total: Amount?
        var basic: Amount?
        var project: Amount?
    }

    static let defaultLayout = ColumnLayout(count: 3, keys: ["total", "basic", "project"])

    static func columnKey(_ label: String) -> String? {
        if label.has("合计") || label.has("总计") { return "total" }
        if label.has("基本支出") { return "basic" }
        if label.has("项目支出") { return "project" }
        return nil
    }

    /// Reads the function table `kind` (.expenditure or .generalBudget).
    static func read(_ kind: TableKind, _ state: inout ImportState) -> Result? {
        guard let block = state.table(kind) else { return nil }
        let table = block.label
        var scanner = TableScanner(block: block, text: state.text, defaultLayout: defaultLayout) { lines, numbered in
            HeaderMapping.layout(lines, numbered: numbered, keyFor: columnKey, fallback: defaultLayout)
        }
        var result = Result()
        var seen: Set<String> = []
        var lastCode: String?
        for row in scanner.rows() {
            let layout = row.layout
            func amount(_ key: String) -> Amount? {
                row.value(key).map { state.amount($0, line: row.line, table: table) }
            }
            let name = row.labels.last?.text
            let nameKey = row.labels.last?.key ?? ""
            if row.codes.isEmpty {
                if nameKey.has("总计") || nameKey.has("合计") {
                    if result.total == nil {
                        result.total = amount("total")
                        if row.aligned {
                            result.basic = amount("basic")
                            result.project = amount("project")
                        }
                        check(row, table: table, &state)
                    }
                } else {
                    state.report.add(.unreadable, at: table, line: row.line, "row without a 科目编码 ignored: \(name ?? "")")
                }
                continue
            }
            guard let code = fullCode(row.codes, after: lastCode) else {
                state.report.add(.unreadable, at: table, line: row.line,
                                 "科目编码 \(row.codes.joined(separator: " ")) is not a 类/款/项 code")
                continue
            }
            lastCode = code
            guard seen.insert(code).inserted else {
                state.report.add(.unreadable, at: table, line: row.line, "科目编码 \(code) repeated; first row kept")
                continue
            }
            state.learnFunction(code: code, name: name)
            var functionRow = FunctionRow(code: code, name: name, total: amount("total"), line: row.line)
            if row.aligned {
                functionRow.basic = amount("basic")
                functionRow.project = amount("project")
                check(row, table: table, &state)
            } else {
                state.report.add(.ambiguous, field: kind == .expenditure ? "expenditure.byFunction" : "fiscal.generalBudgetByFunction",
                                 at: table, line: row.line,
                                 "\(code): \(row.numbers.count) values for \(layout.count) columns without empty cells; only 合计 kept")
            }
            result.rows.append(functionRow)
        }
        for (line, why) in scanner.unreadable {
            state.report.add(.unreadable, at: table, line: line, why)
        }
        return result
    }

    /// Joins code parts into a 3/5/7-digit code ("201" "03" "01" → "2010301").
    /// Parts that start with a 2-digit 款 or 项 (the parent written only on
    /// the rows above) continue the code of the previous row: after a 类 a
    /// lone part is a 款, after a 款 or 项 it is a 项.
    static func fullCode(_ parts: [String], after previous: String?) -> String? {
        guard let first = parts.first else { return nil }
        var code = parts.joined()
        if first.count == 2 {
            guard let previous else { return nil }
            let parent = previous.count == 3 ? previous : String(previous.prefix(5))
            code = (parts.count == 2 ? String(previous.prefix(3)) : parent) + code
        }
        return FunctionCatalogueData.isCode(code) ? code : nil
    }

    /// 合计 = 基本支出 + 项目支出 on one row, else a note (a misread column shows here first).
    private static func check(_ row: DataRow, table: String, _ state: inout ImportState) {
        guard let total = row.value("total") else { return }
        let basic = row.value("basic")
        let project = row.value("project")
        guard basic != nil || project != nil else { return }
        if !Tolerance.agrees((basic ?? 0) + (project ?? 0), total) {
            state.report.add(.totalsDisagree, at: table, line: row.line,
                             "合计 \(total) ≠ 基本支出 \(basic.map { "\($0)" } ?? "—") + 项目支出 \(project.map { "\($0)" } ?? "—")")
        }
    }
}
