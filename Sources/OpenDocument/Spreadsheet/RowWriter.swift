import Foundation

/// Writes the cells of one row, left to right; handed to the closure of
/// ``SheetWriter/appendRow(style:_:)``.
///
/// Runs of empty cells become one `table:number-columns-repeated` cell (trailing
/// unstyled ones are dropped); positions covered by a merged cell are skipped. Numbers
/// are formatted into a reusable buffer and style names come from a C-string table, so
/// a cell costs no Swift allocation beyond its own text.
public final class RowWriter {
    unowned var sheet: SheetWriter!
    private var xml: XMLStreamWriter { sheet.xml }
    private var style: RowStyleID?
    private var started = false
    /// The zero-based column of the next cell.
    public private(set) var column = 0
    private var pendingEmpty = 0
    private var pendingEmptyStyle: CellStyleID?
    /// Owned scratch for formatted numbers; freed in deinit.
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)

    init() {}
    deinit { scratch.deallocate() }

    func reset(style: RowStyleID?) {
        self.style = style
        started = false
        column = 0
        pendingEmpty = 0
        pendingEmptyStyle = nil
    }

    // MARK: Cells

    /// A text cell.
    public func string(_ text: String, style: CellStyleID? = nil) throws {
        try begin(style)
        try xml.attribute(ODS.valueType, cString: ODS.string.cString)
        try xml.startElement(ODS.textP)
        try xml.odfText(text)
        try xml.endElement()
        try end()
    }

    /// A number cell from a `Decimal` (exact).
    public func float(_ value: Decimal, style: CellStyleID? = nil) throws { try number(NumericValue(value), ODS.float, style) }
    /// A number cell from an `Int`.
    public func float(_ value: Int, style: CellStyleID? = nil) throws { try number(NumericValue(value), ODS.float, style) }
    /// A number cell from a `Double`.
    public func float(_ value: Double, style: CellStyleID? = nil) throws { try number(NumericValue(value), ODS.float, style) }
    /// A number cell from a ``NumericValue`` (e.g. scaled integer cents).
    public func float(_ value: NumericValue, style: CellStyleID? = nil) throws { try number(value, ODS.float, style) }
    /// A percentage cell; `fraction` 0.25 shows as 25%.
    public func percentage(_ fraction: NumericValue, style: CellStyleID? = nil) throws { try number(fraction, ODS.percentage, style) }

    /// Any cell: value, formula with cached result, style, merge, annotation.
    ///
    /// Thrown: ``SpreadsheetError/invalidNumber(_:cell:)``, ``SpreadsheetError/invalidSpan(_:)``.
    public func cell(_ cell: Cell) throws {
        guard cell.columnsSpanned >= 1, cell.rowsSpanned >= 1 else {
            throw SpreadsheetError.invalidSpan("span must be at least 1 at \(address)")
        }
        if cell.value == .empty, cell.formula == nil, cell.annotation == nil, cell.columnsSpanned == 1, cell.rowsSpanned == 1 {
            try empty(style: cell.style)
            return
        }
        try begin(cell.style)
        if cell.columnsSpanned > 1 || cell.rowsSpanned > 1 {
            let start = column
            for c in start..<(start + cell.columnsSpanned) where sheet.coveredWidth(at: c) > 0 {
                throw SpreadsheetError.invalidSpan("cell \(address) spans over a covered cell")
            }
            if cell.columnsSpanned > 1 { try writeCount(ODS.columnsSpanned, cell.columnsSpanned) }
            if cell.rowsSpanned > 1 {
                try writeCount(ODS.rowsSpanned, cell.rowsSpanned)
                sheet.newCovers.append(.init(start: start, width: cell.columnsSpanned, rows: cell.rowsSpanned - 1))
            }
        }
        if let formula = cell.formula { try xml.attribute(ODS.formula, formula.attributeValue) }
        var paragraph: String?
        switch cell.value {
        case .empty:
            break
        case let .string(text):
            try xml.attribute(ODS.valueType, cString: ODS.string.cString)
            // A formula's text result is also the string value; plain text needs only text:p.
            if cell.formula != nil { try xml.attribute(ODS.stringValue, text) }
            paragraph = text
        case let .float(value):
            try writeNumber(value, ODS.float)
        case let .percentage(value):
            try writeNumber(value, ODS.percentage)
        case let .currency(value, code):
            try xml.attribute(ODS.valueType, cString: ODS.currencyType.cString)
            try xml.attribute(ODS.currency, code)
            try writeValue(value)
        case let .date(date):
            try xml.attribute(ODS.valueType, cString: ODS.date.cString)
            try xml.attribute(ODS.dateValue, date.description)
        case let .boolean(flag):
            try xml.attribute(ODS.valueType, cString: ODS.boolean.cString)
            try xml.attribute(ODS.booleanValue, cString: flag ? ODS.trueValue.cString : ODS.falseValue.cString)
        }
        if let note = cell.annotation {
            try xml.element("office:annotation") {
                for line in note.split(separator: "\n", omittingEmptySubsequences: false) {
                    try xml.startElement(ODS.textP)
                    try xml.odfText(String(line))
                    try xml.endElement()
                }
            }
        }
        if let paragraph {
            try xml.startElement(ODS.textP)
            try xml.odfText(paragraph)
            try xml.endElement()
        }
        try end()
        if cell.columnsSpanned > 1 {
            try writeCovered(cell.columnsSpanned - 1)
        }
    }

    /// A formula cell with its cached result (a number, text such as "—", …).
    ///
    /// Thrown: as ``cell(_:)``.
    public func formula(_ formula: Formula, cached: CellValue, style: CellStyleID? = nil) throws {
        try cell(Cell(cached, formula: formula, style: style))
    }

    /// `count` empty cells (compressed into one repeated cell).
    public func empty(_ count: Int = 1, style: CellStyleID? = nil) throws {
        precondition(count >= 0, "negative cell count")
        var remaining = count
        while remaining > 0 {
            try startRowIfNeeded()
            try skipCovered()
            if pendingEmpty > 0 && pendingEmptyStyle != style { try flushEmpty() }
            // Without covers ahead, the whole run is one step.
            let step = sheet.covers.isEmpty ? remaining : 1
            pendingEmpty += step
            pendingEmptyStyle = style
            column += step
            remaining -= step
            try checkColumns()
        }
    }

    // MARK: Writing

    private var address: String { CellAddress(column: column, row: sheet.rowCount).description }

    @inline(__always)
    private func number(_ value: NumericValue, _ type: XMLName, _ style: CellStyleID?) throws {
        try begin(style)
        try writeNumber(value, type)
        try end()
    }

    @inline(__always)
    private func writeNumber(_ value: NumericValue, _ type: XMLName) throws {
        try xml.attribute(ODS.valueType, cString: type.cString)
        try writeValue(value)
    }

    private func writeValue(_ value: NumericValue) throws {
        if value.format(into: scratch) != nil {
            try xml.attribute(ODS.value, cString: scratch)
            return
        }
        guard value.isFinite else { throw SpreadsheetError.invalidNumber("\(value.doubleValue)", cell: address) }
        try xml.attribute(ODS.value, value.lexicalForm)
    }

    /// Starts a cell element at the current column.
    @inline(__always)
    private func begin(_ style: CellStyleID?) throws {
        try startRowIfNeeded()
        if !sheet.covers.isEmpty { try skipCovered() }
        if pendingEmpty > 0 { try flushEmpty() }
        try xml.startElement(ODS.tableCell)
        if let style { try xml.attribute(ODS.styleName, cString: sheet.workbook.cellStyleNames[style.index]) }
    }

    @inline(__always)
    private func end() throws {
        try xml.endElement()
        column += 1
        if column > sheet.usedColumns { try checkColumns() }
    }

    private func checkColumns() throws {
        if column > SheetWriter.maxColumns {
            throw SpreadsheetError.tooLarge("row \(sheet.rowCount + 1) of sheet '\(sheet.name)' has more than \(SheetWriter.maxColumns) columns")
        }
        sheet.usedColumns = max(sheet.usedColumns, column)
    }

    @inline(__always)
    private func startRowIfNeeded() throws {
        guard !started else { return }
        started = true
        try sheet.flushEmptyRows()
        try xml.startElement(ODS.tableRow)
        if let style { try xml.attribute(ODS.styleName, cString: sheet.workbook.rowStyleNames[style.index]) }
    }

    private func skipCovered() throws {
        while case let width = sheet.coveredWidth(at: column), width > 0 {
            try flushEmpty()
            try writeCovered(width)
        }
    }

    private func writeCovered(_ count: Int) throws {
        try xml.startElement(ODS.coveredCell)
        if count > 1 { try writeCount(ODS.columnsRepeated, count) }
        try xml.endElement()
        column += count
        try checkColumns()
    }

    private func flushEmpty() throws {
        guard pendingEmpty > 0 else { return }
        try xml.startElement(ODS.tableCell)
        if let style = pendingEmptyStyle { try xml.attribute(ODS.styleName, cString: sheet.workbook.cellStyleNames[style.index]) }
        if pendingEmpty > 1 { try writeCount(ODS.columnsRepeated, pendingEmpty) }
        try xml.endElement()
        pendingEmpty = 0
        pendingEmptyStyle = nil
    }

    func writeCount(_ name: XMLName, _ count: Int) throws {
        _ = NumericValue(count).format(into: scratch)
        try xml.attribute(name, cString: scratch)
    }

    /// Ends the row: pads and covers positions still covered, drops trailing unstyled
    /// empties, and records an all-empty row as a pending repeated row.
    func finish() throws {
        let ahead = sheet.covers.filter { $0.start + $0.width > column }
        for cover in ahead {
            try startRowIfNeeded()
            if cover.start > column { try empty(cover.start - column) }
            try skipCovered()
        }
        if pendingEmptyStyle != nil { try flushEmpty() }
        pendingEmpty = 0
        if started {
            try xml.endElement()
            try sheet.advanceRows(1)
        } else {
            try sheet.noteEmptyRows(1, style: style)
        }
        sheet.rowDidEnd()
    }
}
