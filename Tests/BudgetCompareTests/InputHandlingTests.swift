import Foundation
import TestSupport
import XCTest

/// What `report`, `check` and `metrics` have in common: the input folder's
/// checks, the failure lines, and the import summary of each disclosure text.
final class InputHandlingTests: XCTestCase {
    private let commands: [[String]] = [["report"], ["check"], ["metrics"], ["metrics", "--format", "json"],
                                        ["check", "--format", "json"]]

    /// An empty folder, or one without input files: exit 2 with the same message everywhere.
    func testFolderWithoutInputsIsAUsageErrorEverywhere() throws {
        let folder = try scratchFolder("no-inputs")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try Data("说明".utf8).write(to: folder.appendingPathComponent("notes/说明.md"))
        for name in ["empty", "notes"] {
            for command in commands {
                var arguments = command
                arguments.insert(name, at: 1)
                if command == ["report"] { arguments += ["--out", "Output"] }
                let result = try budgetCompare(arguments, in: folder)
                XCTAssertEqual(result.status, 2, "\(arguments)")
                XCTAssertEqual(result.stdout, "", "\(arguments)")
                XCTAssertEqual(result.stderr, "Error: \(name) 中没有部门文件（.yaml、.yml、.json）或公开文本（.txt）\n", "\(arguments)")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    func testMissingFolderIsAUsageErrorEverywhere() throws {
        let folder = try scratchFolder("missing")
        for command in commands {
            var arguments = command
            arguments.insert("nowhere", at: 1)
            let result = try budgetCompare(arguments, in: folder)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertEqual(result.stderr, "Error: 找不到文件或文件夹：nowhere\n", "\(arguments)")
        }
    }

    /// A text cut after 130 lines: every command says, on stderr, how little was imported.
    func testTruncatedTextIsSummarized() throws {
        let folder = try scratchFolder("truncated")
        let region = folder.appendingPathComponent("rb")
        try FileManager.default.createDirectory(at: region, withIntermediateDirectories: true)
        let lines = try seedText("000").split(separator: "\n", omittingEmptySubsequences: false)
        try Data(lines.prefix(130).joined(separator: "\n").utf8).write(to: region.appendingPathComponent("000.txt"))
        try Data(try seedText("004").utf8).write(to: region.appendingPathComponent("004.txt"))
        let expected = """
        rb/000.txt: 导入 1/11 张表，缺少 10 张；25 项应有数字未找到（详见 budget-compare import rb/000.txt）
        rb/004.txt: 导入 11/11 张表；应有数字齐全

        """
        for command in commands {
            var arguments = command
            arguments.insert("rb", at: 1)
            let result = try budgetCompare(arguments, in: folder)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr, expected, "\(arguments)")
        }
    }

    /// Failure lines: the path once, relative to the folder as typed, then line:column, field, message.
    func testFailureLinesNameTheFileOnce() throws {
        let folder = try scratchFolder("failures")
        let bad = folder.appendingPathComponent("rb/bad")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        try Data("identity:\n  name: 坏\n  year: abc\n  kind: budget\n".utf8).write(to: bad.appendingPathComponent("x.yaml"))
        try Data("会议记录\n今天讨论了预算。\n".utf8).write(to: bad.appendingPathComponent("note.txt"))
        try Data(try seedText("004").utf8).write(to: folder.appendingPathComponent("rb/004.txt"))
        for command in commands {
            var arguments = command
            arguments.insert("rb", at: 1)
            if command == ["report"] { arguments += ["--out", "Output"] }
            let result = try budgetCompare(arguments, in: folder)
            XCTAssertEqual(result.status, 1, "\(arguments)")
            let lines = result.stderr.split(separator: "\n").map(String.init)
            XCTAssertTrue(lines.contains { $0.hasPrefix("rb/bad/note.txt: not a disclosure") }, "\(arguments): \(result.stderr)")
            XCTAssertTrue(lines.contains("rb/bad/x.yaml:3:9: identity.year: expected a year such as 2024, found \"abc\""),
                          "\(arguments): \(result.stderr)")
            for line in lines where line.contains("note.txt") || line.contains("x.yaml") {
                XCTAssertEqual(line.components(separatedBy: "bad/").count, 2, "the path once: \(line)")
                XCTAssertFalse(line.contains(folder.path), "relative, not absolute: \(line)")
            }
        }
    }

    /// Given one file, failures name it as typed.
    func testOneBadFileIsNamedAsTyped() throws {
        let folder = try scratchFolder("one-file")
        try Data("identity:\n  name: 坏\n  year: abc\n".utf8).write(to: folder.appendingPathComponent("x.yaml"))
        let result = try budgetCompare(["check", "x.yaml"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("x.yaml:3:9: identity.year: "), result.stderr)
    }
}
