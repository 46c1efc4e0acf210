import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// The memo-like ODT is strictly valid and LibreOffice lays it out over several pages.
final class TextDocumentTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try TestPaths.temporaryFolder("odt") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testMemoPassesStrictCheck() throws {
        let url = folder.appendingPathComponent("memo.odt")
        try Fixtures.memo().write(to: url)
        try ODFCheck.assertValid(url)
        try ODFCheck.assertSchemaValid(url)
    }

    func testMemoContentHasHeaderRowsHeadingsAndPageNumbers() throws {
        let url = folder.appendingPathComponent("memo.odt")
        try Fixtures.memo().write(to: url)
        let content = try unzipEntry(url, "content.xml")
        XCTAssertTrue(content.contains("<table:table-header-rows><table:table-row>"))
        XCTAssertTrue(content.contains("text:outline-level=\"1\""))
        XCTAssertTrue(content.contains("个部门。"))
        let styles = try unzipEntry(url, "styles.xml")
        XCTAssertTrue(styles.contains("<style:footer><text:p text:style-name=\"MP1\">—<text:s/><text:page-number text:select-page=\"current\"/><text:s/>—</text:p></style:footer>"))
        XCTAssertTrue(styles.contains("fo:page-width=\"210mm\""))
        XCTAssertTrue(styles.contains("style:language-asian=\"zh\" style:country-asian=\"CN\""))
        XCTAssertTrue(styles.contains("svg:font-family=\"'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC'\""))
    }

    func testMemoRendersToSeveralPages() throws {
        let url = folder.appendingPathComponent("memo.odt")
        try Fixtures.memo().write(to: url)
        let rendering = try LibreOffice.render(url)
        defer { try? FileManager.default.removeItem(at: rendering.folder) }
        XCTAssertGreaterThanOrEqual(rendering.pngs.count, 2, "the 60-row table should span pages")
    }
}
