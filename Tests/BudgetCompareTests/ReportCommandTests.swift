import Foundation
import TestSupport
import XCTest

/// Runs the built `budget-compare report` (and `budget-compare` without
/// arguments) as a user would.
final class ReportCommandTests: XCTestCase {
    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `.build/<config>/budget-compare`, beside the test bundle.
    private func executable() throws -> URL {
        let products = Bundle(for: ReportCommandTests.self).bundleURL.deletingLastPathComponent()
        let candidates = [products.appendingPathComponent("budget-compare"),
                          Bundle.main.bundleURL.appendingPathComponent("budget-compare")]
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            // `swift test` builds every product, so a missing binary is a failure, not a skip.
            XCTFail("budget-compare is not built beside the tests (looked in \(candidates.map(\.path)))")
            throw CocoaError(.fileNoSuchFile)
        }
        return binary
    }

    private func run(_ arguments: [String], in folder: URL) throws -> Run {
        let result = try runProcess(try executable().path, arguments, in: folder)
        return Run(status: result.exitCode, stdout: result.stdout, stderr: result.stderr)
    }

    /// A fresh working folder holding a copy of Fixtures/ (and `extra` files in it).
    private func workFolder(extra: [String: String] = [:]) throws -> URL {
        let folder = try TestPaths.temporaryFolder("report-command")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let fixtures = folder.appendingPathComponent("Fixtures")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Fixtures"), to: fixtures)
        for (name, text) in extra { try Data(text.utf8).write(to: fixtures.appendingPathComponent(name)) }
        return folder
    }

    private func files(under folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
                && !isFolder.boolValue
        }.sorted()
    }

    func testNoArgumentsReportsFixturesIntoOutput() throws {
        let folder = try workFolder()
        let result = try run([], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let expected = ["2024年-决算/对比分析备忘录.odt", "2024年-决算/比较分析表.ods", "2024年-预算/对比分析备忘录.odt",
                        "2024年-预算/比较分析表.ods", "2025年-预算/对比分析备忘录.odt", "2025年-预算/比较分析表.ods"]
        XCTAssertEqual(files(under: folder.appendingPathComponent("Output")), expected)
        for file in expected { XCTAssertTrue(result.stdout.contains("wrote Output/\(file)"), result.stdout) }
        XCTAssertTrue(result.stdout.contains("2024年 预算：2 个单位"), result.stdout)
    }

    func testReportWithOptions() throws {
        let folder = try workFolder()
        let templates = TestPaths.packageRoot.appendingPathComponent("Templates").path
        let result = try run(["report", "Fixtures", "--out", "out/reports", "--workbook-name", "分析.ods",
                              "--memo-name", "备忘录.odt", "--templates", templates], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(files(under: folder.appendingPathComponent("out/reports")),
                       ["2024年-决算/分析.ods", "2024年-决算/备忘录.odt", "2024年-预算/分析.ods", "2024年-预算/备忘录.odt",
                        "2025年-预算/分析.ods", "2025年-预算/备忘录.odt"])
    }

    func testBadFileExitsOneAndTheOthersAreWritten() throws {
        let folder = try workFolder(extra: ["bad.yaml": "identity:\n  name: 坏文件\n  year: 2024\n  kind: budget\nstaff:\n  onDuty: abc\n"])
        let result = try run(["report", "Fixtures", "--out", "Output"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("Fixtures/bad.yaml"), result.stderr)
        XCTAssertTrue(result.stderr.contains("staff.onDuty"), result.stderr)
        XCTAssertTrue(result.stderr.contains("expected a whole number"), result.stderr)
        XCTAssertEqual(files(under: folder.appendingPathComponent("Output")),
                       ["2024年-决算/对比分析备忘录.odt", "2024年-决算/比较分析表.ods", "2024年-预算/对比分析备忘录.odt",
                        "2024年-预算/比较分析表.ods", "2025年-预算/对比分析备忘录.odt", "2025年-预算/比较分析表.ods"],
                       "the other departments are written, nothing partial or temporary is left")
    }

    func testMissingFolderIsAUsageError() throws {
        let folder = try workFolder()
        let result = try run(["report", "NoSuchFolder", "--out", "Output"], in: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no such file or folder: NoSuchFolder"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    func testBadNameIsAUsageError() throws {
        let folder = try workFolder()
        let result = try run(["report", "Fixtures", "--workbook-name", "a/b.ods"], in: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--workbook-name"), result.stderr)
    }

    func testMissingTemplatesIsAUsageError() throws {
        let folder = try workFolder()
        let result = try run(["report", "Fixtures", "--templates", "NoTemplates"], in: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("memo templates"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    func testHelpExplainsWithExamples() throws {
        let result = try run(["report", "--help"], in: try workFolder())
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("budget-compare report Fixtures --out Output"), result.stdout)
        XCTAssertTrue(result.stdout.contains("比较分析表.ods"), result.stdout)
        XCTAssertTrue(result.stdout.contains("--workbook-name"), result.stdout)
    }
}
