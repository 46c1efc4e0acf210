import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// `MarkupWriter` stands in for libxml2 in sheet rows: for the same calls it
/// must give libxml2's bytes exactly (entities, white space in attributes,
/// `/>` versus `</name>`, replaced control characters).
final class MarkupWriterTests: XCTestCase {
    /// The texts both writers get: entities, CR/LF/tab, quotes, CJK, astral
    /// characters, controls and U+FFFE, empty text, ODF white space.
    static let samples = [
        "", "plain", "a&b<c>d\"e'f", "tab\there", "LF\nCR\rCRLF\r\n", "  lead and trail  ", "两个  空格",
        "控制\u{0001}字符\u{000C}", "\u{FFFE}\u{FFFF}x", "😀 emoji", "of:=IF([.B2]=0;\"—\";[.C2]/[.B2])",
        "无值：公开文本未列此数\n000_48bb.txt 表1 第95行", "]]>", "\u{0000}", "\t", " ",
    ]

    /// The same calls on libxml2 (`XMLStreamWriter`) and on a `MarkupWriter`.
    private func bothWriters(_ body: (_ start: (StaticString) throws -> Void, _ attribute: (StaticString, String) throws -> Void,
                                      _ text: (String) throws -> Void, _ odfText: (String) throws -> Void,
                                      _ end: () throws -> Void) throws -> Void) throws -> (libxml2: String, ours: String) {
        let reference = MemorySink()
        let xml = try XMLStreamWriter(sink: reference)
        // As every part is written: with UTF-8 declared, libxml2 keeps non-ASCII
        // characters in attributes as they are.
        try xml.startDocument()
        try xml.startElement("root")
        try body({ try xml.startElement(String(describing: $0)) }, { try xml.attribute(String(describing: $0), $1) },
                 { try xml.text($0) }, { try xml.odfText($0) }, { try xml.endElement() })
        try xml.endElement()
        try xml.finish()

        let sink = MemorySink()
        let markup = MarkupWriter(output: sink)
        try markup.startElement(XMLName("root"))
        try body({ try markup.startElement(XMLName($0)) }, { try markup.attribute(XMLName($0), $1) },
                 { try markup.text($0) }, { try markup.odfText($0) }, { try markup.endElement() })
        try markup.endElement()
        try markup.flush()
        return (reference.string, sink.string)
    }

    func testTheSameBytesAsLibxml2() throws {
        for sample in Self.samples {
            let (libxml2, ours) = try bothWriters { start, attribute, text, odfText, end in
                try start("a")
                try attribute("k", sample)
                try text(sample)
                try end()
                try start("b")
                try end()
                try start("c")
                try attribute("v", sample)
                try end()
                try start("p")
                try odfText(sample)
                try end()
                try start("e")
                try text("")
                try end()
            }
            XCTAssertTrue(libxml2.hasSuffix(ours + "\n"), "\(sample.debugDescription):\n\(libxml2)\n\(ours)")
        }
    }

    func testRawMarkupClosesAPendingStartTagAsLibxml2Does() throws {
        let sink = MemorySink()
        let markup = MarkupWriter(output: sink)
        try markup.startElement(XMLName("table:table-header-rows"))
        try markup.appendMarkup(XMLName("<table:table-row/>"))
        try markup.endElement()
        try markup.flush()
        XCTAssertEqual(sink.string, "<table:table-header-rows><table:table-row/></table:table-header-rows>")
    }

    func testLongTextCrossesTheBuffer() throws {
        let long = String(repeating: "金额&", count: 40_000)
        let (libxml2, ours) = try bothWriters { start, _, text, _, end in
            try start("a")
            try text(long)
            try end()
        }
        XCTAssertTrue(libxml2.hasSuffix(ours + "\n"))
    }
}

/// A sheet written ahead (`BufferedSheet`) and spliced in gives the same
/// content.xml as the same rows streamed, and a valid zip.
final class BufferedSheetTests: XCTestCase {
    private func rows(_ sheet: SheetWriter, _ bold: CellStyleID) throws {
        try sheet.appendRow([.string("单位名称", style: bold), .string("金额")])
        for i in 0..<5_000 {
            try sheet.appendRow([Cell(.string("单位 \(i)"), annotation: "来源：表1 第\(i)行\n无值：公开文本未列此数"),
                                 Cell(.float(NumericValue(Decimal(i) / 7)), formula: Formula("[.A\(i + 2)]*2"))])
        }
        try sheet.appendEmptyRows(2)
    }

    func testSplicedSheetsGiveTheStreamedContent() throws {
        var styles = SpreadsheetStyles()
        let bold = styles.add(CellStyle(bold: true))
        let options = SheetOptions(frozenRows: 1, autoFilter: true, printHeaderRows: 1)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("buffered-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // The rows are written with the cell styles only; the column width is
        // registered afterwards, as the workbook registers the widths its rows gave.
        var complete = styles
        let width = complete.add(ColumnStyle(width: .cm(3)))
        let streamed = folder.appendingPathComponent("streamed.ods")
        try SpreadsheetDocument(styles: complete).write(to: streamed) { book in
            try book.addSheet("甲", columns: [Column(style: width)], options: options) { try rows($0, bold) }
            try book.addSheet("乙", columns: [Column(style: width)], options: options) { try rows($0, bold) }
        }

        var prepared: [PreparedSheet] = []
        for name in ["甲", "乙"] {
            let sheet = try BufferedSheet(name: name, options: options, styles: styles, compressionLevel: 3)
            try rows(sheet.rows, bold)
            prepared.append(try sheet.finish())
        }
        let spliced = folder.appendingPathComponent("spliced.ods")
        try SpreadsheetDocument(styles: complete).write(to: spliced) { book in
            for sheet in prepared { try book.addSheet(sheet, columns: [Column(style: width)]) }
        }
        XCTAssertEqual(try unzipEntry(spliced, "content.xml"), try unzipEntry(streamed, "content.xml"))
        XCTAssertEqual(try unzipEntry(spliced, "settings.xml"), try unzipEntry(streamed, "settings.xml"))
    }

    func testRowsNamingStylesTheDocumentLacksAreRefused() throws {
        var styles = SpreadsheetStyles()
        let bold = styles.add(CellStyle(bold: true))
        let sheet = try BufferedSheet(name: "甲", styles: styles)
        try sheet.rows.appendRow([.string("x", style: bold)])
        let prepared = try sheet.finish()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("refused-\(UUID().uuidString).ods")
        XCTAssertThrowsError(try SpreadsheetDocument().write(to: url) { book in try book.addSheet(prepared) })
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
    }
}
