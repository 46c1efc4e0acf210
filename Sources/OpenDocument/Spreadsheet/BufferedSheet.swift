/// A sheet whose rows are written before its columns are declared: each row is
/// deflated as it comes, so the sheet is held compressed (about a twentieth of its
/// XML), never as XML. Add the result with ``WorkbookWriter/addSheet(_:columns:)``.
///
/// Why: an ODS sheet declares its column widths before its first row, and a writer
/// that sizes columns from their contents must otherwise lay every sheet out twice
/// (once to measure, once to write). Sheets buffered this way can also be written
/// on several threads at once; the bytes do not depend on which thread wrote what
/// (see ``DeflatedPiece``).
///
/// ```swift
/// let sheet = try BufferedSheet(name: "指标汇总", options: SheetOptions(frozenRows: 1), styles: styles)
/// try sheet.rows.appendRow([Cell.string("单位名称", style: bold)])
/// let prepared = try sheet.finish()
/// try document.write(to: url) { book in try book.addSheet(prepared, columns: columns) }
/// ```
///
/// The rows name their cell and row styles from `styles` as given here; the
/// document's registry must begin with the same cell and row styles (it may add
/// others, e.g. the column widths found while the rows were written).
public final class BufferedSheet {
    /// Appends the rows (as for a sheet of ``WorkbookWriter/addSheet(_:columns:options:rows:)``).
    public let rows: SheetWriter
    private let sink = PieceSink()
    private let deflater: Deflater
    /// The rows' libxml2 writer: its ``XMLStreamWriter/markup`` writes them, as for a
    /// streamed sheet, and libxml2 hands the bytes to the deflater.
    private let xml: XMLStreamWriter
    private let cellStyles: [CellStyle]
    private let rowStyles: [RowStyle]
    private var finished = false

    /// Starts a sheet named `name`; `options.printHeaderRows` applies to the rows
    /// written here, the other options may still change in ``finish(options:)``.
    ///
    /// Thrown when zlib cannot initialise.
    public init(name: String, options: SheetOptions = SheetOptions(), styles: SpreadsheetStyles, compressionLevel: Int = 6) throws {
        deflater = try Deflater(level: Int32(compressionLevel), output: sink)
        xml = try XMLStreamWriter(sink: deflater)
        cellStyles = styles.cells.values
        rowStyles = styles.rows.values
        rows = SheetWriter(markup: xml.markup, cellStyleNames: CStringTable(styles.cells.values.indices.map(styles.cells.name)),
                           rowStyleNames: CStringTable(styles.rows.values.indices.map(styles.rows.name)),
                           name: name, options: options)
    }

    deinit { rows.detach() }

    /// Ends the rows and returns them deflated. `options`, when given, replaces the
    /// sheet's options (frozen panes and the filter range may depend on the rows),
    /// but must keep the `printHeaderRows` the rows were written with.
    ///
    /// Thrown: ``SpreadsheetError/misuse(_:)`` when called twice or `printHeaderRows`
    /// changed; row, XML and zlib errors.
    public func finish(options: SheetOptions? = nil) throws -> PreparedSheet {
        guard !finished else { throw SpreadsheetError.misuse("sheet '\(rows.name)' finished twice") }
        finished = true
        let options = options ?? rows.options
        guard options.printHeaderRows == rows.options.printHeaderRows else {
            throw SpreadsheetError.misuse("sheet '\(rows.name)': printHeaderRows changed after its rows were written")
        }
        try rows.endRows()
        try xml.flush()
        try deflater.finishPiece()
        let piece = DeflatedPiece(chunks: sink.chunks, crc: deflater.crc, uncompressedSize: deflater.uncompressedSize,
                                  compressedSize: deflater.compressedSize)
        return PreparedSheet(name: rows.name, options: options, rows: piece, rowCount: rows.rowCount,
                             usedColumns: rows.usedColumns, cellStyles: cellStyles, rowStyles: rowStyles)
    }
}

/// The finished rows of a ``BufferedSheet``, compressed, with what the workbook
/// needs to add them (name, options, extent, the styles they name).
public struct PreparedSheet: Sendable {
    /// The sheet's name.
    public let name: String
    /// Frozen panes, filter, header rows.
    public let options: SheetOptions
    let rows: DeflatedPiece
    /// Rows written, empty ones included (trailing unstyled ones dropped).
    public let rowCount: Int
    /// The widest row, in columns.
    public let usedColumns: Int
    let cellStyles: [CellStyle]
    let rowStyles: [RowStyle]

    /// The rows' XML size in bytes (before compression).
    public var uncompressedSize: UInt64 { rows.uncompressedSize }

    func summary(declaredColumns: Int) -> SheetSummary {
        SheetSummary(name: name, options: options, rowCount: rowCount, usedColumns: usedColumns, declaredColumns: declaredColumns)
    }
}
