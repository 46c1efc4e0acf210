import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// The same input gives the same bytes (pinned timestamps, first-use style names).
final class DeterminismTests: XCTestCase {
    func testSpreadsheetIsByteIdenticalWhenWrittenTwice() throws {
        let folder = try TestPaths.temporaryFolder("determinism")
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.ods"), b = folder.appendingPathComponent("b.ods")
        try Fixtures.writeRepresentativeWorkbook(to: a)
        try Fixtures.writeRepresentativeWorkbook(to: b)
        XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b))
    }

    func testTextDocumentIsByteIdenticalWhenWrittenTwice() throws {
        let folder = try TestPaths.temporaryFolder("determinism")
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.odt"), b = folder.appendingPathComponent("b.odt")
        try Fixtures.memo().write(to: a)
        try Fixtures.memo().write(to: b)
        XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b))
    }
}
