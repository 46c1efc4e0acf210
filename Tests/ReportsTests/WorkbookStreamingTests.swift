import Foundation
import OpenDocument
@testable import Reports
import XCTest

/// The workbook is written in two passes over the same sheet functions: a
/// measuring pass that keeps no rows, then the writing pass that streams them.
/// The measuring pass must still find what the whole sheets would give (row
/// counts, column widths, options), because the sheets are declared with them
/// before their rows are written.
final class WorkbookStreamingTests: XCTestCase {
    func testMeasuringKeepsNoRowsYetFindsWhatTheWholeSheetsGive() throws {
        let inputs = try ReportRunner.prepare(input: fixturesFolder)
        XCTAssertFalse(inputs.groups.isEmpty)
        for group in inputs.groups {
            var whole = WorkbookLayout(group: group.metrics, findings: group.findings)
            let kept = whole.sheets()
            var measuring = WorkbookLayout(group: group.metrics, findings: group.findings)
            let measured = measuring.sheets(into: .measure)
            XCTAssertEqual(measured.map(\.name), ComparisonWorkbook.sheetNames)
            for (sheet, reference) in zip(measured, kept) {
                let label = "\(group.folderName) \(sheet.name)"
                XCTAssertTrue(sheet.rows.isEmpty, "\(label): the measuring pass keeps no rows")
                XCTAssertGreaterThan(reference.rows.count, 1, label)
                XCTAssertEqual(sheet.nextRow, reference.rows.count, label)
                XCTAssertEqual(sheet.widths(), reference.widths(), label)
                XCTAssertEqual(sheet.options, reference.options, label)
            }
        }
    }
}
