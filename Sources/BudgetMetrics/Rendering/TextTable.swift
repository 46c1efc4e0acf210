/// A plain-text table with columns aligned for a terminal, counting CJK
/// characters as two columns wide.
struct TextTable {
    enum Alignment { case left, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(header: [String], alignments: [Alignment]) {
        precondition(header.count == alignments.count)
        self.header = header
        self.alignments = alignments
    }

    mutating func append(_ row: [String]) {
        precondition(row.count == header.count)
        rows.append(row)
    }

    /// The table, two spaces between columns, a rule under the header, no
    /// trailing spaces.
    func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { TextTable.width($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - TextTable.width(cell))
                if column > 0 { text += "  " }
                text += alignments[column] == .right ? padding + cell : cell + padding
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        var lines = [line(header)]
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }

    /// Terminal columns of `text`: East Asian wide and fullwidth characters count 2.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
