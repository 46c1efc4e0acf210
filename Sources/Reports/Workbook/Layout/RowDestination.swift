import OpenDocument

/// What a `SheetModel` does with each row appended to it.
///
/// The comparison workbook is laid out once: each row is measured (column
/// widths) and at once written into a `BufferedSheet`, which deflates it, so
/// no sheet is held as rows or as XML; the columns, which an ODS sheet
/// declares before its rows, are added when the sheet is spliced into the
/// document (see `WorkbookLayout.prepare(compressionLevel:jobs:)`).
enum RowDestination {
    /// Keep every row, to inspect the sheet (tests): memory grows with the sheet.
    case memory
    /// Deflate each row into a `BufferedSheet` whose rows name their styles
    /// from `styles`; keep only the row count and each column's widest text.
    case buffered(styles: SpreadsheetStyles, compressionLevel: Int)
}
