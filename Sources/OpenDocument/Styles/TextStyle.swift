/// The look of a run of text (`text:span`), also used inside cell and paragraph styles.
/// Equal values share one automatic style (`T1`, `T2`, …).
public struct TextStyle: Sendable, Hashable {
    /// Bold (both scripts).
    public var bold = false
    /// Italic (both scripts).
    public var italic = false
    /// A solid underline.
    public var underline = false
    /// Size in points, both scripts.
    public var fontSize: Double?
    /// Font for both scripts (overridden for CJK by `asianFont`).
    public var font: FontFace?
    /// Font for CJK text (`style:font-name-asian`), e.g. a 仿宋 face.
    public var asianFont: FontFace?
    /// Text colour.
    public var color: Color?

    /// Creates a text style; everything defaults to the paragraph's style.
    public init(bold: Bool = false, italic: Bool = false, underline: Bool = false, fontSize: Double? = nil,
                font: FontFace? = nil, asianFont: FontFace? = nil, color: Color? = nil) {
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.fontSize = fontSize
        self.font = font
        self.asianFont = asianFont
        self.color = color
    }

    /// Fonts this style refers to.
    var fonts: [FontFace] { [font, asianFont].compactMap { $0 } }
}
