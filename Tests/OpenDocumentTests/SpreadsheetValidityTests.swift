import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// The representative workbook is strictly valid ODF 1.3 and LibreOffice agrees with
/// every cached formula result.
final class SpreadsheetValidityTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try TestPaths.temporaryFolder("ods") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func testRepresentativeWorkbookPassesStrictCheck() throws {
        let url = folder.appendingPathComponent("representative.ods")
        try Fixtures.writeRepresentativeWorkbook(to: url)
        try ODFCheck.assertValid(url)
    }

    func testRepresentativeWorkbookPassesVendoredSchema() throws {
        let url = folder.appendingPathComponent("representative.ods")
        try Fixtures.writeRepresentativeWorkbook(to: url)
        try ODFCheck.assertSchemaValid(url)
    }

    func testLibreOfficeRecalculatesToCachedValues() throws {
        let url = folder.appendingPathComponent("representative.ods")
        try Fixtures.writeRepresentativeWorkbook(to: url)
        let compared = try LibreOffice.assertFormulasMatchCachedValues(url)
        XCTAssertEqual(compared, 18)
    }
}
