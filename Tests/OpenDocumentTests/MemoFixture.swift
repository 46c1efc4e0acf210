import Foundation
@testable import OpenDocument

extension Fixtures {
    static let titleFont = FontFace(name: "小标宋", families: ["FZXiaoBiaoSong-B05S", "Noto Serif CJK SC"], generic: .roman)
    static let bodyFont = FontFace(name: "仿宋", families: ["FangSong_GB2312", "FangSong", "Noto Serif CJK SC"], generic: .roman)
    static let headingFont = FontFace(name: "黑体", families: ["SimHei", "Noto Sans CJK SC"], generic: .swiss)

    /// A GB/T 9704-style memo: title, headings, body with fixed line height, a table
    /// spanning pages with a repeating header row, and a "— N —" page-number footer.
    static func memo(tableRows: Int = 60) -> TextDocument {
        // Body height = 297 − 37 − 35 mm = 225 mm; the footer (7 mm + 7 mm gap) sits inside the 35 mm.
        var page = PageLayout.a4(top: 37, bottom: 21, left: 28, right: 26)
        page.footerHeight = .mm(7)
        page.footerSpacing = .mm(7)
        let body = TextStyle(fontSize: 16, font: bodyFont)
        let bodyParagraph = ParagraphStyle(text: body, alignment: .justify, firstLineIndent: .characters(2, fontSize: 16),
                                           lineHeight: .fixed(.pt(28.95)))
        let title = ParagraphStyle(text: TextStyle(fontSize: 22, font: titleFont), alignment: .center,
                                   lineHeight: .fixed(.pt(28.95)), marginBottom: .pt(28.95))
        let heading = ParagraphStyle(text: TextStyle(fontSize: 16, font: headingFont), firstLineIndent: .characters(2, fontSize: 16),
                                     lineHeight: .fixed(.pt(28.95)), keepWithNext: true)
        let cellText = ParagraphStyle(text: TextStyle(fontSize: 12, font: bodyFont), alignment: .center)
        let cellNumber = ParagraphStyle(text: TextStyle(fontSize: 12, font: bodyFont), alignment: .end)
        let headerCell = ParagraphStyle(text: TextStyle(bold: true, fontSize: 12, font: headingFont), alignment: .center)

        var document = TextDocument(
            page: page, defaultText: TextStyle(fontSize: 16, font: bodyFont),
            footer: TextDocument.pageNumberFooter(style: ParagraphStyle(text: TextStyle(fontSize: 14, font: .notoSerifCJK))),
            metadata: DocumentMetadata(title: "2024年度部门预算对比分析备忘录"))
        document.append(.paragraph(Paragraph("关于2024年度部门预算公开情况的对比分析", style: title)))
        document.append(.heading(Paragraph("一、总体情况", style: heading), level: 1))
        document.append(.paragraph(Paragraph(style: bodyParagraph, content: [
            .text("本次共比较"), .text("42", style: TextStyle(bold: true)),
            .text("个部门。公用经费人均最高的是自治区财政厅（12.34万元/人），最低的是某某县林业局（2.10万元/人），中位数为5.67万元/人。"),
        ])))
        document.append(.heading(Paragraph("二、“三公”经费", style: heading), level: 1))
        document.appendParagraph("“三公”经费占财政拨款支出的比重中位数为0.42%。以下附表列出各部门数据 & 来源。", style: bodyParagraph)
        document.append(.table(TextTable(
            columns: [.mm(60), .mm(30), .mm(35), .mm(30)],
            headerRows: [["单位名称", "在职人数", "公用经费(万元)", "占比"].map { TextTableCell($0, style: headerCell, background: Color(hex: "#e7e6e6")) }],
            rows: (1...tableRows).map { i in
                [TextTableCell(String(format: "某某市第%02d局", i), style: cellText),
                 TextTableCell(String(10 + i), style: cellNumber),
                 TextTableCell(String(format: "%.2f", Double(i) * 12.5), style: cellNumber),
                 TextTableCell(String(format: "%.2f%%", Double(i) / 7), style: cellNumber)]
            })))
        document.appendHeading("三、数据质量", level: 1, style: heading)
        document.appendParagraph("所有数据均来自部门预算公开文本，经自动核对。", style: bodyParagraph)
        return document
    }
}
