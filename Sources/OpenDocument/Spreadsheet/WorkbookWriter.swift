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
        let sheet = SheetWriter(workbook: self, name: name, options: options)
        defer { sheet.detach() }
        try sheet.begin(columns: columns)
        try rows(sheet)
        sheets.append(try sheet.end())
    }

    func close() throws -> [SheetSummary] {
        closed = true
        return sheets
    }
}
