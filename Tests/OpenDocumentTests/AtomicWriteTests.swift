import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// A document appears only when complete; a failure leaves neither it nor a temp file.
final class AtomicWriteTests: XCTestCase {
    private struct Boom: Error {}
    private var folder: URL!

    override func setUpWithError() throws { folder = try TestPaths.temporaryFolder("atomic") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func folderContents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
    }

    func testThrowingSpreadsheetLeavesNothingBehind() throws {
        let url = folder.appendingPathComponent("broken.ods")
        XCTAssertThrowsError(try SpreadsheetDocument().write(to: url) { book in
            try book.addSheet("A") { sheet in
                for i in 0..<1000 { try sheet.appendRow([.float(i)]) }
                throw Boom()
            }
        }) { XCTAssertTrue($0 is Boom) }
        XCTAssertEqual(try folderContents(), [])
    }

    func testInvalidSheetNameLeavesNothingBehind() throws {
        let url = folder.appendingPathComponent("bad-name.ods")
        XCTAssertThrowsError(try SpreadsheetDocument().write(to: url) { book in
            try book.addSheet("a/b") { _ in }
        })
        XCTAssertEqual(try folderContents(), [])
    }

    func testFailedRewriteKeepsThePreviousFile() throws {
        let url = folder.appendingPathComponent("keep.ods")
        try Fixtures.writeTinyWorkbook(to: url)
        let before = try Data(contentsOf: url)
        XCTAssertThrowsError(try SpreadsheetDocument().write(to: url) { _ in throw Boom() })
        XCTAssertEqual(try Data(contentsOf: url), before)
        XCTAssertEqual(try folderContents(), ["keep.ods"])
    }

    func testSuccessfulWriteLeavesOnlyTheDocument() throws {
        let url = folder.appendingPathComponent("ok.odt")
        try Fixtures.memo(tableRows: 3).write(to: url)
        XCTAssertEqual(try folderContents(), ["ok.odt"])
    }
}
