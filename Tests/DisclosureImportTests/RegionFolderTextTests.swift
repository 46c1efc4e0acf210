import BudgetModel
import DisclosureImport
import XCTest

/// A region folder of disclosure texts loads through the importer, each
/// department with its import report.
final class RegionFolderTextTests: XCTestCase {
    func testSeedsFolderLoadsEveryDisclosure() throws {
        let load = try RegionFolder.load(SeedFiles.seeds)
        XCTAssertTrue(load.failures.isEmpty, "\(load.failures)")
        XCTAssertEqual(load.departments.map { URL(fileURLWithPath: $0.file).lastPathComponent }, SeedFiles.names)
        XCTAssertEqual(load.departments.map(\.department.identity.year), [2024, 2024, 2024, 2025])
        XCTAssertEqual(load.departments.map(\.department.identity.kind), [.budget, .budget, .final, .budget])
        XCTAssertTrue(load.departments.allSatisfy { $0.importReport != nil })
    }

    func testAnUnreadableTextFailsAloneWithItsReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("region-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try SeedFiles.text("000_48bb68b1a07c75d5.txt").write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "just a note".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let load = try RegionFolder.load(folder)
        XCTAssertEqual(load.departments.count, 1)
        XCTAssertEqual(load.failures.count, 1)
        XCTAssertTrue(load.failures[0].message.contains("not a disclosure"), load.failures[0].message)
    }
}
