import Foundation
import TestSupport
import XCTest

/// `budget-compare batch` end to end, run as a user runs it: a synthetic
/// region with bad files, every output validated, byte-identical across
/// `--jobs` and runs, exit codes, progress and quiet, and SIGKILL at any
/// moment leaving only complete files.
final class BatchCommandTests: XCTestCase {
    private func report(_ output: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: output.appendingPathComponent("batch-report.json"))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// 200 departments (two malformed files, a few inconsistencies), with
    /// profiles: exit 1, the bad files named with line and field, everything
    /// else written and strictly valid ODF.
    func testTwoHundredDepartmentRegionEndToEnd() throws {
        let region = try batchFolder("batch-region")
        try BatchCLI.generateRegion(count: 200, seed: 7, badFiles: 2, inconsistencies: 6, into: region)
        let output = try batchFolder("batch-out")
        let result = try BatchCLI.run(["batch", region.path, "--out", output.path, "--per-department", "--jobs", "2"])
        XCTAssertEqual(result.status, 1, result.stderr)

        let failures = result.stderr.split(separator: "\n").filter { $0.contains("-bad-") }
        XCTAssertEqual(failures.count, 2, result.stderr)
        // generate-region's first two defects: a European-style amount and a misspelt field.
        XCTAssertTrue(failures[0].contains("-bad-europeanAmount.yaml:8:18: revenue.generalBudget: expected an amount"), "\(failures[0])")
        XCTAssertTrue(failures[1].contains("-bad-unknownField.yaml:8:3: staff.onDutty: unknown field"), "\(failures[1])")
        XCTAssertTrue(failures[0].hasPrefix(region.path + "/"), "named as typed: \(failures[0])")
        XCTAssertTrue(result.stderr.contains("2 个输入文件无法读取；其余已写入 \(2 * 2 + 200) 个文件。"), result.stderr)
        XCTAssertTrue(result.stdout.contains("批处理报告：\(output.path)/batch-report.json"), result.stdout)

        let json = try report(output)
        XCTAssertEqual(json["status"] as? String, "partial")
        XCTAssertEqual(json["files"] as? [String: Int], ["found": 202, "read": 200, "failed": 2])
        let departments = try XCTUnwrap(json["departments"] as? [[String: Any]])
        XCTAssertEqual(departments.count, 200)
        let profiles = departments.compactMap { $0["profile"] as? String }
        XCTAssertEqual(profiles.count, 200)
        let groups = try XCTUnwrap(json["groups"] as? [[String: Any]])
        let groupOutputs = groups.flatMap { $0["outputs"] as? [String] ?? [] }
        XCTAssertEqual(groupOutputs.count, groups.count * 2)
        let findings = try XCTUnwrap(json["findings"] as? [String: Int])
        XCTAssertGreaterThan(findings["inconsistency"] ?? 0, 0, "six inconsistencies were injected")

        let documents = OutputTree.documents(output)
        XCTAssertEqual(Set(documents.map { $0.path.replacingOccurrences(of: output.path + "/", with: "") }),
                       Set(profiles + groupOutputs))
        XCTAssertEqual(OutputTree.hidden(output), [], "no temporary file left")
        try OutputTree.assertAllValid(documents)
    }

    /// `--jobs 1` and `--jobs 3` write the same bytes, and so does a second run.
    func testOutputsDoNotDependOnJobsOrRuns() throws {
        let region = try batchFolder("batch-region")
        try BatchCLI.generateRegion(count: 60, seed: 3, badFiles: 1, inconsistencies: 3, into: region)
        let one = try batchFolder("batch-jobs1"), three = try batchFolder("batch-jobs3")
        let first = try BatchCLI.run(["batch", region.path, "--out", one.path, "--per-department", "--jobs", "1", "--quiet"])
        let second = try BatchCLI.run(["batch", region.path, "--out", three.path, "--per-department", "--jobs", "3", "--quiet"])
        XCTAssertEqual([first.status, second.status], [1, 1], first.stderr + second.stderr)
        try assertSameFiles(one, three)
        let again = try BatchCLI.run(["batch", region.path, "--out", one.path, "--per-department", "--jobs", "2", "--quiet"])
        XCTAssertEqual(again.status, 1)
        try assertSameFiles(one, three)
    }

    private func assertSameFiles(_ a: URL, _ b: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let files = OutputTree.files(a)
        XCTAssertEqual(files, OutputTree.files(b), file: file, line: line)
        XCTAssertGreaterThan(files.count, 1, file: file, line: line)
        for name in files {
            let left = try Data(contentsOf: a.appendingPathComponent(name))
            let right = try Data(contentsOf: b.appendingPathComponent(name))
            XCTAssertTrue(left == right, "\(name) differs", file: file, line: line)
        }
    }

    func testExitCodes() throws {
        let region = try batchFolder("batch-region")
        try BatchCLI.generateRegion(count: 12, seed: 5, into: region)
        let output = try batchFolder("batch-out")
        let ok = try BatchCLI.run(["batch", region.path, "--out", output.path])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertEqual(try report(output)["status"] as? String, "complete")

        let empty = try batchFolder("batch-empty")
        let usage: [([String], String)] = [
            (["batch", region.path + "/missing", "--out", output.path], "找不到文件或文件夹：\(region.path)/missing"),
            (["batch", empty.path, "--out", output.path], "中没有部门文件"),
            (["batch", region.path, "--out", output.path, "--jobs", "0"], "--jobs 至少为 1（现为 0）"),
            (["batch", region.path, "--out", output.path, "--templates", empty.path + "/none"], "找不到模板文件夹"),
            (["batch", region.path], "--out"),
            (["batch", region.path, "--out", output.path, "--no-such-option"], "no-such-option"),
            (["batch", region.path, "--out", output.path, "--memo-name", "x.odt", "--workbook-name", "x.odt"], "--memo-name"),
        ]
        for (arguments, message) in usage {
            let result = try BatchCLI.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let blocked = output.appendingPathComponent("batch-report.json/inside")
        let unwritable = try BatchCLI.run(["batch", region.path, "--out", blocked.path])
        XCTAssertEqual(unwritable.status, 2, unwritable.stderr)
        XCTAssertTrue(unwritable.stderr.contains("无法写入"), unwritable.stderr)
        // Templates found but unusable: exit 1 as for `report`, nothing written.
        let badTemplates = try batchFolder("batch-templates")
        let elsewhere = try batchFolder("batch-out")
        let unusable = try BatchCLI.run(["batch", region.path, "--out", elsewhere.path, "--templates", badTemplates.path])
        XCTAssertEqual(unusable.status, 1, unusable.stderr)
        XCTAssertTrue(unusable.stderr.contains("备忘录模板："), unusable.stderr)
        XCTAssertEqual(OutputTree.files(elsewhere), [])
    }

    /// Standard error not a terminal: plain lines. `--quiet`: nothing but failures.
    func testPlainProgressAndQuiet() throws {
        let region = try batchFolder("batch-region")
        try BatchCLI.generateRegion(count: 20, seed: 9, badFiles: 1, into: region)
        let output = try batchFolder("batch-out")
        let loud = try BatchCLI.run(["batch", region.path, "--out", output.path])
        XCTAssertEqual(loud.status, 1)
        let lines = loud.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "读取：0/21")
        XCTAssertTrue(lines.contains { $0.hasPrefix("读取：21/21，用时 ") }, loud.stderr)
        XCTAssertTrue(lines.contains { $0.hasPrefix("写出：") && $0.contains("，用时 ") }, loud.stderr)
        XCTAssertFalse(loud.stderr.contains("\u{1B}"), "no escape sequences off a terminal")
        XCTAssertFalse(loud.stderr.contains("\r"))
        XCTAssertTrue(loud.stdout.contains("已读取 20/21 个文件，共 "), loud.stdout)

        let quiet = try BatchCLI.run(["batch", region.path, "--out", output.path, "--quiet"])
        XCTAssertEqual(quiet.status, 1)
        XCTAssertEqual(quiet.stdout, "")
        let quietLines = quiet.stderr.split(separator: "\n")
        XCTAssertEqual(quietLines.count, 2, "the failure and the count: \(quiet.stderr)")
        XCTAssertTrue(quietLines[0].contains("-bad-"))
    }

    /// On a terminal (a pseudo-terminal from `script`): a bar redrawn with
    /// carriage returns, green unless NO_COLOR is set.
    func testProgressBarOnATerminal() throws {
        guard let script = Tools.which("script"),
              (try? runProcess(script, ["--version"]))?.stdout.contains("util-linux") == true else {
            try Tools.missing("script from util-linux (to run the batch on a pseudo-terminal)", hint: "apt-get install util-linux")
        }
        let region = try batchFolder("batch-region")
        try BatchCLI.generateRegion(count: 8, seed: 2, into: region)
        let output = try batchFolder("batch-out")
        let binary = try BatchCLI.requireBinary().path
        func onTerminal(_ environment: String) throws -> String {
            // The command's stdout goes to /dev/null, so the terminal shows only stderr.
            let command = "cd '\(TestPaths.packageRoot.path)' && env -u NO_COLOR \(environment) '\(binary)' batch '\(region.path)' --out '\(output.path)' > /dev/null"
            let result = try runProcess(script, ["-qec", command, "/dev/null"])
            XCTAssertEqual(result.exitCode, 0, result.output)
            return result.stdout
        }
        let coloured = try onTerminal("")
        XCTAssertTrue(coloured.contains("\r"), coloured.debugDescription)
        XCTAssertTrue(coloured.contains("\u{1B}[32m"), coloured.debugDescription)
        XCTAssertTrue(coloured.contains("8/8 100%"), coloured.debugDescription)
        let plain = try onTerminal("NO_COLOR=1")
        XCTAssertTrue(plain.contains("\r"), plain.debugDescription)
        XCTAssertFalse(plain.contains("\u{1B}"), plain.debugDescription)
    }

    /// SIGKILL while reading, while the workbooks are being written and
    /// while profiles are: each time, every .ods/.odt under a final name is
    /// complete and valid, and temporary files exist only under hidden
    /// names. The next run removes them and writes exactly what a run into
    /// an empty folder writes.
    func testKilledBatchLeavesOnlyCompleteFiles() throws {
        let region = try batchFolder("batch-region")
        try BatchCLI.generateRegion(count: 300, seed: 13, badFiles: 1, inconsistencies: 4, into: region)
        let output = try batchFolder("batch-out")
        let arguments = ["batch", region.path, "--out", output.path, "--per-department", "--jobs", "2"]
        // (line prefix, then text in the same line, extra delay): while reading,
        // while the workbooks are being written, while profiles are.
        let moments: [(String, String, useconds_t)] = [("读取：", "（30%）", 50_000), ("写出：0/", "", 300_000),
                                                       ("写出：", "（10%）", 100_000), ("写出：", "（60%）", 100_000)]
        for (prefix, text, delay) in moments {
            try killWhenStandardErrorShows(prefix, text, after: delay, arguments: arguments)
            for hidden in OutputTree.hidden(output) {
                let name = String(hidden.split(separator: "/").first { $0.hasPrefix(".") }!)
                XCTAssertTrue(name.contains(".tmp-") || name.contains(".staging-"), "unexpected hidden entry \(hidden)")
            }
            XCTAssertEqual(OutputTree.files(output).filter { $0.contains(".tmp-") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }, [])
            try OutputTree.assertAllValid(OutputTree.documents(output))
        }
        let finished = try BatchCLI.run(arguments + ["--quiet"])
        XCTAssertEqual(finished.status, 1, finished.stderr)
        XCTAssertEqual(OutputTree.hidden(output), [], "the next run cleans up")
        let fresh = try batchFolder("batch-fresh")
        XCTAssertEqual(try BatchCLI.run(["batch", region.path, "--out", fresh.path, "--per-department", "--quiet"]).status, 1)
        try assertSameFiles(output, fresh)
    }

    /// Starts the batch, waits until a line of its standard error starts with
    /// `prefix` and contains `text`, waits `delay` more and kills it with SIGKILL.
    private func killWhenStandardErrorShows(_ prefix: String, _ text: String, after delay: useconds_t, arguments: [String],
                                            file: StaticString = #filePath, line: UInt = #line) throws {
        let marker = prefix + "…" + text
        let process = try BatchCLI.process(arguments)
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Read standard error with read(2) on a thread of its own; poll what has arrived.
        let received = ReceivedText()
        let descriptor = err.fileHandleForReading.fileDescriptor
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count > 0 { received.append(Array(buffer[0..<count])) }
                else if count < 0 && errno == EINTR { continue }
                else { break }
            }
        }
        reader.start()
        var seen = ""
        while process.isRunning {
            seen = received.text
            if seen.split(separator: "\n").contains(where: { $0.hasPrefix(prefix) && (text.isEmpty || $0.contains(text)) }) {
                usleep(delay)
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal,
                       "the batch ended before it was killed at \(marker): \(seen)", file: file, line: line)
    }
}

/// Bytes received from another thread, read as UTF-8 text.
private final class ReceivedText: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func append(_ more: [UInt8]) {
        lock.lock()
        bytes += more
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
