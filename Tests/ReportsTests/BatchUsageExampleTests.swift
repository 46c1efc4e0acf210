import Foundation
import Reports
import TestSupport
import XCTest

/// The usage examples of the batch API's doc comments, compiled and run.
final class BatchUsageExampleTests: XCTestCase {
    /// `BatchRunner` (Sources/Reports/Batch/BatchRunner.swift).
    func testBatchRunnerExample() throws {
        let out = try temporaryFolder("batch-example")
        var options = BatchOptions(input: fixturesFolder, output: out, jobs: 4, perDepartment: true)
        options.report.templates = templatesFolder  // the example relies on Templates/ in the current folder
        let result = try BatchRunner.run(options, progress: BatchProgress(style: .silent, write: { _ in }))
        print(result.report.status, result.report.outputs.written)
        XCTAssertEqual(result.report.status, .complete)
        XCTAssertEqual(result.report.outputs.written, 10)
    }

    /// `ParallelWork` (Sources/Reports/Batch/ParallelWork.swift).
    func testParallelWorkExample() {
        let files = ["a", "bb", "ccc"]
        let sizes = ParallelWork.map(files.count, jobs: 4) { index in files[index].count }
        XCTAssertEqual(sizes, [1, 2, 3])
    }
}
