import Foundation

/// Writes the cells of one row, left to right; handed to the closure of
/// ``SheetWriter/appendRow(style:_:)``.
///
/// Runs of empty cells become one `table:number-columns-repeated` cell (trailing
/// unstyled ones are dropped); positions covered by a merged cell are skipped. Every
/// cell is written as bytes by ``MarkupWriter`` (escaping as libxml2 does): the common
/// cells (text, numbers, percentages, empties) from constant markup and values
/// formatted into a reusable buffer, the others (formulas, annotations, spans) through
/// its element calls.
public final class RowWriter {
    /// Strong; the sheet breaks the cycle when it ends.
    var sheet: SheetWriter!
    private let markup: MarkupWriter
    private let cellStyleNames: CStringTable
    private let rowStyleNames: CStringTable
    private var style: RowStyleID?
    private var started = false
    /// The zero-based column of the next cell.
    public private(set) var column = 0
    private var pendingEmpty = 0
    private var pendingEmptyStyle: CellStyleID?
    /// Owned scratch for formatted numbers; freed in deinit.
    private let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchSize)
    private static let scratchSize = 64

    init(markup: MarkupWriter, cellStyleNames: CStringTable, rowStyleNames: CStringTable) {
        self.markup = markup
        self.cellStyleNames = cellStyleNames
        self.rowStyleNames = rowStyleNames
    }

    deinit { scratch.deallocate() }

    /// Whether a row is being written (the writer is valid only inside its closure).
    private(set) var active = false

    func reset(style: RowStyleID?) {
        active = true
        self.style = style
        started = false
        column = 0
        pendingEmpty = 0
        pendingEmptyStyle = nil
    }

    // MARK: Cells

    /// A text cell; each line of `text` becomes its own paragraph.
    public func string(_ text: String, style: CellStyleID? = nil) throws {
        try checkActive()
        try beginMarkup(style)
        try markup.appendMarkup(ODS.stringStart)
        try markup.odfCellText(text) { try markup.appendMarkup(ODS.paragraphBreak) }
        try markup.appendMarkup(ODS.stringEnd)
        try advance()
    }

    /// A number cell from a `Decimal` (exact).
    public func float(_ value: Decimal, style: CellStyleID? = nil) throws { try number(NumericValue(value), ODS.floatType, style) }
    /// A number cell from an `Int`.
    public func float(_ value: Int, style: CellStyleID? = nil) throws { try number(NumericValue(value), ODS.floatType, style) }
    /// A number cell from a `Double`.
    public func float(_ value: Double, style: CellStyleID? = nil) throws { try number(NumericValue(value), ODS.floatType, style) }
    /// A number cell from a ``NumericValue`` (e.g. scaled integer cents).
    public func float(_ value: NumericValue, style: CellStyleID? = nil) throws { try number(value, ODS.floatType, style) }
    /// A percentage cell; `fraction` 0.25 shows as 25%.
    public func percentage(_ fraction: NumericValue, style: CellStyleID? = nil) throws { try number(fraction, ODS.percentageType, style) }

    /// Any cell: value, formula with cached result, style, merge, annotation.
    ///
    /// Thrown: ``SpreadsheetError/invalidNumber(_:cell:)``, ``SpreadsheetError/invalidSpan(_:)``.
    public func cell(_ cell: Cell) throws {
        try checkActive()
        guard cell.columnsSpanned >= 1, cell.rowsSpanned >= 1 else {
            throw SpreadsheetError.invalidSpan("span must be at least 1 at \(address)")
        }
        let plain = cell.formula == nil && cell.annotation == nil && cell.columnsSpanned == 1 && cell.rowsSpanned == 1
        if plain {
            switch cell.value {
            case .empty: return try empty(style: cell.style)
            case let .string(text): return try string(text, style: cell.style)
            case let .float(value): return try number(value, ODS.floatType, cell.style)
            case let .percentage(value): return try number(value, ODS.percentageType, cell.style)
            default: break
            }
        }
        try prepareCell()
        try markup.startElement(ODS.tableCell)
        if let style = cell.style { try markup.attribute(ODS.styleName, cString: cellStyleNames[style.index]) }
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
        if let formula = cell.formula { try markup.attribute(ODS.formula, prefix: ODS.formulaPrefix, formula.expression) }
        var paragraph: String?
        switch cell.value {
        case .empty:
            break
        case let .string(text):
            try markup.attribute(ODS.valueType, cString: ODS.string.cString)
            // A formula's text result is also its string value; plain text needs only text:p.
            if cell.formula != nil { try markup.attribute(ODS.stringValue, text) }
            paragraph = text
        case let .float(value):
            try markup.attribute(ODS.valueType, cString: ODS.float.cString)
            try writeValue(value)
        case let .percentage(value):
            try markup.attribute(ODS.valueType, cString: ODS.percentage.cString)
            try writeValue(value)
        case let .currency(value, code):
            try markup.attribute(ODS.valueType, cString: ODS.currencyType.cString)
            try markup.attribute(ODS.currency, code)
            try writeValue(value)
        case let .date(date):
            try markup.attribute(ODS.valueType, cString: ODS.date.cString)
            try markup.attribute(ODS.dateValue, date.description)
        case let .boolean(flag):
            try markup.attribute(ODS.valueType, cString: ODS.boolean.cString)
            try markup.attribute(ODS.booleanValue, cString: flag ? ODS.trueValue.cString : ODS.falseValue.cString)
        }
        if let note = cell.annotation {
            try markup.startElement(ODS.annotation)
            try paragraphs(note)
            try markup.endElement()
        }
        if let paragraph { try paragraphs(paragraph) }
        try markup.endElement()
        try advance()
        if cell.columnsSpanned > 1 {
            try writeCovered(cell.columnsSpanned - 1)
        }
    }

    /// `text` as one `text:p` per line (see ``XMLStreamWriter/odfCellText(_:paragraphBreak:)``).
    private func paragraphs(_ text: String) throws {
        // Most notes are one line with plain spacing: one paragraph, as odfText writes it.
        if !XMLStreamWriter.needsWhitespaceMarkup(text) {
            try markup.startElement(ODS.textP)
            try markup.text(text)
            try markup.endElement()
            return
        }
        for line in XMLStreamWriter.cellLines(text) {
            try markup.startElement(ODS.textP)
            try markup.odfText(String(line))
            try markup.endElement()
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
        try checkActive()
        var remaining = count
        while remaining > 0 {
            // The row starts only when something is written: a row of unstyled
            // empties is an empty row.
            try skipCovered()
            if pendingEmpty > 0 && pendingEmptyStyle != style { try flushEmpty() }
            // Without covers, the whole run is one step.
            let step = sheet.covers.isEmpty ? remaining : 1
            pendingEmpty += step
            pendingEmptyStyle = style
            column += step
            remaining -= step
            try checkColumns()
        }
    }

    // MARK: Writing

    @inline(__always)
    private func checkActive() throws {
        if !active { throw SpreadsheetError.misuse("a RowWriter was used outside its appendRow closure") }
    }

    private var address: String { CellAddress(column: column, row: sheet.rowCount).description }

    @inline(__always)
    private func number(_ value: NumericValue, _ type: XMLName, _ style: CellStyleID?) throws {
        try checkActive()
        try beginMarkup(style)
        try markup.appendMarkup(type)
        try appendValue(value)
        try markup.appendMarkup(ODS.emptyTagEnd)
        try advance()
    }

    /// ` office:value="…"` into the markup queue.
    @inline(__always)
    private func appendValue(_ value: NumericValue) throws {
        if value.format(into: scratch) == nil, !value.formatDecimal(into: scratch, capacity: Self.scratchSize) {
            guard value.isFinite else { throw SpreadsheetError.invalidNumber("\(value.doubleValue)", cell: address) }
            try value.lexicalForm.withCString { text in
                try markup.appendAttribute(ODS.value, UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self))
            }
            return
        }
        try markup.appendAttribute(ODS.value, scratch)
    }

    /// `office:value` through the element API.
    private func writeValue(_ value: NumericValue) throws {
        if value.format(into: scratch) != nil || value.formatDecimal(into: scratch, capacity: Self.scratchSize) {
            try markup.attribute(ODS.value, cString: scratch)
            return
        }
        guard value.isFinite else { throw SpreadsheetError.invalidNumber("\(value.doubleValue)", cell: address) }
        try markup.attribute(ODS.value, value.lexicalForm)
    }

    /// Row start, covered positions and pending empties before a cell.
    @inline(__always)
    private func prepareCell() throws {
        if !started { try startRow() }
        if !sheet.covers.isEmpty { try skipCovered() }
        if pendingEmpty > 0 { try flushEmpty() }
    }

    /// Starts a cell element as queued markup: `<table:table-cell[ table:style-name="…"]`.
    @inline(__always)
    private func beginMarkup(_ style: CellStyleID?) throws {
        try prepareCell()
        try markup.appendMarkup(ODS.cellOpen)
        if let style { try markup.appendAttribute(ODS.styleName, cellStyleNames[style.index]) }
    }

    @inline(__always)
    private func advance() throws {
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
        if !started { try startRow() }
    }

    private func startRow() throws {
        started = true
        try sheet.flushEmptyRows()
        try markup.appendMarkup(ODS.rowOpen)
        if let style { try markup.appendAttribute(ODS.styleName, rowStyleNames[style.index]) }
        try markup.appendMarkup(ODS.tagEnd)
    }

    private func skipCovered() throws {
        while case let width = sheet.coveredWidth(at: column), width > 0 {
            try flushEmpty()
            try writeCovered(width)
        }
    }

    private func writeCovered(_ count: Int) throws {
        try startRowIfNeeded()
        try markup.appendMarkup(ODS.coveredOpen)
        if count > 1 { try appendCount(ODS.columnsRepeated, count) }
        try markup.appendMarkup(ODS.emptyTagEnd)
        column += count
        try checkColumns()
    }

    private func flushEmpty() throws {
        guard pendingEmpty > 0 else { return }
        try startRowIfNeeded()
        try markup.appendMarkup(ODS.cellOpen)
        if let style = pendingEmptyStyle { try markup.appendAttribute(ODS.styleName, cellStyleNames[style.index]) }
        if pendingEmpty > 1 { try appendCount(ODS.columnsRepeated, pendingEmpty) }
        try markup.appendMarkup(ODS.emptyTagEnd)
        pendingEmpty = 0
        pendingEmptyStyle = nil
    }

    /// A count attribute through the element API.
    func writeCount(_ name: XMLName, _ count: Int) throws {
        _ = NumericValue(count).format(into: scratch)
        try markup.attribute(name, cString: scratch)
    }

    /// A count attribute into the markup queue.
    func appendCount(_ name: XMLName, _ count: Int) throws {
        _ = NumericValue(count).format(into: scratch)
        try markup.appendAttribute(name, scratch)
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
        active = false
        if started {
            try markup.appendMarkup(ODS.rowClose)
            try sheet.advanceRows(1)
        } else {
            try sheet.noteEmptyRows(1, style: style)
        }
        sheet.rowDidEnd()
    }
}
