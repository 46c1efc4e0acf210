import OpenDocument

/// The comparison workbook laid out (`WorkbookLayout.prepare`): everything
/// content.xml needs, in the order it needs it. The automatic styles come
/// before the first sheet, so they are complete here (the column widths
/// included); each sheet's rows are held deflated, with the column
/// declarations that go before them.
struct PreparedWorkbook {
    /// The workbook's styles (complete) and metadata.
    let document: SpreadsheetDocument
    /// The sheets, in workbook order.
    var sheets: [(sheet: PreparedSheet, columns: [Column])]
}
