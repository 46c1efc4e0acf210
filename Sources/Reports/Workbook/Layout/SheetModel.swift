import OpenDocument

/// A sheet being laid out row by row into a `RowDestination`. It counts its
/// rows, so a sheet function knows where each row goes (`nextRow`) without
/// the rows being kept, and sizes the columns from the rows' texts.
///
/// A row that fails to be written does not stop the sheet function (the
/// functions also lay out in memory, where nothing can fail): the first
/// error is kept in `writeError`, later rows are dropped, and `finish()`
/// rethrows it.
struct SheetModel {
    let name: String
    /// Frozen rows and columns and the filter range. A sheet function may set
    /// them up to its last row (the frozen rows, which also repeat on every
    /// printed page, must be known at the first).
    var options: SheetOptions
    /// The rows, kept only when laid out into `.memory`.
    private(set) var rows: [[Entry]] = []
    /// The zero-based index the next appended row will have: the rows so far.
    private(set) var nextRow = 0
    /// The first error writing a row (`.buffered` only).
    private(set) var writeError: Error?
    private var columns: ColumnWidths
    /// The rows written so far, deflated (`.buffered` only).
    private let buffer: BufferedSheet?

    init(name: String, sizing: [ColumnSizing], options: SheetOptions, into destination: RowDestination) {
        self.name = name
        self.options = options
        columns = ColumnWidths(sizing: sizing)
        switch destination {
        case .memory:
            buffer = nil
        case let .buffered(styles, level):
            var written = options
            // The frozen header rows also repeat at the top of every printed page.
            written.printHeaderRows = options.frozenRows
            do {
                buffer = try BufferedSheet(name: name, options: written, styles: styles, compressionLevel: level)
            } catch {
                buffer = nil
                writeError = error
            }
        }
    }

    mutating func append(_ row: [Entry]) {
        nextRow += 1
        columns.measure(row)
        guard let buffer else {
            if writeError == nil { rows.append(row) }
            return
        }
        guard writeError == nil else { return }
        do {
            try buffer.rows.appendRow(row.map(\.cell))
        } catch {
            writeError = error
        }
    }

    /// Column widths in centimetres from the widest text of each column.
    func widths() -> [Double] { columns.centimetres() }

    /// The rows written into `.buffered`, deflated, with the options the
    /// sheet function ended with.
    ///
    /// Thrown: the first error writing a row, or finishing the sheet.
    func finish() throws -> PreparedSheet {
        if let writeError { throw writeError }
        guard let buffer else { preconditionFailure("only a sheet laid out into .buffered can be finished") }
        var written = options
        written.printHeaderRows = options.frozenRows
        return try buffer.finish(options: written)
    }
}
