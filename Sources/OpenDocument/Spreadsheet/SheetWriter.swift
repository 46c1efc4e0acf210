/// Streams the rows of one sheet (`table:table`). Rows are written as they come; only
/// the current row's state is kept, so a sheet of any length costs constant memory.
///
/// Consecutive empty rows become one `table:number-rows-repeated` row; positions covered
/// by a cell spanning several rows are skipped (and written as covered cells) for you.
public final class SheetWriter {
    /// LibreOffice's limits.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    /// Where the rows go: the document's XML writer's markup, or a sheet written ahead
    /// (``BufferedSheet``).
    let markup: MarkupWriter
    private let rowStyleNames: CStringTable
    /// The sheet's name.
    public let name: String
    let options: SheetOptions
    private let row: RowWriter
    /// The widest row so far (for the automatic filter range).
    var usedColumns = 0
    /// Rows written so far, empty ones included: the zero-based index of the next row.
    public private(set) var rowCount = 0
    private var pendingEmptyRows = 0
    private var pendingEmptyRowStyle: RowStyleID?
    private var ended = false
    /// Whether `table:table-header-rows` is open (the first ``SheetOptions/printHeaderRows`` rows).
    private var headerRowsOpen = false
    /// Set when a row failed half-written; the sheet accepts nothing more.
    private var failed = false

    /// A region covered by a cell spanning rows: columns `start..<start+width` for
    /// `rows` more rows.
    struct Cover { var start: Int; var width: Int; var rows: Int }
    /// Covers active in the current row, sorted by start column.
    private(set) var covers: [Cover] = []
    /// Covers created in the current row, active from the next one.
    var newCovers: [Cover] = []

    init(markup: MarkupWriter, cellStyleNames: CStringTable, rowStyleNames: CStringTable, name: String, options: SheetOptions) {
        self.markup = markup
        self.rowStyleNames = rowStyleNames
        self.name = name
        self.options = options
        row = RowWriter(markup: markup, cellStyleNames: cellStyleNames, rowStyleNames: rowStyleNames)
        row.sheet = self
    }

    /// Appends a row whose cells `cells` writes, left to right.
    ///
    /// Thrown: ``SpreadsheetError`` (bad number, span, sheet limits); XML/zip/file errors.
    public func appendRow(style: RowStyleID? = nil, _ cells: (RowWriter) throws -> Void) throws {
        try checkOpen()
        guard !row.active else { throw SpreadsheetError.misuse("appendRow called inside another row of sheet '\(name)'") }
        try openHeaderRowsIfNeeded()
        row.reset(style: style)
        do {
            try cells(row)
            try row.finish()
            try closeHeaderRowsIfNeeded()
        } catch {
            // The row's markup is incomplete: refuse further writes to this sheet.
            failed = true
            throw error
        }
    }

    /// Appends a row of ready-made cells.
    ///
    /// Thrown: as ``appendRow(style:_:)``.
    public func appendRow(_ cells: [Cell], style: RowStyleID? = nil) throws {
        try appendRow(style: style) { row in
            for cell in cells { try row.cell(cell) }
        }
    }

    /// Appends `count` empty rows (compressed into one repeated row).
    ///
    /// Thrown: as ``appendRow(style:_:)``.
    public func appendEmptyRows(_ count: Int = 1, style: RowStyleID? = nil) throws {
        precondition(count >= 0, "negative row count")
        if !covers.isEmpty || !newCovers.isEmpty {
            for _ in 0..<count { try appendRow(style: style) { _ in } }
            return
        }
        try checkOpen()
        guard count > 0 else { return }
        try openHeaderRowsIfNeeded()
        if headerRowsOpen {
            // Split the run at the end of the header rows.
            let inHeader = min(count, options.printHeaderRows - rowCount)
            try noteEmptyRows(inHeader, style: style)
            try closeHeaderRowsIfNeeded()
            try noteEmptyRows(count - inHeader, style: style)
        } else {
            try noteEmptyRows(count, style: style)
        }
    }

    /// Opens `table:table-header-rows` before the first row when rows repeat in print.
    private func openHeaderRowsIfNeeded() throws {
        guard options.printHeaderRows > 0, rowCount == 0, !headerRowsOpen else { return }
        try markup.startElement(ODS.headerRows)
        headerRowsOpen = true
    }

    /// Closes `table:table-header-rows` once the header rows are written (or the sheet ends).
    private func closeHeaderRowsIfNeeded(sheetEnds: Bool = false) throws {
        guard headerRowsOpen, sheetEnds || rowCount >= options.printHeaderRows else { return }
        try flushEmptyRows()
        try markup.endElement()
        headerRowsOpen = false
    }

    // MARK: Internals used by RowWriter

    func noteEmptyRows(_ count: Int, style: RowStyleID?) throws {
        guard count > 0 else { return }
        if pendingEmptyRows > 0 && pendingEmptyRowStyle != style { try flushEmptyRows() }
        pendingEmptyRows += count
        pendingEmptyRowStyle = style
        try advanceRows(count)
    }

    /// Writes the pending run of empty rows as one repeated row.
    func flushEmptyRows() throws {
        guard pendingEmptyRows > 0 else { return }
        try markup.appendMarkup(ODS.rowOpen)
        if let style = pendingEmptyRowStyle { try markup.appendAttribute(ODS.styleName, rowStyleNames[style.index]) }
        if pendingEmptyRows > 1 { try row.appendCount(ODS.rowsRepeated, pendingEmptyRows) }
        try markup.appendMarkup(ODS.emptyRowTail)
        pendingEmptyRows = 0
        pendingEmptyRowStyle = nil
    }

    func advanceRows(_ count: Int) throws {
        rowCount += count
        if rowCount > Self.maxRows {
            throw SpreadsheetError.tooLarge("sheet '\(name)' has more than \(Self.maxRows) rows")
        }
    }

    /// Called at the end of each row: spans started in it cover the next rows.
    func rowDidEnd() {
        if !covers.isEmpty {
            for i in covers.indices { covers[i].rows -= 1 }
            covers.removeAll { $0.rows <= 0 }
        }
        if !newCovers.isEmpty {
            covers.append(contentsOf: newCovers)
            covers.sort { $0.start < $1.start }
            newCovers.removeAll()
        }
    }

    /// The number of covered columns starting exactly at `column` (0 when not covered).
    func coveredWidth(at column: Int) -> Int {
        for cover in covers where cover.start <= column && column < cover.start + cover.width {
            return cover.start + cover.width - column
        }
        return 0
    }

    // MARK: Begin and end

    /// Opens `table:table` and declares `columns` through libxml2 (the rows that
    /// follow are raw markup); returns the number of columns declared.
    ///
    /// Thrown: ``SpreadsheetError/tooLarge(_:)`` beyond 16,384 columns; XML errors.
    static func begin(_ xml: XMLStreamWriter, name: String, columns: [Column]) throws -> Int {
        try xml.startElement("table:table")
        try xml.attribute("table:name", name)
        var runs: [Column] = []
        for column in columns {
            if var last = runs.last, last.style == column.style, last.defaultCellStyle == column.defaultCellStyle {
                last.count += column.count
                runs[runs.count - 1] = last
            } else {
                runs.append(column)
            }
        }
        if runs.isEmpty { runs = [Column()] }
        for run in runs {
            try xml.startElement("table:table-column")
            if let style = run.style { try xml.attribute("table:style-name", style.name) }
            if run.count > 1 { try xml.attribute("table:number-columns-repeated", String(run.count)) }
            if let cellStyle = run.defaultCellStyle { try xml.attribute("table:default-cell-style-name", cellStyle.name) }
            try xml.endElement()
        }
        let declared = columns.reduce(0) { $0 + $1.count }
        guard declared <= Self.maxColumns else {
            throw SpreadsheetError.tooLarge("sheet '\(name)' declares more than \(Self.maxColumns) columns")
        }
        return declared
    }

    /// Ends the rows: covered rows still owed, the header-row group, trailing empty
    /// rows (written only when styled). The caller closes `table:table`.
    func endRows() throws {
        try checkOpen()
        // Rows still covered by a vertical span must exist for the merge to be valid.
        while !covers.isEmpty || !newCovers.isEmpty { try appendRow { _ in } }
        try closeHeaderRowsIfNeeded(sheetEnds: true)
        // Trailing empty rows carry nothing unless styled.
        if pendingEmptyRowStyle != nil { try flushEmptyRows() }
        rowCount -= pendingEmptyRows
        pendingEmptyRows = 0
        ended = true
        detach()
    }

    /// What settings.xml and the database ranges need, once the rows ended and
    /// `declaredColumns` columns were declared.
    func summary(declaredColumns: Int) -> SheetSummary {
        SheetSummary(name: name, options: options, rowCount: rowCount, usedColumns: usedColumns, declaredColumns: declaredColumns)
    }

    /// Breaks the sheet ↔ row writer reference cycle.
    func detach() { row.sheet = nil }

    private func checkOpen() throws {
        if ended { throw SpreadsheetError.misuse("sheet '\(name)' already ended") }
        if failed { throw SpreadsheetError.misuse("sheet '\(name)' failed earlier; its document cannot be completed") }
    }
}
