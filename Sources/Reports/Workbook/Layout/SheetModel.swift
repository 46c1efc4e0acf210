import OpenDocument

/// A sheet being laid out row by row into a `RowDestination`. It counts its
/// rows, so a sheet function knows where each row goes (`nextRow`) without
/// the rows being kept; when measuring it also sizes the columns.
///
/// A row that fails to be written does not stop the sheet function (the
/// functions also lay out in memory and measure, where nothing can fail):
/// the first error is kept in `writeError`, later rows are dropped, and the
/// writing pass rethrows it once the function returns.
struct SheetModel {
    let name: String
    /// Frozen rows and columns and the filter range. A sheet function may set
    /// them up to its last row; the writing pass opens the sheet with the
    /// options the measuring pass ended with.
    var options: SheetOptions
    /// The rows, kept only when laid out into `.memory`.
    private(set) var rows: [[Entry]] = []
    /// The zero-based index the next appended row will have: the rows so far.
    private(set) var nextRow = 0
    /// The first error writing a row into the open sheet (`.sheet` only).
    private(set) var writeError: Error?
    private var columns: ColumnWidths
    private let destination: RowDestination

    init(name: String, sizing: [ColumnSizing], options: SheetOptions, into destination: RowDestination) {
        self.name = name
        self.options = options
        self.destination = destination
        columns = ColumnWidths(sizing: sizing)
    }

    mutating func append(_ row: [Entry]) {
        nextRow += 1
        switch destination {
        case .memory:
            columns.measure(row)
            rows.append(row)
        case .measure:
            columns.measure(row)
        case .sheet(let writer):
            guard writeError == nil else { return }
            do {
                try writer.appendRow(row.map(\.cell))
            } catch {
                writeError = error
            }
        }
    }

    /// Column widths in centimetres from the widest text of each column
    /// (after laying out into `.memory` or `.measure`; a streamed sheet uses
    /// the widths its measuring pass found).
    func widths() -> [Double] { columns.centimetres() }
}
