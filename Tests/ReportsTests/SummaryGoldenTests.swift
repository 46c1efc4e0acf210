import Foundation
@testable import Reports
import TestSupport
import XCTest

/// The stored values of 指标汇总 for the seed fixtures, as `ods-values`
/// prints them, are checked in (Golden/指标汇总-<group>.tsv): a change of any
/// ratio, rank, deviation or group statistic shows up as a line diff.
/// `RECORD_GOLDEN=1 swift test --filter SummaryGoldenTests` re-records them.
final class SummaryGoldenTests: XCTestCase {
    func testSummarySheetValues() throws {
        let summary = try runReport()
        for group in summary.groups {
            let workbook = try XCTUnwrap(group.written.first)
            let values = try storedValues(workbook, sheet: "指标汇总")
            assertGolden(values, named: "指标汇总-\(group.folder.lastPathComponent).tsv")
        }
    }

    func testSummarySheetFormulas() throws {
        let workbook = try XCTUnwrap(try runReport().groups.first?.written.first)
        let formulas = try storedValues(workbook, sheet: "指标汇总", formulas: true)
        assertGolden(formulas, named: "指标汇总-formulas-2024年-预算.tsv")
    }
}
