import Foundation
@testable import Reports
import TestSupport
import XCTest

/// LibreOffice recalculates every formula of the workbook (ratios, ranks,
/// deviations, pooled values, means, medians, totals, execution rates,
/// differences) to the value we cached.
final class WorkbookRecalculationTests: XCTestCase {
    func testSeedWorkbooksRecalculateToCachedValues() throws {
        let summary = try runReport()
        var compared = 0
        for group in summary.groups {
            compared += try LibreOffice.assertFormulasMatchCachedValues(try XCTUnwrap(group.written.first))
        }
        // 15 metrics × (value, rank, deviation) per department and the group rows, operands, totals…
        XCTAssertGreaterThan(compared, 300)
    }

    /// A larger group: outliers, fallbacks, zero and missing inputs, 决算 projects.
    func testSyntheticWorkbooksRecalculateToCachedValues() throws {
        let summary = try runReport(try syntheticRegion())
        for group in summary.groups {
            let compared = try LibreOffice.assertFormulasMatchCachedValues(try XCTUnwrap(group.written.first))
            XCTAssertGreaterThan(compared, 40 * group.departments)
        }
    }
}
