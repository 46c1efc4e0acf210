/// Line spacing of a paragraph.
public enum LineHeight: Sendable, Hashable {
    /// Exactly this height per line (`fo:line-height="28.95pt"`), e.g. for 22 lines per page.
    case fixed(Length)
    /// At least this height (`style:line-height-at-least`).
    case atLeast(Length)
    /// A percentage of the font's normal line height (`fo:line-height="150%"`).
    case proportional(Int)
}

/// The look of a paragraph or heading. Equal values share one automatic style (`P1`, …).
public struct ParagraphStyle: Sendable, Hashable {
    /// Character properties of the whole paragraph (font, size, bold).
    public var text: TextStyle
    /// Alignment (`justify` for body text).
    public var alignment: HorizontalAlignment?
    /// First-line indent; ``Length/characters(_:fontSize:)`` gives "2 characters".
    public var firstLineIndent: Length?
    /// Line spacing.
    public var lineHeight: LineHeight?
    /// Space above and below, and side indents.
    public var marginTop: Length?, marginBottom: Length?, marginLeft: Length?, marginRight: Length?
    /// Keep on the same page as the next paragraph (headings).
    public var keepWithNext: Bool
    /// Start a new page before this paragraph.
    public var pageBreakBefore: Bool

    /// Creates a paragraph style; everything defaults to the document default.
    public init(text: TextStyle = TextStyle(), alignment: HorizontalAlignment? = nil, firstLineIndent: Length? = nil,
                lineHeight: LineHeight? = nil, marginTop: Length? = nil, marginBottom: Length? = nil,
                marginLeft: Length? = nil, marginRight: Length? = nil, keepWithNext: Bool = false, pageBreakBefore: Bool = false) {
        self.text = text
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.lineHeight = lineHeight
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
        self.keepWithNext = keepWithNext
        self.pageBreakBefore = pageBreakBefore
    }
}

/// The page: A4 by default, margins, and the footer/header areas.
///
/// LibreOffice places a footer *inside* the bottom margin's page area: the body's
/// height is `height − top − bottom − footer.height − footer.spacing`. To keep a body
/// of exactly N lines, subtract the footer from the bottom margin.
public struct PageLayout: Sendable, Hashable {
    /// Paper size.
    public var width: Length, height: Length
    /// Page margins (the footer and header sit inside them, see above).
    public var marginTop: Length, marginBottom: Length, marginLeft: Length, marginRight: Length
    /// Minimum height of the footer and its distance from the body (used when the
    /// document has a footer).
    public var footerHeight: Length, footerSpacing: Length
    /// Minimum height of the header and its distance from the body.
    public var headerHeight: Length, headerSpacing: Length

    /// Creates a page layout; the default is A4 portrait with 2 cm margins.
    public init(width: Length = .mm(210), height: Length = .mm(297),
                marginTop: Length = .mm(20), marginBottom: Length = .mm(20), marginLeft: Length = .mm(20), marginRight: Length = .mm(20),
                footerHeight: Length = .mm(7), footerSpacing: Length = .mm(3), headerHeight: Length = .mm(7), headerSpacing: Length = .mm(3)) {
        self.width = width
        self.height = height
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
        self.footerHeight = footerHeight
        self.footerSpacing = footerSpacing
        self.headerHeight = headerHeight
        self.headerSpacing = headerSpacing
    }

    /// A4 portrait with the given margins in millimetres (GB/T 9704: 37, 35, 28, 26).
    public static func a4(top: Double, bottom: Double, left: Double, right: Double) -> PageLayout {
        PageLayout(marginTop: .mm(top), marginBottom: .mm(bottom), marginLeft: .mm(left), marginRight: .mm(right))
    }
}

extension XMLStreamWriter {
    /// A paragraph style: paragraph then text properties.
    func paragraphStyle(_ style: ParagraphStyle, name: String, parent: String? = "Standard") throws {
        try element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": parent]) {
            try self.paragraphProperties(style)
            try self.textProperties(style.text)
        }
    }

    func paragraphProperties(_ style: ParagraphStyle) throws {
        var attributes: [(String, String)] = []
        if let top = style.marginTop { attributes.append(("fo:margin-top", top.description)) }
        if let bottom = style.marginBottom { attributes.append(("fo:margin-bottom", bottom.description)) }
        if let left = style.marginLeft { attributes.append(("fo:margin-left", left.description)) }
        if let right = style.marginRight { attributes.append(("fo:margin-right", right.description)) }
        switch style.lineHeight {
        case let .fixed(length)?: attributes.append(("fo:line-height", length.description))
        case let .atLeast(length)?: attributes.append(("style:line-height-at-least", length.description))
        case let .proportional(percent)?: attributes.append(("fo:line-height", "\(percent)%"))
        case nil: break
        }
        if let alignment = style.alignment { attributes.append(("fo:text-align", alignment.rawValue)) }
        if let indent = style.firstLineIndent { attributes.append(("fo:text-indent", indent.description)) }
        if style.pageBreakBefore { attributes.append(("fo:break-before", "page")) }
        if style.keepWithNext { attributes.append(("fo:keep-with-next", "always")) }
        guard !attributes.isEmpty else { return }
        try startElement("style:paragraph-properties")
        for (key, value) in attributes { try attribute(key, value) }
        try endElement()
    }
}
