import Foundation
import XCTest
import OpenDocument  // public API only, as Reports uses it
import TestSupport

/// The usage examples of the report and docs, compiled and checked.
final class UsageExampleTests: XCTestCase {
    struct Department { let name: String; let publicFunds: Decimal; let fiscal: Decimal }

    func testStreamedWorkbookExample() throws {
        let url = try TestPaths.temporaryFolder("usage").appendingPathComponent("比较分析表.ods")
        let departments = [Department(name: "自治区财政厅", publicFunds: Decimal(string: "531.03")!, fiscal: Decimal(string: "7688.96")!),
                           Department(name: "某某市教育局", publicFunds: Decimal(string: "120.5")!, fiscal: 0)]

        // 1. Register every style up front (content.xml lists them before the rows).
        var styles = SpreadsheetStyles()
        let header = styles.add(CellStyle(bold: true, alignment: .center, background: Color(hex: "#DDEBF7"), borders: .all(.thin)))
        let amount = styles.add(CellStyle(numberFormat: .amount))              // #,##0.00
        let percent = styles.add(CellStyle(numberFormat: .percent(decimals: 2)))
        let wide = styles.add(ColumnStyle(width: .cm(6)))
        // 2. Stream sheets and rows; the file appears only if everything succeeds.
        try SpreadsheetDocument(styles: styles, metadata: DocumentMetadata(title: "比较分析表")).write(to: url) { book in
            try book.addSheet("指标汇总", columns: [Column(style: wide), Column(defaultCellStyle: amount, count: 2),
                                                  Column(defaultCellStyle: percent)],
                              options: SheetOptions(frozenRows: 1, autoFilter: true)) { sheet in
                try sheet.appendRow { row in
                    for title in ["单位名称", "公用经费", "财政拨款", "占比"] { try row.string(title, style: header) }
                }
                for (i, d) in departments.enumerated() {
                    let r = i + 2  // 1-based row number in formulas
                    try sheet.appendRow { row in
                        try row.cell(Cell(.string(d.name), annotation: "表1 第87行"))  // provenance note
                        try row.float(d.publicFunds)                                      // Decimal, written exactly
                        try row.float(d.fiscal)
                        let cached: CellValue = d.fiscal == 0 ? .string("—")
                            : .percentage(NumericValue(NSDecimalNumber(decimal: d.publicFunds / d.fiscal).doubleValue))
                        try row.formula(Formula("IFERROR([.B\(r)]/[.C\(r)];\"—\")"), cached: cached)
                    }
                }
                try sheet.appendRow { row in
                    try row.string("合计", style: header)
                    try row.formula(Formula("SUM([.B2:.B\(departments.count + 1)])"), cached: .float(NumericValue(departments.reduce(0) { $0 + $1.publicFunds })))
                }
            }
        }
        try ODFCheck.assertValid(url)
    }

    func testMemoExample() throws {
        let url = try TestPaths.temporaryFolder("usage").appendingPathComponent("对比分析备忘录.odt")
        let song = FontFace(name: "仿宋", families: ["FangSong", "Noto Serif CJK SC"], generic: .roman)
        let hei = FontFace(name: "黑体", families: ["SimHei", "Noto Sans CJK SC"], generic: .swiss)
        let body = ParagraphStyle(text: TextStyle(fontSize: 16, font: song), alignment: .justify,
                                  firstLineIndent: .characters(2, fontSize: 16), lineHeight: .fixed(.pt(28.95)))
        var page = PageLayout.a4(top: 37, bottom: 21, left: 28, right: 26)  // footer 7 + 7 mm inside the 35 mm
        page.footerHeight = .mm(7)
        page.footerSpacing = .mm(7)
        var memo = TextDocument(page: page, defaultText: TextStyle(fontSize: 16, font: song),
                                footer: TextDocument.pageNumberFooter(style: ParagraphStyle(text: TextStyle(fontSize: 14))))
        memo.appendParagraph("关于部门预算的对比分析", style: ParagraphStyle(text: TextStyle(fontSize: 22), alignment: .center))
        memo.appendHeading("一、总体情况", level: 1, style: ParagraphStyle(text: TextStyle(fontSize: 16, font: hei), keepWithNext: true))
        memo.append(.paragraph(Paragraph(style: body, content: [.text("共比较"), .text("42", style: TextStyle(bold: true)), .text("个部门。")])))
        memo.append(.table(TextTable(columns: [.mm(80), .mm(40)],
                                     headerRows: [[TextTableCell("单位"), TextTableCell("人均公用经费")]],
                                     rows: [[TextTableCell("自治区财政厅"), TextTableCell("12.34")]])))
        try memo.write(to: url)
        try ODFCheck.assertValid(url)
    }
}
