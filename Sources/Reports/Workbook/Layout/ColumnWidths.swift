/// How a column is sized.
struct ColumnSizing {
    /// Narrowest width in centimetres.
    var minimum: Double = 1.6
    /// Widest width in centimetres; longer single-line text is cut visually
    /// (the full text stays in the cell).
    var maximum: Double = 9
    /// Width in centimetres that wrapping text (headers, descriptions) is
    /// allowed to claim before it wraps.
    var wrapAt: Double = 3.6

    static let standard = ColumnSizing()
    /// Names of departments and projects.
    static let name = ColumnSizing(minimum: 3, maximum: 12, wrapAt: 4)
    /// Long running text (descriptions, formulas in words).
    static func paragraph(_ width: Double) -> ColumnSizing {
        ColumnSizing(minimum: width, maximum: width, wrapAt: width)
    }
}

/// The widths of a sheet's columns from the widest text of each, measured
/// row by row as the rows are laid out, so that the rows themselves need not
/// be kept: an ODS sheet declares its column widths before its first row.
struct ColumnWidths {
    let sizing: [ColumnSizing]
    /// Widest single-line text of each column so far, in ems.
    private var ems: [Double] = []
    /// Widest wrapping text of each column so far, in ems.
    private var wrapped: [Double] = []
    /// The most entries of any row so far.
    private var widestRow = 0

    init(sizing: [ColumnSizing]) {
        self.sizing = sizing
    }

    /// Takes the texts of `row` into account.
    mutating func measure(_ row: [Entry]) {
        widestRow = max(widestRow, row.count)
        var column = 0
        for entry in row {
            defer { column += entry.cell.columnsSpanned }
            guard entry.cell.columnsSpanned == 1 else { continue }
            if column >= ems.count {
                ems += repeatElement(0, count: column + 1 - ems.count)
                wrapped += repeatElement(0, count: column + 1 - wrapped.count)
            }
            let width = entry.ems
            if entry.wraps { wrapped[column] = max(wrapped[column], width) } else { ems[column] = max(ems[column], width) }
        }
    }

    /// Column widths in centimetres: at least as many as `sizing` has, or as
    /// the widest row has entries.
    func centimetres() -> [Double] {
        let columnCount = max(sizing.count, widestRow)
        return (0..<columnCount).map { column in
            let size = column < sizing.count ? sizing[column] : .standard
            let text = column < ems.count ? ems[column] : 0
            let wrapping = column < wrapped.count ? wrapped[column] : 0
            // 10 pt body text: one em is 0.353 cm; plus 0.35 cm of padding.
            let fromText = text * 0.353 + 0.35
            let fromWrapped = min(wrapping * 0.353 + 0.35, size.wrapAt)
            return min(max(fromText, fromWrapped, size.minimum), size.maximum)
        }
    }
}
