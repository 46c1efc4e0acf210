import OpenDocument

/// The memo's look, after GB/T 9704-2012 (党政机关公文格式):
///
/// - A4, margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right: a type
///   area of 156 × 225 mm.
/// - 22 lines per page: every paragraph of the body, headings included, has a
///   fixed line height of 28.95 pt (225 mm / 22 = 28.99 pt, rounded down so
///   that LibreOffice's twip rounding never pushes the 22nd line off the page).
/// - Title 22 pt (二号) in a 小标宋 face, centred; body 16 pt (三号) in a 仿宋
///   face, justified, first line indented two characters; first-level
///   headings in a 黑体 face, second-level in a 楷体 face; page numbers
///   "— N —" 14 pt (四号) in a 宋体 face, 7 mm below the type area; tables in a
///   宋体 face at 10.5 pt (五号) with borders.
///
/// Fonts: each face lists the name a bureau's Windows/WPS machine has first
/// (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体), then its English
/// name, then the Noto CJK face of Linux (fonts-noto-cjk). The list is
/// written as ODF's `svg:font-family` (a CSS list, valid ODF 1.3), which is
/// also how LibreOffice stores its own ';'-separated fallback lists. Measured
/// with LibreOffice 7.4 on Debian 12: LibreOffice does **not** fall back
/// along the list when the first name is missing — fontconfig's substitute
/// for the first name wins (Noto Sans CJK JP, a sans face, for every role).
/// On Linux, install the fontconfig aliases in `Templates/fonts/` (see
/// Templates/README.md) so that the official names resolve to the Noto
/// serif/sans faces.
///
/// Characters per line: 28 characters of 16 pt are 448 pt, the type area is
/// 442.2 pt wide, so 27 characters fit; GB/T 9704's 28 needs a character
/// pitch of 15.79 pt (a document grid or −0.21 pt letter spacing), which the
/// OpenDocument module does not write yet.
enum MemoStyles {
    /// Fixed line height of the body: 22 lines in the 225 mm type area.
    static let lineHeight = Length.pt(28.95)
    static let bodySize = 16.0
    static let titleSize = 22.0
    static let pageNumberSize = 14.0
    static let tableSize = 10.5
    static let noteSize = 14.0

    static let titleFont = FontFace(name: "方正小标宋简体", families: ["方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC"], generic: .roman)
    static let bodyFont = FontFace(name: "仿宋_GB2312", families: ["仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "Noto Serif CJK SC"], generic: .roman)
    static let headingFont = FontFace(name: "黑体", families: ["黑体", "SimHei", "Noto Sans CJK SC"], generic: .swiss)
    static let subheadingFont = FontFace(name: "楷体_GB2312", families: ["楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "Noto Serif CJK SC"], generic: .roman)
    static let songFont = FontFace(name: "宋体", families: ["宋体", "SimSun", "Noto Serif CJK SC"], generic: .roman)

    /// GB/T 9704 page: the footer (page number, 7 mm below the type area)
    /// lies inside the 35 mm bottom margin, so the margin given to the page
    /// layout is 35 − 7 − 6 mm and the body keeps its 225 mm.
    static var page: PageLayout {
        var page = PageLayout.a4(top: 37, bottom: 22, left: 28, right: 26)
        page.footerSpacing = .mm(7)
        page.footerHeight = .mm(6)
        return page
    }

    static let body = ParagraphStyle(
        text: TextStyle(fontSize: bodySize, font: bodyFont), alignment: .justify,
        firstLineIndent: .characters(2, fontSize: bodySize), lineHeight: .fixed(lineHeight))
    static let title = ParagraphStyle(
        text: TextStyle(fontSize: titleSize, font: titleFont), alignment: .center,
        lineHeight: .fixed(lineHeight), marginBottom: lineHeight)
    static let centred = ParagraphStyle(
        text: TextStyle(fontSize: bodySize, font: subheadingFont), alignment: .center, lineHeight: .fixed(lineHeight))
    static let heading1 = ParagraphStyle(
        text: TextStyle(fontSize: bodySize, font: headingFont), alignment: .justify,
        firstLineIndent: .characters(2, fontSize: bodySize), lineHeight: .fixed(lineHeight), keepWithNext: true)
    /// A first-level heading set flush left (the 附件 label of GB/T 9704 7.5).
    static let heading1Flush = ParagraphStyle(
        text: TextStyle(fontSize: bodySize, font: headingFont), alignment: .start,
        lineHeight: .fixed(lineHeight), keepWithNext: true)
    static let heading2 = ParagraphStyle(
        text: TextStyle(fontSize: bodySize, font: subheadingFont), alignment: .justify,
        firstLineIndent: .characters(2, fontSize: bodySize), lineHeight: .fixed(lineHeight), keepWithNext: true)
    /// 附注: 四号, flush left with the body's two-character indent, ragged right.
    static let note = ParagraphStyle(
        text: TextStyle(fontSize: noteSize, font: bodyFont), alignment: .start,
        firstLineIndent: .characters(2, fontSize: bodySize), lineHeight: .fixed(.pt(22)), marginTop: .pt(6))
    static let pageNumber = ParagraphStyle(
        text: TextStyle(fontSize: pageNumberSize, font: songFont), alignment: .center, lineHeight: .fixed(.pt(16)))

    static let tableHeader = ParagraphStyle(text: TextStyle(fontSize: tableSize, font: headingFont), alignment: .center)
    static let tableText = ParagraphStyle(text: TextStyle(fontSize: tableSize, font: songFont), alignment: .start)
    static let tableNumber = ParagraphStyle(text: TextStyle(fontSize: tableSize, font: songFont), alignment: .end)
    static let tableSummary = ParagraphStyle(text: TextStyle(fontSize: tableSize, font: headingFont), alignment: .start)
}
