import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// Languages of the default style, fonts per script, letter spacing, punctuation
/// wrap and rows kept together: written once each, strictly valid, and what
/// LibreOffice makes of them.
final class TextLayoutPropertiesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try TestPaths.temporaryFolder("odt-props") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private static let serif = FontFace(name: "Noto Serif CJK SC", families: ["Noto Serif CJK SC"], generic: .roman)
    private static let sans = FontFace(name: "Noto Sans CJK SC", families: ["Noto Sans CJK SC"], generic: .swiss)

    /// `<style:text-properties …/>` elements of `xml`.
    private func textProperties(_ xml: String) -> [String] {
        xml.components(separatedBy: "<style:text-properties").dropFirst().map { String($0.prefix { $0 != ">" }) }
    }

    private func occurrences(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    func testDefaultStyleIsWesternEnglishAndAsianChinese() throws {
        let url = folder.appendingPathComponent("lang.odt")
        try TextDocument(body: [.paragraph(Paragraph("2 个部门收入总计共 22,465.86 万元"))]).write(to: url)
        let styles = try unzipEntry(url, "styles.xml")
        XCTAssertTrue(styles.contains("<style:default-style style:family=\"paragraph\"><style:text-properties fo:language=\"en\" fo:country=\"US\" style:language-asian=\"zh\" style:country-asian=\"CN\""), styles)
        XCTAssertFalse(styles.contains("fo:language=\"zh\""))
    }

    func testFontAndAsianFontWriteOneAttributeEach() throws {
        let both = TextStyle(font: Self.serif, asianFont: Self.sans)
        let url = folder.appendingPathComponent("fonts.odt")
        let document = TextDocument(body: [
            .paragraph(Paragraph(style: ParagraphStyle(text: both), content: [.text("甲", style: TextStyle(bold: true, font: Self.sans, asianFont: Self.serif))])),
            .paragraph(Paragraph("乙", style: ParagraphStyle(text: TextStyle(font: Self.serif)))),
        ])
        try document.write(to: url)
        let content = try unzipEntry(url, "content.xml")
        let properties = textProperties(content)
        XCTAssertEqual(properties.count, 3, content)
        for element in properties {
            XCTAssertEqual(occurrences("style:font-name-asian=", in: element), 1, element)
            XCTAssertEqual(occurrences("style:font-name=", in: element), 1, element)
        }
        XCTAssertTrue(properties.contains { $0.contains("style:font-name=\"Noto Serif CJK SC\" style:font-name-asian=\"Noto Sans CJK SC\"") }, "\(properties)")
        XCTAssertTrue(properties.contains { $0.contains("style:font-name=\"Noto Sans CJK SC\" style:font-name-asian=\"Noto Serif CJK SC\"") }, "\(properties)")
        // A font alone serves both scripts.
        XCTAssertTrue(properties.contains { $0.contains("style:font-name=\"Noto Serif CJK SC\" style:font-name-asian=\"Noto Serif CJK SC\"") }, "\(properties)")
        // Well-formed (a duplicate attribute is a fatal XML error) and valid.
        try ODFCheck.assertSchemaValid(url)
    }

    func testLetterSpacingPunctuationWrapAndKeptRowsAreWrittenAndValid() throws {
        let style = ParagraphStyle(text: TextStyle(fontSize: 16, letterSpacing: .pt(-0.25)), punctuationWrap: .simple)
        let cell = ParagraphStyle(punctuationWrap: .hanging)
        let table = TextTable(columns: [.mm(40), .mm(40)], headerRows: [[TextTableCell("名称", style: cell), TextTableCell("金额")]],
                              rows: [[TextTableCell("甲"), TextTableCell("1")], [TextTableCell("乙"), TextTableCell("2")]],
                              keepRowsTogether: true)
        let loose = TextTable(columns: [.mm(40)], rows: [[TextTableCell("丙")]])
        let url = folder.appendingPathComponent("props.odt")
        try TextDocument(body: [.paragraph(Paragraph("正文", style: style)), .table(table), .table(loose)]).write(to: url)
        let content = try unzipEntry(url, "content.xml")
        XCTAssertTrue(content.contains("style:punctuation-wrap=\"simple\""), content)
        XCTAssertTrue(content.contains("style:punctuation-wrap=\"hanging\""), content)
        XCTAssertTrue(content.contains("fo:letter-spacing=\"-0.25pt\""), content)
        XCTAssertTrue(content.contains("<style:style style:name=\"TabRow1\" style:family=\"table-row\"><style:table-row-properties fo:keep-together=\"always\"/></style:style>"), content)
        // Every row of the kept table (header included) has the style, the other table's rows none.
        XCTAssertEqual(occurrences("<table:table-row table:style-name=\"TabRow1\">", in: content), 3)
        XCTAssertEqual(occurrences("<table:table-row>", in: content), 1)
        try ODFCheck.assertSchemaValid(url)
    }

    func testNoRowStyleWithoutKeptTables() throws {
        let url = folder.appendingPathComponent("plain.odt")
        try TextDocument(body: [.table(TextTable(columns: [.mm(40)], rows: [[TextTableCell("甲")]]))]).write(to: url)
        XCTAssertFalse(try unzipEntry(url, "content.xml").contains("table-row-properties"))
    }

    /// 16 pt text in a 156 mm line (GB/T 9704's type area): 27 characters fit
    /// without letter spacing, 28 with −0.25 pt. Numbers are never split (they
    /// were with a Western language `zh`) and a comma ending a full line is not
    /// lost (it was with hanging punctuation): the number and the comma are tried
    /// at every position around the line's end.
    func testLibreOfficeFits28CharactersKeepsNumbersWholeAndPunctuation() throws {
        let page = PageLayout.a4(top: 37, bottom: 35, left: 28, right: 26)
        func style(_ spacing: Length?) -> ParagraphStyle {
            ParagraphStyle(text: TextStyle(fontSize: 16, font: Self.serif, letterSpacing: spacing), alignment: .justify,
                           punctuationWrap: .simple)
        }
        var body: [Block] = [.paragraph(Paragraph(String(repeating: "国", count: 60), style: style(nil))),
                             .paragraph(Paragraph(String(repeating: "国", count: 60), style: style(.pt(-0.25))))]
        let shifts = 18...28
        for k in shifts {
            body.append(.paragraph(Paragraph(String(repeating: "国", count: k) + "22,465.86万元，95.99%。", style: style(.pt(-0.25)))))
            body.append(.paragraph(Paragraph(String(repeating: "国", count: k) + "，国、国。", style: style(.pt(-0.25)))))
        }
        let url = folder.appendingPathComponent("pitch.odt")
        try TextDocument(page: page, body: body).write(to: url)
        let rendering = try LibreOffice.render(url)
        defer { try? FileManager.default.removeItem(at: rendering.folder) }
        guard let pdftotext = Tools.which("pdftotext") else { throw XCTSkip("pdftotext (poppler-utils) is not installed") }
        let lines = try runProcess(pdftotext, ["-layout", rendering.pdf.path, "-"]).stdout
            .split(separator: "\n").map { $0.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }
        let full = lines.filter { $0.allSatisfy { $0 == "国" } }
        XCTAssertEqual(full.prefix(2).map(\.count), [27, 27], "without spacing: \(lines)")
        XCTAssertEqual(full.dropFirst(3).prefix(2).map(\.count), [28, 28], "with −0.25 pt: \(lines)")
        let count = { (needle: String) in lines.reduce(0) { $0 + $1.components(separatedBy: needle).count - 1 } }
        XCTAssertEqual(count("22,465.86"), shifts.count, "a number was split: \(lines)")
        XCTAssertEqual(count("95.99%"), shifts.count, "a number was split: \(lines)")
        XCTAssertEqual(count("，"), 2 * shifts.count, "a comma was lost: \(lines)")
        XCTAssertEqual(count("、"), shifts.count, "an enumeration comma was lost: \(lines)")
    }

    /// Tall rows (six lines each) over several pages: with keepRowsTogether no
    /// row is split by a page break; without it LibreOffice splits some.
    func testLibreOfficeKeepsTallRowsOnOnePage() throws {
        func pagesSplittingRows(keep: Bool) throws -> Int {
            let rows = (1...30).map { r in
                [TextTableCell((1...6).map { Paragraph("行\(r)之\($0)") }), TextTableCell("\(r)")]
            }
            let table = TextTable(columns: [.mm(60), .mm(20)], rows: rows, keepRowsTogether: keep)
            let url = folder.appendingPathComponent("rows-\(keep).odt")
            try TextDocument(body: [.paragraph(Paragraph("表前")), .table(table)]).write(to: url)
            let rendering = try LibreOffice.render(url)
            defer { try? FileManager.default.removeItem(at: rendering.folder) }
            guard let pdftotext = Tools.which("pdftotext") else { throw XCTSkip("pdftotext (poppler-utils) is not installed") }
            let pages = try (1...rendering.pngs.count).map { page in
                try runProcess(pdftotext, ["-f", String(page), "-l", String(page), rendering.pdf.path, "-"]).stdout
            }
            let split = (1...30).filter { r in
                pages.filter { text in (1...6).contains { text.contains("行\(r)之\($0)\n") } }.count > 1
            }.count
            XCTAssertGreaterThanOrEqual(rendering.pngs.count, 3)
            return split
        }
        // Called outside the assertions: a skip (no LibreOffice) must propagate as a skip,
        // not be recorded as an error thrown inside an assertion's autoclosure.
        let kept = try pagesSplittingRows(keep: true)
        let free = try pagesSplittingRows(keep: false)
        XCTAssertEqual(kept, 0, "a kept row was split across pages")
        XCTAssertGreaterThan(free, 0, "the test should split rows without the option")
    }
}
