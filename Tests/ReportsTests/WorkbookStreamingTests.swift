import Foundation
import OpenDocument
@testable import Reports
import XCTest

/// The workbook is laid out once, each row deflated into a buffered sheet as
/// soon as it is laid out, and the column widths found on the way are
/// declared when the sheet is added to the document. The buffered layout must
/// keep no rows yet find what the whole sheets give (row counts, column
/// widths, options), and the result must not depend on how many threads lay
/// the sheets out.
final class WorkbookStreamingTests: XCTestCase {
    func testBufferingKeepsNoRowsYetFindsWhatTheWholeSheetsGive() throws {
        let inputs = try ReportRunner.prepare(input: fixturesFolder)
        XCTAssertFalse(inputs.groups.isEmpty)
        for group in inputs.groups {
            var whole = WorkbookLayout(group: group.metrics, findings: group.findings)
            let kept = whole.sheets()
            var buffering = WorkbookLayout(group: group.metrics, findings: group.findings)
            let buffered = buffering.sheets(into: .buffered(styles: buffering.styles.registry, compressionLevel: 1))
            XCTAssertEqual(buffered.map(\.name), ComparisonWorkbook.sheetNames)
            for (sheet, reference) in zip(buffered, kept) {
                let label = "\(group.folderName) \(sheet.name)"
                XCTAssertTrue(sheet.rows.isEmpty, "\(label): the buffered layout keeps no rows")
                XCTAssertGreaterThan(reference.rows.count, 1, label)
                XCTAssertEqual(sheet.nextRow, reference.rows.count, label)
                XCTAssertEqual(sheet.widths(), reference.widths(), label)
                XCTAssertEqual(sheet.options, reference.options, label)
                let prepared = try sheet.finish()
                XCTAssertEqual(prepared.name, sheet.name, label)
                XCTAssertGreaterThan(prepared.uncompressedSize, 0, label)
            }
        }
    }

    func testTheBytesDoNotDependOnTheNumberOfThreads() throws {
        let inputs = try ReportRunner.prepare(input: fixturesFolder)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-jobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for group in inputs.groups {
            let workbook = ComparisonWorkbook(group: group.metrics, findings: group.findings)
            var outputs: [Data] = []
            for jobs in [1, 2, 3] {
                let url = folder.appendingPathComponent("\(group.folderName)-\(jobs).ods")
                try workbook.write(to: url, jobs: jobs)
                outputs.append(try Data(contentsOf: url))
            }
            XCTAssertEqual(outputs[0], outputs[1], group.folderName)
            XCTAssertEqual(outputs[0], outputs[2], group.folderName)
        }
    }
}
