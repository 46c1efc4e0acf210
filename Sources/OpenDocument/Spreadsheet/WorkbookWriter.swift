/// Adds sheets to a workbook being written; handed to the closure of
/// ``SpreadsheetDocument/write(to:_:)``.
public final class WorkbookWriter {
    let xml: XMLStreamWriter
    let styles: SpreadsheetStyles
    /// C strings of the registered style names (hot path).
    let cellStyleNames: CStringTable
    let rowStyleNames: CStringTable
    private(set) var sheets: [SheetSummary] = []
    private var open = false
    private var closed = false

    init(xml: XMLStreamWriter, styles: SpreadsheetStyles) {
        self.xml = xml
        self.styles = styles
        cellStyleNames = CStringTable(styles.cells.values.indices.map(styles.cells.name))
        rowStyleNames = CStringTable(styles.rows.values.indices.map(styles.rows.name))
    }

    /// Names of the sheets added so far.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// Adds a sheet: declares its columns, then `rows` streams its rows.
    ///
    /// Thrown: ``SpreadsheetError/invalidSheetName(_:reason:)`` for a bad or repeated
    /// name; ``SpreadsheetError`` when rows are invalid; XML/zip/file errors; whatever
    /// `rows` throws.
    public func addSheet(_ name: String, columns: [Column] = [], options: SheetOptions = SheetOptions(),
                         rows: (SheetWriter) throws -> Void) throws {
        guard !open, !closed else { throw SpreadsheetError.misuse("addSheet called inside another sheet or after the workbook ended") }
        try SheetName.validate(name, existing: sheetNames)
        open = true
        defer { open = false }
        let sheet = SheetWriter(markup: xml.markup, cellStyleNames: cellStyleNames, rowStyleNames: rowStyleNames,
                                name: name, options: options)
        defer { sheet.detach() }
        let declared = try SheetWriter.begin(xml, name: name, columns: columns)
        try rows(sheet)
        try sheet.endRows()
        try xml.endElement()  // table:table
        sheets.append(sheet.summary(declaredColumns: declared))
    }

    /// Adds a sheet whose rows were written ahead (``BufferedSheet``): declares
    /// `columns`, then copies the rows in, still compressed.
    ///
    /// Thrown: ``SpreadsheetError/invalidSheetName(_:reason:)``;
    /// ``SpreadsheetError/misuse(_:)`` when the rows use styles this document does not
    /// have (the buffered sheet named them from its own registry); XML/zip/file errors.
    public func addSheet(_ sheet: PreparedSheet, columns: [Column] = []) throws {
        guard !open, !closed else { throw SpreadsheetError.misuse("addSheet called inside another sheet or after the workbook ended") }
        try SheetName.validate(sheet.name, existing: sheetNames)
        guard styles.cells.values.starts(with: sheet.cellStyles), styles.rows.values.starts(with: sheet.rowStyles) else {
            throw SpreadsheetError.misuse("sheet '\(sheet.name)' was written with styles this document does not register")
        }
        let declared = try SheetWriter.begin(xml, name: sheet.name, columns: columns)
        try xml.splice(sheet.rows)
        try xml.endElement()  // table:table
        sheets.append(sheet.summary(declaredColumns: declared))
    }

    func close() throws -> [SheetSummary] {
        closed = true
        return sheets
    }
}
