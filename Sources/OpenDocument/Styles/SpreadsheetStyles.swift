/// A handle to a registered ``CellStyle``.
public struct CellStyleID: Sendable, Hashable {
    let index: Int
    /// The automatic style name, e.g. `ce1`.
    public let name: String
}

/// A handle to a registered ``ColumnStyle``.
public struct ColumnStyleID: Sendable, Hashable {
    let index: Int
    /// The automatic style name, e.g. `co1`.
    public let name: String
}

/// A handle to a registered ``RowStyle``.
public struct RowStyleID: Sendable, Hashable {
    let index: Int
    /// The automatic style name, e.g. `ro1`.
    public let name: String
}

/// Every style a spreadsheet uses, registered **before** any row is written.
///
/// Why up front: content.xml must list its automatic styles before the body, and the
/// body streams straight into the zip. Registering first (and passing the finished
/// registry to ``SpreadsheetDocument``) lets rows stream without buffering the sheet.
/// The registry deduplicates by value and names styles in registration order (`ce1`,
/// `co1`, `ro1`; data styles `N1`, …).
public struct SpreadsheetStyles: Sendable {
    private(set) var cells = StyleTable<CellStyle>(prefix: "ce")
    private(set) var columns = StyleTable<ColumnStyle>(prefix: "co")
    private(set) var rows = StyleTable<RowStyle>(prefix: "ro")
    private(set) var dataStyles = StyleTable<NumberFormat>(prefix: "N")
    private(set) var fonts: [FontFace] = []

    /// Creates an empty registry.
    public init() {}

    /// Registers a cell style (or finds the equal one) and returns its handle.
    public mutating func add(_ style: CellStyle) -> CellStyleID {
        if let format = style.numberFormat { _ = dataStyles.intern(format) }
        if let font = style.font, !fonts.contains(font) { fonts.append(font) }
        let index = cells.intern(style)
        return CellStyleID(index: index, name: cells.name(index))
    }

    /// Registers a column style (width) and returns its handle.
    public mutating func add(_ style: ColumnStyle) -> ColumnStyleID {
        let index = columns.intern(style)
        return ColumnStyleID(index: index, name: columns.name(index))
    }

    /// Registers a row style (height) and returns its handle.
    public mutating func add(_ style: RowStyle) -> RowStyleID {
        let index = rows.intern(style)
        return RowStyleID(index: index, name: rows.name(index))
    }

    /// The data style name for `format` (registered with its cell style).
    func dataStyleName(_ format: NumberFormat) -> String {
        dataStyles.name(of: format)
    }
}
