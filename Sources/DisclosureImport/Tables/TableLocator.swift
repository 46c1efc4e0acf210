/// A table found in the disclosure: its kind, the label readers use in
/// provenance ("表3" as the document numbers it), and its lines.
struct TableBlock {
    var kind: TableKind
    /// "表N" with the document's own number, or the standard number when the
    /// document gives none.
    var label: String
    /// Line of the title ("部门支出总体情况表").
    var titleLine: Int
    /// Lines after the title up to the next table or part (1-based, inclusive).
    var lines: ClosedRange<Int>
}

/// Finds the tables: a "表 N" / "表N" line (optionally with the title on the
/// same line) followed by a known title, or a known title on its own line
/// that is followed by what a table starts with (编制部门, 单位：万元, a
/// header or row of cells).
enum TableLocator {
    static func locate(_ text: SourceText, outline: DocumentOutline) -> [TableBlock] {
        var found: [(kind: TableKind, label: String, title: Int, start: Int)] = []
        let lines = text.lines
        var i = 0
        let searchAll = !outline.hasParts || !outline.roles.contains(.tables)
        while i < lines.count {
            let line = lines[i]
            guard !line.isBlank, searchAll || outline.roles[i] == .tables || outline.roles[i] == .other else {
                i += 1
                continue
            }
            let c = line.compact
            if let (number, rest) = tableNumber(c) {
                if !rest.isEmpty, let kind = TableKind.classify(title: rest) {
                    // A contents entry ("表1 部门收支总体情况表" followed by "表2 …") is not a table.
                    if looksLikeTableStart(lines, after: i) {
                        found.append((kind, "表\(number)", line.number, line.number))
                    }
                    i += 1
                    continue
                }
                // Title on one of the next few non-blank lines.
                var j = i + 1
                var seen = 0
                while j < lines.count, seen < 3 {
                    if !lines[j].isBlank {
                        seen += 1
                        if let kind = TableKind.classify(title: lines[j].compact) {
                            if looksLikeTableStart(lines, after: j) {
                                found.append((kind, "表\(number)", lines[j].number, line.number))
                            }
                            i = j
                            break
                        }
                    }
                    j += 1
                }
                i += 1
                continue
            }
            if !line.hasTab, !c.hasPrefix("-"), ChineseNumeral.leading(Array(c.unicodeScalars), terminators: ["、", "."]) == nil,
               let kind = TableKind.classify(title: c), looksLikeTableStart(lines, after: i) {
                // A title without "表 N" (skip when the previous lines already announced it).
                if let last = found.last, last.title == line.number { i += 1; continue }
                found.append((kind, "表\(kind.rawValue)", line.number, line.number))
            }
            i += 1
        }
        var blocks: [TableBlock] = []
        for (k, table) in found.enumerated() {
            var end = k + 1 < found.count ? found[k + 1].start - 1 : lines.count
            // A table ends where its part ends.
            let role = outline.roles[table.title - 1]
            var n = table.title
            while n < end {
                if outline.roles[n] != role { end = n; break }
                n += 1
            }
            guard table.title + 1 <= end else { continue }
            blocks.append(TableBlock(kind: table.kind, label: table.label, titleLine: table.title,
                                     lines: (table.title + 1)...end))
        }
        return blocks
    }

    /// "表1…", "表 1…", "附表1…" → (1, rest of line).
    static func tableNumber(_ compact: String) -> (Int, String)? {
        var s = Substring(compact)
        if s.hasPrefix("附") { s = s.dropFirst() }
        guard s.hasPrefix("表") else { return nil }
        s = s.dropFirst()
        var digits = ""
        while let first = s.first, first.isASCII, first.isNumber, digits.count < 3 {
            digits.append(first)
            s = s.dropFirst()
        }
        if digits.isEmpty {
            // "表一" style.
            let scalars = Array(s.unicodeScalars)
            var n = 0
            while n < scalars.count, n < 3, ChineseNumeral.isNumeralScalar(scalars[n]) { n += 1 }
            guard n > 0, let value = ChineseNumeral.value(scalars[0..<n]) else { return nil }
            s = Substring(String(String.UnicodeScalarView(scalars[n...])))
            digits = String(value)
        }
        guard let number = Int(digits), (1...30).contains(number) else { return nil }
        while let first = s.first, first == ":" || first == "、" || first == "." || first == "-" { s = s.dropFirst() }
        return (number, String(s))
    }

    /// Whether a table starts after the title at `index`: 编制部门, 单位, or a
    /// line of cells within the next few lines, before any other table title.
    private static func looksLikeTableStart(_ lines: [SourceLine], after index: Int) -> Bool {
        var j = index + 1
        var seen = 0
        while j < lines.count, seen < 6 {
            let line = lines[j]
            if !line.isBlank {
                seen += 1
                let c = line.compact
                if tableNumber(c) != nil || (!line.hasTab && TableKind.classify(title: c) != nil) { return false }
                if c.hasPrefix("编制部门") || c.hasPrefix("编制单位") || c.hasPrefix("单位:") || c.hasPrefix("金额单位")
                    || c.hasPrefix("部门:") || c.hasPrefix("单位名称") || line.hasTab {
                    return true
                }
            }
            j += 1
        }
        return false
    }
}
