import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// Escaping by libxml2, control characters replaced before libxml2, ODF white space.
final class XMLTextTests: XCTestCase {
    private func render(_ body: (XMLStreamWriter) throws -> Void) throws -> String {
        let sink = MemorySink()
        let xml = try XMLStreamWriter(sink: sink)
        try xml.startDocument()
        try body(xml)
        try xml.finish()
        // Drop the declaration line and the final newline libxml2 adds.
        let text = sink.string
        XCTAssertTrue(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        return String(text.drop(while: { $0 != "\n" }).dropFirst().dropLast())
    }

    func testTextAndAttributesAreEscaped() throws {
        let out = try render { xml in
            try xml.element("text:p", ["text:style-name": "a&b<\"c\">'d'"]) { try xml.text("x & y < z > \"q\"") }
        }
        XCTAssertEqual(out, "<text:p text:style-name=\"a&amp;b&lt;&quot;c&quot;&gt;'d'\">x &amp; y &lt; z &gt; &quot;q&quot;</text:p>")
    }

    func testControlCharactersBecomeReplacementCharacters() throws {
        XCTAssertEqual(XMLText.sanitized("a\u{0001}b\u{000C}c\u{FFFE}d\u{FFFF}"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
        XCTAssertEqual(XMLText.sanitized("tab\tLF\nCR\r"), "tab\tLF\nCR\r")
        let out = try render { xml in
            try xml.element("text:p", ["a": "x\u{0001}"]) { try xml.text("控制\u{0001}字符") }
        }
        XCTAssertEqual(out, "<text:p a=\"x\u{FFFD}\">控制\u{FFFD}字符</text:p>")
    }

    func testControlCharacterInACellGivesAWellFormedFile() throws {
        let folder = try TestPaths.temporaryFolder("control")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("control.ods")
        try SpreadsheetDocument().write(to: url) { book in
            try book.addSheet("控制") { sheet in try sheet.appendRow([.string("a\u{0001}b")]) }
        }
        let content = try unzipEntry(url, "content.xml")
        XCTAssertTrue(content.contains("<text:p>a\u{FFFD}b</text:p>"))
        try ODFCheck.assertValid(url)
    }

    func testWhiteSpaceIsPreservedWithODFElements() throws {
        let out = try render { xml in
            try xml.element("text:p") { try xml.odfText(" a  b\tc\r\nd ") }
        }
        XCTAssertEqual(out, "<text:p><text:s/>a <text:s/>b<text:tab/>c<text:line-break/>d<text:s/></text:p>")
        XCTAssertFalse(XMLStreamWriter.needsWhitespaceMarkup("自治区 财政厅"))
    }

    func testUnbalancedEndElementThrows() throws {
        let xml = try XMLStreamWriter(sink: MemorySink())
        XCTAssertThrowsError(try xml.endElement())
    }

    func testSinkErrorsSurfaceFromTheWriter() throws {
        final class FailingSink: ByteSink {
            struct Full: Error {}
            func write(_ bytes: UnsafeRawBufferPointer) throws { throw Full() }
        }
        let xml = try XMLStreamWriter(sink: FailingSink())
        XCTAssertThrowsError(try {
            try xml.startElement("a")
            for _ in 0..<10_000 { try xml.text("0123456789") }
            try xml.finish()
        }()) { XCTAssertTrue($0 is FailingSink.Full, "\($0)") }
    }
}
