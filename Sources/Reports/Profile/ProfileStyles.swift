import OpenDocument

/// The look of a department profile: a one-page A4 data sheet, 黑体 for the
/// title and headings, 宋体 for text and tables (small sizes read best in a
/// 宋体 face), each with the Noto CJK face as the fallback every Linux
/// reader has. LibreOffice uses only the first family it finds (see
/// `FontFace`), so the common Windows face comes first.
enum ProfileStyles {
    static let heiti = FontFace(name: "黑体", families: ["SimHei", "Noto Sans CJK SC"], generic: .swiss)
    static let songti = FontFace(name: "宋体", families: ["SimSun", "Noto Serif CJK SC"], generic: .roman)

    /// A4 with 15/12/20/20 mm margins and no header or footer: the profile is one page.
    static let page = PageLayout.a4(top: 15, bottom: 12, left: 20, right: 20)
    /// Width of the text area: 210 − 20 − 20 mm.
    static let textWidth = 170.0

    static let defaultText = TextStyle(fontSize: 10.5, font: songti)

    static let title = ParagraphStyle(
        text: TextStyle(fontSize: 16, font: heiti), alignment: .center, marginBottom: .mm(1))
    static let subtitle = ParagraphStyle(
        text: TextStyle(fontSize: 11, font: heiti), alignment: .center, marginBottom: .mm(1.5))
    static let info = ParagraphStyle(
        text: TextStyle(fontSize: 9, font: songti), alignment: .start, lineHeight: .fixed(.pt(12)))
    static let heading = ParagraphStyle(
        text: TextStyle(fontSize: 11, font: heiti), marginTop: .mm(2.5), marginBottom: .mm(1),
        keepWithNext: true)
    static let note = ParagraphStyle(
        text: TextStyle(fontSize: 8, font: songti, color: Color(red: 0x40, green: 0x40, blue: 0x40)), alignment: .justify,
        lineHeight: .fixed(.pt(10)), marginTop: .mm(0.8))
    static let body = ParagraphStyle(
        text: TextStyle(fontSize: 9.5, font: songti), alignment: .justify, lineHeight: .fixed(.pt(13)), marginBottom: .mm(1))

    /// Line height of table text: the CJK faces' own line height (about 1.45 em)
    /// would push a 决算 profile (18 metrics) onto a second page.
    static let cellLine = LineHeight.fixed(.pt(11))

    static let cellText = ParagraphStyle(text: TextStyle(fontSize: 8.5, font: songti), alignment: .start, lineHeight: cellLine)
    static let cellNumber = ParagraphStyle(text: TextStyle(fontSize: 8.5, font: songti), alignment: .end, lineHeight: cellLine)
    static let cellCenter = ParagraphStyle(text: TextStyle(fontSize: 8.5, font: songti), alignment: .center, lineHeight: cellLine)
    static let cellSmall = ParagraphStyle(text: TextStyle(fontSize: 7.5, font: songti), alignment: .start,
                                         lineHeight: .fixed(.pt(9.5)))
    static let headerCell = ParagraphStyle(
        text: TextStyle(bold: true, fontSize: 8.5, font: heiti), alignment: .center, lineHeight: cellLine)
    static let headerFill = Color(red: 0xE7, green: 0xE6, blue: 0xE6)
    /// Marks a value beyond the group's interquartile fences.
    static let outlierFill = Color(red: 0xFD, green: 0xE9, blue: 0xD9)

    /// Padding inside table cells.
    static let cellPadding = Length.mm(0.5)

    static func headerRow(_ titles: [String]) -> [TextTableCell] {
        titles.map { TextTableCell($0, style: headerCell, background: headerFill) }
    }
}
