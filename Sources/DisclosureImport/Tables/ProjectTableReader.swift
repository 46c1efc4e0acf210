import BudgetModel
import Foundation

/// Table 7 (一般公共预算项目支出情况表): one row per project with its 项
/// code, the budget unit it sits under (unit rows carry no code), the 合计
/// and the split by economic class, whose columns are read from the header.
enum ProjectTableReader {
    static let economicColumns = ["total", "301", "302", "303", "307", "309", "310", "311", "312", "313", "399"]
    static let defaultLayout = ColumnLayout(count: 11, keys: economicColumns)

    /// The column key of a Table 7 header label.
    static func columnKey(_ label: String) -> String? {
        if label.has("合计") || label.has("总计") { return "total" }
        if label.has("工资福利") { return "301" }
        if label.has("商品") && label.has("服务") { return "302" }
        if label.has("对个人和家庭") { return "303" }
        if label.has("债务利息") { return "307" }
        if label.has("资本性支出") { return label.has("基本建设") ? "309" : "310" }
        if label.has("对企业") { return label.has("基本建设") ? "311" : "312" }
        if label.has("社会保障基金") { return "313" }
        if label == "其他支出" || label.hasPrefix("其他支出") { return "399" }
        return nil
    }

    static func read(_ state: inout ImportState) {
        guard let block = state.table(.project) else { return }
        let table = block.label
        var scanner = TableScanner(block: block, text: state.text, defaultLayout: defaultLayout) { lines, numbered in
            HeaderMapping.layout(lines, numbered: numbered, keyFor: columnKey, fallback: defaultLayout)
        }
        var projects: [Project] = []
        var totals: ProjectTotals?
        var unit: String?
        var lastCode: String?
        for row in scanner.rows() {
            func amount(_ value: Decimal?) -> Amount? { value.map { state.amount($0, line: row.line, table: table) } }
            func split() -> [String: Amount]? {
                guard row.aligned else { return nil }
                var result: [String: Amount] = [:]
                for (ordinal, key) in row.layout.keys.enumerated() {
                    guard let key, key != "total", let value = row.value(ordinal) else { continue }
                    result[key] = amount(value)
                }
                return result.isEmpty ? nil : result
            }
            let firstKey = row.labels.first?.key ?? ""
            if row.codes.isEmpty {
                if row.labels.count == 1, firstKey.has("总计") || firstKey.has("合计") {
                    if totals == nil {
                        var t = ProjectTotals()
                        t.amount = amount(row.value("total"))
                        t.economicSplit = split()
                        t.line = row.line
                        totals = t
                        check(row, table: table, &state)
                    }
                } else if let name = row.labels.last?.text, row.labels.count == 1 {
                    unit = name   // a budget unit's subtotal row
                } else {
                    state.report.add(.unreadable, at: table, line: row.line, "row without 科目编码 or unit not understood")
                }
                continue
            }
            guard let code = FunctionTableReader.fullCode(row.codes, after: lastCode) else {
                state.report.add(.unreadable, at: table, line: row.line, "科目编码 \(row.codes.joined(separator: " ")) not understood")
                continue
            }
            lastCode = code
            // 类 and 款 rows are subtotals; a 项 row names its project in the last text cell.
            guard code.count == 7 else { continue }
            let functionName = row.labels.count >= 2 ? row.labels[row.labels.count - 2].text : nil
            if let functionName { state.learnFunction(code: code, name: functionName) }
            var projectName: String
            if row.labels.count >= 2 {
                projectName = row.labels[row.labels.count - 1].text
            } else if let only = row.labels.last, let known = state.functionNames[code] {
                // One text cell: the 项 name alone (a subtotal), or — space-separated rows —
                // the 项 name and the project name run together.
                let knownKey = TextClean.key(known)
                guard only.key != knownKey else { continue }
                projectName = only.key.hasPrefix(knownKey) ? dropPrefix(only.text, keyLength: knownKey.unicodeScalars.count) : only.text
            } else {
                state.report.add(.ambiguous, field: "projects", at: table, line: row.line,
                                 "\(code): one name and no way to tell the 项 name from the project name; row skipped")
                continue
            }
            if projectName.isEmpty { continue }
            guard let total = row.value("total") else {
                state.report.add(.unreadable, field: "projects", at: table, line: row.line, "project \(projectName): no 合计")
                continue
            }
            if !row.aligned {
                state.report.add(.ambiguous, field: "projects", at: table, line: row.line,
                                 "\(projectName): economic split not read (values without their empty cells)")
            } else {
                check(row, table: table, &state)
            }
            projects.append(Project(name: projectName, unit: unit, functionCode: code,
                                    amount: amount(total)!, economicSplit: split(), line: row.line))
        }
        for (line, why) in scanner.unreadable { state.report.add(.unreadable, at: table, line: line, why) }
        if !projects.isEmpty { state.department.projects = projects }
        if let totals { state.department.projectTotals = totals }
    }

    /// `text` without its first `keyLength` non-space scalars (the folded key of a known name).
    static func dropPrefix(_ text: String, keyLength: Int) -> String {
        var remaining = keyLength
        var scalars = Substring(text).unicodeScalars[...]
        while remaining > 0, let first = scalars.first {
            scalars = scalars.dropFirst()
            if first != " " { remaining -= 1 }
        }
        return TextClean.clean(scalars)
    }

    private static func check(_ row: DataRow, table: String, _ state: inout ImportState) {
        guard let total = row.value("total") else { return }
        var sum: Decimal = 0
        var any = false
        for (ordinal, key) in row.layout.keys.enumerated() where key != nil && key != "total" {
            if let value = row.value(ordinal) { sum += value; any = true }
        }
        if any, !Tolerance.agrees(sum, total) {
            state.report.add(.totalsDisagree, at: table, line: row.line, "合计 \(total) ≠ sum of the economic split \(sum)")
        }
    }
}
