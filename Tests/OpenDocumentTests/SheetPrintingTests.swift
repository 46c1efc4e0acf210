import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// Multi-line cell text, the print page layout and header rows repeated in print.
final class SheetPrintingTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try TestPaths.temporaryFolder("sheet-print") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func occurrences(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    func testCellTextLinesBecomeParagraphs() throws {
        let url = folder.appendingPathComponent("lines.ods")
        try SpreadsheetDocument().write(to: url) { book in
            try book.addSheet("表") { sheet in
                try sheet.appendRow { row in
                    try row.string("第一行\n第二行")
                    try row.string("甲\r\n\r\n乙\r丙  ")
                    try row.cell(Cell(.string("公式\n结果"), formula: Formula("\"x\""), annotation: "注一\r\n注二"))
                    try row.string("单行  两个空格")
                }
            }
        }
        let content = try unzipEntry(url, "content.xml")
        XCTAssertTrue(content.contains("office:value-type=\"string\"><text:p>第一行</text:p><text:p>第二行</text:p></table:table-cell>"), content)
        XCTAssertTrue(content.contains("<text:p>甲</text:p><text:p></text:p><text:p>乙</text:p><text:p>丙<text:s text:c=\"2\"/></text:p>"), content)
        XCTAssertTrue(content.contains("<office:annotation><text:p>注一</text:p><text:p>注二</text:p></office:annotation><text:p>公式</text:p><text:p>结果</text:p>"), content)
        XCTAssertTrue(content.contains("<text:p>单行 <text:s/>两个空格</text:p>"), content)
        XCTAssertFalse(content.contains("text:line-break"))
        try ODFCheck.assertSchemaValid(url)
    }

    func testTextDocumentsKeepLineBreaks() throws {
        let url = folder.appendingPathComponent("lines.odt")
        try TextDocument(body: [.paragraph(Paragraph("第一行\n第二行"))]).write(to: url)
        XCTAssertTrue(try unzipEntry(url, "content.xml").contains("第一行<text:line-break/>第二行"))
    }

    func testPageLayoutIsWrittenToStyles() throws {
        var styles = SpreadsheetStyles()
        styles.pageLayout = .a4(landscape: true, scale: .fitToPages(wide: 1, tall: nil))
        let url = folder.appendingPathComponent("layout.ods")
        try SpreadsheetDocument(styles: styles).write(to: url) { book in
            try book.addSheet("表") { sheet in try sheet.appendRow([.string("甲")]) }
        }
        let xml = try unzipEntry(url, "styles.xml")
        XCTAssertTrue(xml.contains("<style:page-layout-properties fo:page-width=\"297mm\" fo:page-height=\"210mm\" style:print-orientation=\"landscape\" fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"1.5cm\" fo:margin-right=\"1.5cm\" style:scale-to-X=\"1\" style:writing-mode=\"lr-tb\"/>"), xml)
        try ODFCheck.assertSchemaValid(url)

        var other = SheetPageLayout.a4(landscape: false, scale: .percent(80))
        other.centredHorizontally = true
        XCTAssertEqual(other.attributes.map(\.0), ["fo:page-width", "fo:page-height", "style:print-orientation", "fo:margin-top",
                                                   "fo:margin-bottom", "fo:margin-left", "fo:margin-right", "style:scale-to",
                                                   "style:table-centering", "style:writing-mode"])
        XCTAssertEqual(other.attributes[2].1, "portrait")
        XCTAssertEqual(other.attributes[7].1, "80%")
        XCTAssertEqual(SheetPageLayout().attributes.map(\.0), ["style:writing-mode"])
        XCTAssertEqual(SheetPageLayout(scale: .fitToPages(wide: 2, tall: 3)).attributes.map { "\($0.0)=\($0.1)" },
                       ["style:scale-to-X=2", "style:scale-to-Y=3", "style:writing-mode=lr-tb"])
    }

    /// The table body between `<table:table …>` and `</table:table>` of the first sheet.
    private func sheetXML(_ url: URL) throws -> String {
        let content = try unzipEntry(url, "content.xml")
        let start = content.range(of: "<table:table ")!.lowerBound
        let end = content.range(of: "</table:table>")!.upperBound
        return String(content[start..<end])
    }

    func testHeaderRowsWrapExactlyTheFirstRows() throws {
        let url = folder.appendingPathComponent("header.ods")
        try SpreadsheetDocument().write(to: url) { book in
            try book.addSheet("表", options: SheetOptions(printHeaderRows: 3)) { sheet in
                try sheet.appendRow([.string("标题")])
                try sheet.appendEmptyRows(4)   // two inside the header, two after it
                try sheet.appendRow([.string("甲")])
            }
        }
        let table = try sheetXML(url)
        let emptyRun = "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell/></table:table-row>"
        XCTAssertTrue(table.contains("<table:table-header-rows><table:table-row><table:table-cell office:value-type=\"string\"><text:p>标题</text:p></table:table-cell></table:table-row>"
                                     + emptyRun + "</table:table-header-rows>" + emptyRun + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>甲</text:p>"), table)
        try ODFCheck.assertSchemaValid(url)
    }

    func testHeaderRowsCloseWhenTheSheetIsShorter() throws {
        let url = folder.appendingPathComponent("short.ods")
        try SpreadsheetDocument().write(to: url) { book in
            try book.addSheet("表", options: SheetOptions(printHeaderRows: 2)) { sheet in
                try sheet.appendRow([.string("标题")])
            }
            try book.addSheet("二", options: SheetOptions(printHeaderRows: 5)) { sheet in
                try sheet.appendRow([.string("标题")])
                try sheet.appendEmptyRows(2)
            }
        }
        let content = try unzipEntry(url, "content.xml")
        XCTAssertEqual(occurrences("<table:table-header-rows>", in: content), 2)
        XCTAssertEqual(occurrences("</table:table-row></table:table-header-rows></table:table>", in: content), 2, content)
        try ODFCheck.assertSchemaValid(url)
    }

    /// LibreOffice prints a long sheet landscape, one page wide, with the header
    /// row on every page, and shows both lines of a two-line cell.
    func testLibreOfficePrintsLandscapeFitToWidthWithRepeatedHeader() throws {
        var styles = SpreadsheetStyles()
        styles.pageLayout = .a4(landscape: true, scale: .fitToPages(wide: 1, tall: nil))
        let wrap = styles.add(CellStyle(wrap: true))
        let columns = 30
        let url = folder.appendingPathComponent("print.ods")
        try SpreadsheetDocument(styles: styles).write(to: url) { book in
            try book.addSheet("表", options: SheetOptions(frozenRows: 1, printHeaderRows: 1)) { sheet in
                try sheet.appendRow { row in
                    try row.string("表头甲\n表头乙", style: wrap)
                    for c in 1..<columns { try row.string("列\(c)") }
                }
                for r in 1...150 {
                    try sheet.appendRow { row in
                        try row.string("行\(r)")
                        for c in 1..<columns { try row.float(r * 100 + c) }
                    }
                }
            }
        }
        let rendering = try LibreOffice.render(url)
        defer { try? FileManager.default.removeItem(at: rendering.folder) }
        guard let pdftotext = Tools.which("pdftotext"), let pdfinfo = Tools.which("pdfinfo") else {
            throw XCTSkip("pdftotext/pdfinfo (poppler-utils) are not installed")
        }
        let info = try runProcess(pdfinfo, [rendering.pdf.path]).stdout
        XCTAssertTrue(info.contains("841.89 x 595.") || info.contains("842 x 595"), "landscape A4: \(info)")
        XCTAssertGreaterThanOrEqual(rendering.pngs.count, 2, "150 rows need several pages")
        for page in 1...rendering.pngs.count {
            let text = try runProcess(pdftotext, ["-f", String(page), "-l", String(page), rendering.pdf.path, "-"]).stdout
            XCTAssertTrue(text.contains("表头甲") && text.contains("表头乙"), "header on page \(page): \(text.prefix(200))")
            XCTAssertTrue(text.contains("列\(columns - 1)"), "last column on page \(page) (fit to width)")
        }
        let csv = try String(contentsOf: rendering.csvs[0], encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("\"表头甲\n表头乙\","), String(csv.prefix(80)))
    }
}
