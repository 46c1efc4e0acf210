/// The look of a spreadsheet cell. Equal values share one automatic style (`ce1`, `ce2`, …).
public struct CellStyle: Sendable, Hashable {
    /// Bold (Western and Asian scripts).
    public var bold = false
    /// Italic (Western and Asian scripts).
    public var italic = false
    /// Font size in points (Western and Asian scripts).
    public var fontSize: Double?
    /// The font for both scripts.
    public var font: FontFace?
    /// Text colour.
    public var color: Color?
    /// Horizontal alignment.
    public var alignment: HorizontalAlignment?
    /// Vertical alignment.
    public var verticalAlignment: VerticalAlignment?
    /// Wrap long text onto several lines.
    public var wrap = false
    /// Background fill.
    public var background: Color?
    /// Cell borders.
    public var borders: Borders?
    /// Display format of numbers.
    public var numberFormat: NumberFormat?

    /// Creates a style; everything defaults to the document default.
    public init(bold: Bool = false, italic: Bool = false, fontSize: Double? = nil, font: FontFace? = nil,
                color: Color? = nil, alignment: HorizontalAlignment? = nil, verticalAlignment: VerticalAlignment? = nil,
                wrap: Bool = false, background: Color? = nil, borders: Borders? = nil, numberFormat: NumberFormat? = nil) {
        self.bold = bold
        self.italic = italic
        self.fontSize = fontSize
        self.font = font
        self.color = color
        self.alignment = alignment
        self.verticalAlignment = verticalAlignment
        self.wrap = wrap
        self.background = background
        self.borders = borders
        self.numberFormat = numberFormat
    }
}

/// A column's width (`style:column-width`). Shared by value as `co1`, `co2`, …
public struct ColumnStyle: Sendable, Hashable {
    /// The column width.
    public var width: Length
    /// Creates a column style.
    public init(width: Length) { self.width = width }
}

/// A row's fixed height (`style:row-height`). Shared by value as `ro1`, `ro2`, …
public struct RowStyle: Sendable, Hashable {
    /// The row height.
    public var height: Length
    /// Creates a row style.
    public init(height: Length) { self.height = height }
}
