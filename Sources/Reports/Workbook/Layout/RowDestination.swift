import OpenDocument

/// What a `SheetModel` does with each row appended to it.
///
/// The comparison workbook is laid out twice by the same deterministic sheet
/// functions, so that no pass holds a whole sheet: first measured (column
/// widths and column styles, row counts and the cells that formulas on
/// earlier sheets refer to must all be known before the first row is
/// written), then streamed, each row going into the open sheet as soon as it
/// is laid out. See `WorkbookLayout.plan()` and `WorkbookLayout.stream(_:of:into:)`.
enum RowDestination {
    /// Keep every row, to inspect the sheet (tests): memory grows with the sheet.
    case memory
    /// Keep only the row count and each column's widest text.
    case measure
    /// Write each row into this open sheet at once and keep nothing.
    case sheet(SheetWriter)
}
