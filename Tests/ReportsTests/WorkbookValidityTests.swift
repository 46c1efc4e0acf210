import Foundation
@testable import Reports
import TestSupport
import XCTest

/// The workbooks of the seed fixtures and of a synthetic region are strictly
/// valid ODF 1.3.
final class WorkbookValidityTests: XCTestCase {
    func testSeedWorkbooksPassStrictCheck() throws {
        let summary = try runReport()
        XCTAssertEqual(summary.groups.map { $0.folder.lastPathComponent }, fixtureGroupFolders)
        for group in summary.groups {
            let workbook = try XCTUnwrap(group.written.first)
            XCTAssertEqual(workbook.lastPathComponent, ReportOptions.defaultWorkbookName)
            try ODFCheck.assertValid(workbook)
            let memo = try XCTUnwrap(group.written.last)
            XCTAssertEqual(memo.lastPathComponent, ReportOptions.defaultMemoName)
            try ODFCheck.assertValid(memo)
        }
    }

    func testSyntheticWorkbooksPassStrictCheck() throws {
        let summary = try runReport(try syntheticRegion())
        XCTAssertEqual(summary.groups.count, 2)
        for group in summary.groups {
            try ODFCheck.assertValid(try XCTUnwrap(group.written.first))
        }
    }

    func testSeedWorkbooksPassVendoredSchema() throws {
        for group in try runReport().groups {
            try ODFCheck.assertSchemaValid(try XCTUnwrap(group.written.first))
        }
    }
}
