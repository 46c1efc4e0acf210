import Foundation
import XCTest
import TestSupport

/// End to end: the built `ods-bench` binary writes the benchmark workbook, which is
/// strictly valid and whose cached formula results LibreOffice confirms.
final class BenchmarkWorkbookTests: XCTestCase {
    func testBenchWorkbookIsValidAndRecalculatesToCachedValues() throws {
        guard let shared = TestPaths.shared else {
            try Tools.missing("the shared folder (bench/gen_workload.py)", hint: "clone ../shared or set BUDGETCOMPARE_SHARED")
        }
        let binary = ["debug", "release"].map { TestPaths.packageRoot.appendingPathComponent(".build/\($0)/ods-bench") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let binary else {
            try Tools.missing(".build/debug/ods-bench", hint: "run `swift build --product ods-bench`")
        }
        let folder = try TestPaths.temporaryFolder("bench")
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("w20.json"), ods = folder.appendingPathComponent("w20.ods")
        let generated = try runProcess("python3", [shared.appendingPathComponent("bench/gen_workload.py").path,
                                                   "--depts", "20", "--out", json.path])
        XCTAssertEqual(generated.exitCode, 0, generated.output)
        let run = try runProcess(binary.path, [json.path, ods.path])
        XCTAssertEqual(run.exitCode, 0, run.output)
        try ODFCheck.assertValid(ods)
        // 20 rows × 4 ratios + totals row: 11 sums + 4 ratios.
        XCTAssertEqual(try LibreOffice.assertFormulasMatchCachedValues(ods), 20 * 4 + 15)
    }
}
