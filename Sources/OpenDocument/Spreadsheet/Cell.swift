import Foundation

/// One spreadsheet cell: a value, and optionally a formula, style, merge and note.
public struct Cell: Sendable, Hashable {
    /// The value; for a formula cell, the cached result the caller computed.
    public var value: CellValue
    /// The formula; readers that do not recalculate show ``value``.
    public var formula: Formula?
    /// The cell style; nil uses the column's default cell style.
    public var style: CellStyleID?
    /// Columns this cell spans (merged to the right); the covered cells are written for you.
    public var columnsSpanned = 1
    /// Rows this cell spans (merged downwards); the rows below skip the covered positions.
    public var rowsSpanned = 1
    /// A note shown on hover (`office:annotation`), e.g. the figure's source "表1 第87行".
    public var annotation: String?

    /// Creates a cell.
    public init(_ value: CellValue, formula: Formula? = nil, style: CellStyleID? = nil,
                columnsSpanned: Int = 1, rowsSpanned: Int = 1, annotation: String? = nil) {
        self.value = value
        self.formula = formula
        self.style = style
        self.columnsSpanned = columnsSpanned
        self.rowsSpanned = rowsSpanned
        self.annotation = annotation
    }

    /// A text cell.
    public static func string(_ text: String, style: CellStyleID? = nil) -> Cell { Cell(.string(text), style: style) }
    /// A number cell from a `Decimal`.
    public static func float(_ value: Decimal, style: CellStyleID? = nil) -> Cell { Cell(.float(NumericValue(value)), style: style) }
    /// A number cell from an `Int`.
    public static func float(_ value: Int, style: CellStyleID? = nil) -> Cell { Cell(.float(NumericValue(value)), style: style) }
    /// A number cell from a `Double`.
    public static func float(_ value: Double, style: CellStyleID? = nil) -> Cell { Cell(.float(NumericValue(value)), style: style) }
    /// A formula cell with the cached result the caller computed (never a placeholder).
    public static func formula(_ formula: Formula, cached: CellValue, style: CellStyleID? = nil) -> Cell {
        Cell(cached, formula: formula, style: style)
    }
    /// An empty cell.
    public static let empty = Cell(.empty)
}
