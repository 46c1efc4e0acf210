import OpenDocument

/// What the measuring pass of the comparison workbook found: everything the
/// writer needs before a sheet's first row is written, and nothing per row.
/// content.xml declares every automatic style before the first sheet, a sheet
/// declares its column widths before its rows, and 指标汇总 (written second)
/// refers to the sums of 指标计算 (written third).
struct WorkbookPlan {
    /// One measured sheet.
    struct Sheet {
        let name: String
        /// The column declarations, with their width styles registered.
        let columns: [Column]
        let options: SheetOptions
        /// The rows the measuring pass laid out; the writing pass lays out as many.
        let rowCount: Int
    }

    /// The workbook's styles (complete) and metadata.
    let document: SpreadsheetDocument
    /// The sheets, in workbook order.
    let sheets: [Sheet]
    /// Where 指标计算 put its sums.
    let operands: OperandSheetLayout
}
