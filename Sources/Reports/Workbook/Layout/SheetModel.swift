import OpenDocument

/// One cell of a sheet being laid out, with the text it shows (for the
/// column width).
struct Entry {
    var cell: Cell
    /// What the cell displays; "" for an empty cell.
    var text: String
    /// Whether the text may wrap (headers, descriptions): then it widens its
    /// column only up to the column's wrapping width.
    var wraps: Bool

    static let empty = Entry(cell: .empty, text: "", wraps: false)
}

/// How a column is sized.
struct ColumnSizing {
    /// Narrowest width in centimetres.
    var minimum: Double = 1.6
    /// Widest width in centimetres; longer single-line text is cut visually
    /// (the full text stays in the cell).
    var maximum: Double = 9
    /// Width in centimetres that wrapping text (headers, descriptions) is
    /// allowed to claim before it wraps.
    var wrapAt: Double = 3.2

    static let standard = ColumnSizing()
    /// Names of departments and projects.
    static let name = ColumnSizing(minimum: 3, maximum: 12, wrapAt: 4)
    /// Long running text (descriptions, formulas in words).
    static func paragraph(_ width: Double) -> ColumnSizing {
        ColumnSizing(minimum: width, maximum: width, wrapAt: width)
    }
}

/// A sheet laid out in memory before it is streamed into the workbook: the
/// row and column positions must be known in advance, because formulas on
/// earlier sheets refer to cells of later ones.
struct SheetModel {
    let name: String
    var sizing: [ColumnSizing]
    var rows: [[Entry]] = []
    var options: SheetOptions

    init(name: String, sizing: [ColumnSizing], options: SheetOptions) {
        self.name = name
        self.sizing = sizing
        self.options = options
    }

    /// The zero-based index the next appended row will have.
    var nextRow: Int { rows.count }

    mutating func append(_ row: [Entry]) { rows.append(row) }

    /// Column widths in centimetres from the widest text of each column.
    func widths() -> [Double] {
        let columnCount = max(sizing.count, rows.map(\.count).max() ?? 0)
        var ems = [Double](repeating: 0, count: columnCount)
        var wrapped = [Double](repeating: 0, count: columnCount)
        for row in rows {
            var column = 0
            for entry in row {
                defer { column += entry.cell.columnsSpanned }
                guard entry.cell.columnsSpanned == 1 else { continue }
                let width = DisplayText.ems(entry.text)
                if entry.wraps { wrapped[column] = max(wrapped[column], width) } else { ems[column] = max(ems[column], width) }
            }
        }
        return (0..<columnCount).map { column in
            let size = column < sizing.count ? sizing[column] : .standard
            // 10 pt body text: one em is 0.353 cm; plus 0.35 cm of padding.
            let fromText = ems[column] * 0.353 + 0.35
            let fromWrapped = min(wrapped[column] * 0.353 + 0.35, size.wrapAt)
            return min(max(fromText, fromWrapped, size.minimum), size.maximum)
        }
    }
}
