import Foundation

/// An ODT document built in memory and written in one go.
///
/// Text documents are small (a memo, not 300,000 rows), so the blocks are collected
/// first; writing walks them once to name the automatic styles in first-use order
/// (`P1`, `T1`, …) and again to write them.
public struct TextDocument: Sendable, Hashable {
    /// Page size and margins.
    public var page: PageLayout
    /// Default character look of every paragraph (font, size), in styles.xml.
    public var defaultText: TextStyle
    /// Header paragraphs on every page; empty for none.
    public var header: [Paragraph]
    /// Footer paragraphs on every page, e.g. `— 1 —` page numbers; empty for none.
    public var footer: [Paragraph]
    /// The body.
    public var body: [Block]
    /// Properties for meta.xml.
    public var metadata: DocumentMetadata
    /// zlib level for the XML parts.
    public var compressionLevel: Int

    /// Creates an empty document.
    public init(page: PageLayout = PageLayout(), defaultText: TextStyle = TextStyle(), header: [Paragraph] = [],
                footer: [Paragraph] = [], body: [Block] = [], metadata: DocumentMetadata = DocumentMetadata(), compressionLevel: Int = 6) {
        self.page = page
        self.defaultText = defaultText
        self.header = header
        self.footer = footer
        self.body = body
        self.metadata = metadata
        self.compressionLevel = compressionLevel
    }

    /// Appends a block to the body.
    public mutating func append(_ block: Block) { body.append(block) }

    /// Appends a paragraph of text.
    public mutating func appendParagraph(_ text: String, style: ParagraphStyle = ParagraphStyle()) {
        body.append(.paragraph(Paragraph(text, style: style)))
    }

    /// Appends a heading.
    public mutating func appendHeading(_ text: String, level: Int, style: ParagraphStyle = ParagraphStyle()) {
        body.append(.heading(Paragraph(text, style: style), level: level))
    }

    /// The footer `— N —` (GB/T 9704 page numbers), centred, in `style`.
    public static func pageNumberFooter(style: ParagraphStyle) -> [Paragraph] {
        var style = style
        style.alignment = style.alignment ?? .center
        return [Paragraph(style: style, content: [.text("— "), .pageNumber, .text(" —")])]
    }

    /// Writes the document to `url` (atomically).
    ///
    /// Thrown: ``XMLError``, ``ZipError`` or ``FileError`` when writing fails.
    public func write(to url: URL) throws {
        let package = try ODFPackage(url: url, mediaType: .text, compressionLevel: Int32(compressionLevel))
        do {
            let content = TextContentWriter(document: self)
            try package.write(.content) { try content.write(to: $0) }
            try package.write(.styles) { try TextStylesWriter(document: self).write(to: $0) }
            try package.write(.meta) { try MetaWriter(metadata: metadata).write(to: $0) }
            try package.commit()
        } catch {
            package.discard()
            throw error
        }
    }

    /// Every font the document refers to, in first-use order.
    var fonts: [FontFace] {
        var result: [FontFace] = []
        func add(_ style: TextStyle?) {
            for font in style?.fonts ?? [] where !result.contains(font) { result.append(font) }
        }
        func add(_ paragraph: Paragraph) {
            add(paragraph.style.text)
            for case let .text(_, style) in paragraph.content { add(style) }
        }
        add(defaultText)
        (header + footer).forEach(add)
        for block in body {
            switch block {
            case let .paragraph(p), let .heading(p, _): add(p)
            case let .table(table): (table.headerRows + table.rows).joined().flatMap(\.paragraphs).forEach(add)
            }
        }
        return result
    }
}
