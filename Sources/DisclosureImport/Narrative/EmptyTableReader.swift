import BudgetModel
import Foundation

/// Statements that a table is empty ("…政府性基金预算支出情况表为空表。"),
/// in the table itself or in the narrative, and tables 8 and 9 when they
/// do have rows (the model has no place for their rows: reported).
enum EmptyTableReader {
    static func read(_ state: inout ImportState) {
        var statements: [EmptyTableStatement] = []
        func add(table: String, line: Int) {
            guard !statements.contains(where: { $0.table == table }) else { return }
            let text = state.text.line(line).text
            statements.append(EmptyTableStatement(table: table, text: text, line: line))
        }
        // In the tables, in document order.
        for block in state.tables {
            for n in block.lines where TableScanner.isEmptyStatement(state.text.line(n).compact) {
                add(table: block.label, line: n)
                break
            }
        }
        // In the narrative: the title before "为空表" names the table.
        let marker = Words.w("为空表")
        for p in state.paragraphs {
            var from = 0
            while let at = p.find(marker, from: from) {
                from = at + marker.count
                var start = at
                while start > 0, at - start < 40, !["," as Unicode.Scalar, "、", "(", ")"].contains(p.f[start - 1]),
                      !Paragraph.isClauseStop(p.f[start - 1]) { start -= 1 }
                let title = String(String.UnicodeScalarView(p.f[start..<at]))
                let label: String
                if let kind = TableKind.classify(title: title) {
                    if state.kind == .final {
                        label = p.rawText(start..<at, in: state.text)
                    } else {
                        label = state.table(kind)?.label ?? "表\(kind.rawValue)"
                    }
                } else if title.hasSuffix("表"), !title.isEmpty {
                    label = p.rawText(start..<at, in: state.text)
                } else {
                    continue
                }
                add(table: label, line: p.line(at: at))
            }
        }
        if !statements.isEmpty {
            state.department.emptyTables = statements
            for s in statements {
                state.report.add(.statedEmpty, at: s.table, line: s.line, "stated empty")
            }
        }
        // Tables 8 and 9 with rows: nothing in the model holds them.
        for kind in [TableKind.governmentFund, .stateCapital] {
            guard let block = state.table(kind), !statements.contains(where: { $0.table == block.label }) else { continue }
            var scanner = TableScanner(block: block, text: state.text,
                                       defaultLayout: ColumnLayout(count: 4, keys: ["total", nil, nil, nil])) { _, n in
                n.map { ColumnLayout(count: $0, keys: ["total"] + Array(repeating: nil, count: max(0, $0 - 1))) }
            }
            let rows = scanner.rows()
            if rows.isEmpty {
                state.report.add(.notFound, at: block.label, line: block.titleLine,
                                 "\(kind.standardTitle): no rows and no statement that it is empty")
            } else {
                state.report.add(.info, at: block.label, line: block.titleLine,
                                 "\(kind.standardTitle) has \(rows.count) rows; not imported (the department model has no field for them)")
            }
        }
    }
}
