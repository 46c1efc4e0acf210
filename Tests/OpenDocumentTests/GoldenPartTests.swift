import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// The XML parts of small documents, compared with checked-in golden files
/// (`RECORD_GOLDEN=1 swift test` re-records them).
final class GoldenPartTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try TestPaths.temporaryFolder("golden") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testTinySpreadsheetParts() throws {
        let url = folder.appendingPathComponent("tiny.ods")
        try Fixtures.writeTinyWorkbook(to: url)
        for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"] {
            let name = "tiny-ods-" + part.replacingOccurrences(of: "/", with: "-")
            assertGolden(xmlLines(try unzipEntry(url, part)), named: name)
        }
    }

    func testTinyTextDocumentParts() throws {
        let url = folder.appendingPathComponent("tiny.odt")
        try Fixtures.memo(tableRows: 2).write(to: url)
        for part in ["content.xml", "styles.xml", "META-INF/manifest.xml"] {
            let name = "tiny-odt-" + part.replacingOccurrences(of: "/", with: "-")
            assertGolden(xmlLines(try unzipEntry(url, part)), named: name)
        }
    }
}
