/// Names the automatic styles of text content in first-use order and writes
/// paragraphs with them.
///
/// content.xml uses `P1`, `T1`, …; styles.xml (headers, footers) uses `MP1`, `MT1`, …,
/// so the two parts never define the same name.
struct TextStyleNames {
    private(set) var paragraphs: StyleTable<ParagraphStyle>
    private(set) var texts: StyleTable<TextStyle>

    init(paragraphPrefix: String, textPrefix: String) {
        paragraphs = StyleTable(prefix: paragraphPrefix)
        texts = StyleTable(prefix: textPrefix)
    }

    /// Registers the styles a paragraph uses.
    mutating func collect(_ paragraph: Paragraph) {
        if paragraph.style != ParagraphStyle() { _ = paragraphs.intern(paragraph.style) }
        for case let .text(_, style?) in paragraph.content where style != TextStyle() { _ = texts.intern(style) }
    }

    func paragraphName(_ style: ParagraphStyle) -> String {
        style == ParagraphStyle() ? "Standard" : paragraphs.name(of: style)
    }

    func textName(_ style: TextStyle) -> String {
        texts.name(of: style)
    }

    /// Writes the registered styles (paragraph, then text) as automatic styles.
    func writeStyles(to xml: XMLStreamWriter) throws {
        for (name, style) in paragraphs.named { try xml.paragraphStyle(style, name: name) }
        for (name, style) in texts.named {
            try xml.element("style:style", ["style:name": name, "style:family": "text"]) {
                try xml.textProperties(style)
            }
        }
    }

    /// Writes `text:p` (or `text:h` with an outline level) with its runs.
    func writeParagraph(_ paragraph: Paragraph, headingLevel: Int? = nil, to xml: XMLStreamWriter) throws {
        try xml.startElement(headingLevel == nil ? "text:p" : "text:h")
        try xml.attribute("text:style-name", paragraphName(paragraph.style))
        if let level = headingLevel { try xml.attribute("text:outline-level", String(level)) }
        for inline in paragraph.content {
            switch inline {
            case let .text(text, style?) where style != TextStyle():
                try xml.element("text:span", ["text:style-name": textName(style)]) { try xml.odfText(text) }
            case let .text(text, _):
                try xml.odfText(text)
            case .pageNumber:
                try xml.element("text:page-number", ["text:select-page": "current"])
            case .pageCount:
                try xml.element("text:page-count")
            case .lineBreak:
                try xml.element("text:line-break")
            }
        }
        try xml.endElement()
    }
}
