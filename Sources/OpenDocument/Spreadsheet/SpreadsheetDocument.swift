import Foundation

/// An ODS workbook written as a stream: sheets and rows go straight into the zip.
///
/// ```swift
/// var styles = SpreadsheetStyles()
/// let bold = styles.add(CellStyle(bold: true))
/// let document = SpreadsheetDocument(styles: styles)
/// try document.write(to: url) { book in
///     try book.addSheet("指标汇总", options: SheetOptions(frozenRows: 1)) { sheet in
///         try sheet.appendRow { row in try row.string("单位名称", style: bold) }
///     }
/// }
/// ```
/// Styles are registered first (see ``SpreadsheetStyles`` for why). The file appears
/// under `url` only when everything succeeded; if `body` throws, nothing is left behind.
public struct SpreadsheetDocument: Sendable {
    /// Every style the sheets use.
    public var styles: SpreadsheetStyles
    /// Properties for meta.xml.
    public var metadata: DocumentMetadata
    /// zlib level for the XML parts (1 fastest … 9 smallest).
    public var compressionLevel: Int

    /// Creates a document description.
    public init(styles: SpreadsheetStyles = SpreadsheetStyles(), metadata: DocumentMetadata = DocumentMetadata(), compressionLevel: Int = 6) {
        self.styles = styles
        self.metadata = metadata
        self.compressionLevel = compressionLevel
    }

    /// Writes the workbook to `url`; `body` adds the sheets in order.
    ///
    /// Thrown: whatever `body` throws; ``SpreadsheetError`` for invalid sheet names,
    /// numbers or spans; ``XMLError``, ``ZipError`` or ``FileError`` when writing fails.
    public func write(to url: URL, _ body: (WorkbookWriter) throws -> Void) throws {
        let package = try ODFPackage(url: url, mediaType: .spreadsheet, compressionLevel: Int32(compressionLevel))
        do {
            var sheets: [SheetSummary] = []
            try package.write(.content) { xml in
                sheets = try SpreadsheetContentWriter(styles: styles).write(to: xml, body: body)
            }
            try package.write(.styles) { try SpreadsheetStylesWriter(styles: styles).write(to: $0) }
            try package.write(.meta) { try MetaWriter(metadata: metadata).write(to: $0) }
            try package.write(.settings) { try SpreadsheetSettingsWriter(sheets: sheets).write(to: $0) }
            try package.commit()
        } catch {
            package.discard()
            throw error
        }
    }
}

/// What settings.xml and the database ranges need to know about a finished sheet.
struct SheetSummary {
    let name: String
    let options: SheetOptions
    let autoFilterRange: CellRange?

    /// The summary of a finished sheet: its filter covers the given range, or with
    /// ``SheetOptions/autoFilter`` every used column down to the last row.
    init(name: String, options: SheetOptions, rowCount: Int, usedColumns: Int, declaredColumns: Int) {
        self.name = name
        self.options = options
        var range = options.autoFilterRange
        if range == nil, options.autoFilter, rowCount > 0 {
            let width = max(usedColumns, declaredColumns, 1)
            range = CellRange(CellAddress(column: 0, row: 0), CellAddress(column: width - 1, row: rowCount - 1))
        }
        autoFilterRange = range
    }
}

/// A column declaration: width (column style), default cell style, repeat count.
public struct Column: Sendable, Hashable {
    /// The width, or nil for the default.
    public var style: ColumnStyleID?
    /// The style of cells in this column that have none of their own (saves a style
    /// attribute on every cell, e.g. a number format for an amount column).
    public var defaultCellStyle: CellStyleID?
    /// How many adjacent columns share this declaration.
    public var count: Int

    /// Creates a column declaration.
    public init(style: ColumnStyleID? = nil, defaultCellStyle: CellStyleID? = nil, count: Int = 1) {
        precondition(count >= 1, "column count must be positive")
        self.style = style
        self.defaultCellStyle = defaultCellStyle
        self.count = count
    }
}

/// Per-sheet view and filter options.
public struct SheetOptions: Sendable, Hashable {
    /// Rows frozen at the top (header rows), written to settings.xml.
    public var frozenRows: Int
    /// Columns frozen at the left.
    public var frozenColumns: Int
    /// Filter buttons on the first row, over the used columns down to the last row.
    public var autoFilter: Bool
    /// An explicit filter range instead of the automatic one.
    public var autoFilterRange: CellRange?
    /// The first rows, printed again at the top of every page (written inside
    /// `table:table-header-rows`, which LibreOffice reads as "rows to repeat").
    public var printHeaderRows: Int

    /// Creates options; by default nothing is frozen, there is no filter and no row
    /// repeats when printing.
    public init(frozenRows: Int = 0, frozenColumns: Int = 0, autoFilter: Bool = false, autoFilterRange: CellRange? = nil,
                printHeaderRows: Int = 0) {
        precondition(printHeaderRows >= 0, "negative header row count")
        self.frozenRows = frozenRows
        self.frozenColumns = frozenColumns
        self.autoFilter = autoFilter || autoFilterRange != nil
        self.autoFilterRange = autoFilterRange
        self.printHeaderRows = printHeaderRows
    }
}
