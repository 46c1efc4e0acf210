import Foundation
import TestSupport
import XCTest

/// `report`'s output folder: not created when nothing can be written; other
/// folders in it are kept and listed; the defaults work from any folder.
final class ReportOutputFolderTests: XCTestCase {
    func testEveryInputFailingCreatesNoOutputFolder() throws {
        let folder = try scratchFolder("all-fail")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        try Data("identity:\n  name: 坏\n  year: abc\n".utf8).write(to: folder.appendingPathComponent("in/x.yaml"))
        let result = try budgetCompare(["report", "in", "--out", "Output"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasSuffix("1 项失败；未写入任何文件。\n"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    /// Group folders of an earlier run (or the analyst's own) are never deleted, and are listed.
    func testFoldersNotWrittenAreKeptAndListed() throws {
        let folder = try scratchFolder("stale")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Fixtures"),
                                         to: folder.appendingPathComponent("Fixtures"))
        let stale = folder.appendingPathComponent("Output/2023年-预算")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: stale.appendingPathComponent("比较分析表.ods"))
        let notes = folder.appendingPathComponent("Output/笔记")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: notes.appendingPathComponent("笔记.txt"))
        let result = try budgetCompare(["report", "Fixtures", "--out", "Output"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("注意：Output 中另有 1 个文件夹不是本次写入的（保留未动）：2023年-预算\n"), result.stdout)
        XCTAssertEqual(try String(contentsOf: stale.appendingPathComponent("比较分析表.ods"), encoding: .utf8), "old")
        XCTAssertTrue(FileManager.default.fileExists(atPath: notes.appendingPathComponent("笔记.txt").path))
    }

    /// Run from a folder with no Templates/: the bundled default templates are used.
    func testReportRunsFromAnyFolder() throws {
        let folder = try scratchFolder("elsewhere")
        let out = folder.appendingPathComponent("reports")
        let input = TestPaths.packageRoot.appendingPathComponent("Fixtures/004-昌吉州驻北京联络处-2025-预算.yaml")
        let result = try budgetCompare(["report", input.path, "--out", out.path], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("2025年-预算/对比分析备忘录.odt").path))
    }
}
