/// A piece of paragraph content.
public enum Inline: Sendable, Hashable {
    /// Text, optionally with its own look (a `text:span`). White space is preserved.
    case text(String, style: TextStyle? = nil)
    /// The current page number (in a header or footer).
    case pageNumber
    /// The number of pages.
    case pageCount
    /// A line break inside the paragraph.
    case lineBreak
}

/// A paragraph: a style and mixed runs.
public struct Paragraph: Sendable, Hashable {
    /// The paragraph's look.
    public var style: ParagraphStyle
    /// Runs, page numbers and line breaks, in order.
    public var content: [Inline]

    /// A paragraph of plain text.
    public init(_ text: String, style: ParagraphStyle = ParagraphStyle()) {
        self.style = style
        content = [.text(text)]
    }

    /// A paragraph of mixed runs.
    public init(style: ParagraphStyle = ParagraphStyle(), content: [Inline]) {
        self.style = style
        self.content = content
    }
}

/// A table cell in a text document.
public struct TextTableCell: Sendable, Hashable {
    /// The cell's paragraphs (an empty one is written when there are none).
    public var paragraphs: [Paragraph]
    /// Columns this cell spans; the covered cells are written for you.
    public var columnsSpanned: Int
    /// Background fill.
    public var background: Color?

    /// A cell holding paragraphs.
    public init(_ paragraphs: [Paragraph], columnsSpanned: Int = 1, background: Color? = nil) {
        self.paragraphs = paragraphs
        self.columnsSpanned = columnsSpanned
        self.background = background
    }

    /// A cell with one paragraph of text.
    public init(_ text: String, style: ParagraphStyle = ParagraphStyle(), columnsSpanned: Int = 1, background: Color? = nil) {
        self.init([Paragraph(text, style: style)], columnsSpanned: columnsSpanned, background: background)
    }
}

/// A table in a text document, with header rows repeated on every page it spans.
public struct TextTable: Sendable, Hashable {
    /// Column widths; the table is as wide as their sum.
    public var columns: [Length]
    /// Rows repeated at the top of each page (`table:table-header-rows`).
    public var headerRows: [[TextTableCell]]
    /// Body rows.
    public var rows: [[TextTableCell]]
    /// Cell borders (all sides); nil for none.
    public var border: Border?
    /// Padding inside cells.
    public var padding: Length
    /// Horizontal placement on the page.
    public var alignment: HorizontalAlignment

    /// Creates a table.
    public init(columns: [Length], headerRows: [[TextTableCell]] = [], rows: [[TextTableCell]],
                border: Border? = .thin, padding: Length = .mm(1), alignment: HorizontalAlignment = .center) {
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
        self.border = border
        self.padding = padding
        self.alignment = alignment
    }
}

/// A block of the document body.
public enum Block: Sendable, Hashable {
    /// A body paragraph.
    case paragraph(Paragraph)
    /// A heading with its outline level (1 = top).
    case heading(Paragraph, level: Int)
    /// A table.
    case table(TextTable)
}
