import Foundation
@testable import Reports
import TestSupport
import XCTest

/// The same input gives the same bytes: twice in a row, and from a copy of
/// the input folder somewhere else (names in the workbook are relative to
/// the input folder).
final class WorkbookDeterminismTests: XCTestCase {
    func testSameInputSameBytes() throws {
        let first = try runReport()
        let second = try runReport()
        let copy = try temporaryFolder("fixtures-copy").appendingPathComponent("Fixtures")
        try FileManager.default.copyItem(at: fixturesFolder, to: copy)
        let third = try runReport(copy)
        XCTAssertEqual(first.written.count, second.written.count)
        XCTAssertFalse(first.written.isEmpty)
        for ((a, b), c) in zip(zip(first.written, second.written), third.written) {
            XCTAssertEqual(a.lastPathComponent, b.lastPathComponent)
            let bytes = try Data(contentsOf: a)
            XCTAssertEqual(bytes, try Data(contentsOf: b), "\(a.path) differs between two runs")
            XCTAssertEqual(bytes, try Data(contentsOf: c), "\(a.path) differs when the input folder moves")
        }
    }

    func testSyntheticRegionSameBytes() throws {
        let region = try syntheticRegion()
        let first = try runReport(region)
        let second = try runReport(region)
        for (a, b) in zip(first.written, second.written) {
            XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b), a.lastPathComponent)
        }
    }
}
