import BudgetChecks
import BudgetModel
import Foundation
import XCTest

/// Runs the built `budget-compare check` as a user would and checks its
/// output and exit codes.
final class CheckCommandEndToEndTests: XCTestCase {
    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The build products directory, where `swift build` puts `budget-compare`.
    private static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
        #else
        return Bundle.main.bundleURL
        #endif
    }

    private func run(_ arguments: [String], in directory: URL = RepositoryFiles.root) throws -> Run {
        let binary = Self.productsDirectory.appendingPathComponent("budget-compare")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            XCTFail("budget-compare is not built at \(binary.path); run `swift build` first")
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func findings(in json: String) throws -> [[String: Any]] {
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(Array(object.keys), ["findings"])
        return try XCTUnwrap(object["findings"] as? [[String: Any]])
    }

    func testJSONOnTheFixtures() throws {
        let result = try run(["check", "Fixtures", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let findings = try findings(in: result.stdout)
        XCTAssertEqual(findings.count, 42)
        for finding in findings {
            for key in ["file", "department", "rule", "description", "severity", "expected", "actual", "difference",
                        "unit", "tolerance", "detail"] {
                XCTAssertNotNil(finding[key] as? String, "\(key) is a string in \(finding)")
            }
            XCTAssertTrue(["rounding", "inconsistency"].contains(finding["severity"] as? String ?? ""))
            for key in ["expected", "actual", "difference"] {
                XCTAssertNotNil(DecimalText.parse(finding[key] as? String ?? ""), "\(key) is a decimal string")
            }
            let lines = try XCTUnwrap(finding["lines"] as? [Int], "lines is an array of integers")
            XCTAssertFalse(lines.isEmpty)
            XCTAssertTrue((finding["file"] as? String ?? "").hasPrefix("Fixtures/"), "paths relative to the current folder")
        }
        let inconsistencies = findings.filter { $0["severity"] as? String == "inconsistency" }
        XCTAssertEqual(inconsistencies.map { $0["rule"] as? String }, ["basic.economic-subtotals", "basic.economic-subtotals"])
        XCTAssertEqual(inconsistencies.map { $0["department"] as? String },
                       ["昌吉回族自治州人民政府驻北京联络处", "昌吉回族自治州人民政府驻北京联络处"])
        XCTAssertEqual(inconsistencies.map { $0["expected"] as? String }, ["126.00", "126.00"])
        XCTAssertEqual(inconsistencies.map { $0["actual"] as? String }, ["125.98", "125.98"])
        XCTAssertEqual(inconsistencies.map { $0["difference"] as? String }, ["-0.02", "-0.02"])
        XCTAssertEqual(inconsistencies.first?["lines"] as? [Int], Array(264...274))

        // The command reports what the library finds, file by file.
        for url in try FileManager.default.contentsOfDirectory(at: RepositoryFiles.fixtures,
                                                                includingPropertiesForKeys: nil)
        where url.pathExtension == "yaml" {
            let library = DataChecks.run(try DepartmentFile.load(url), file: "Fixtures/" + url.lastPathComponent)
            let printed = findings.filter { $0["file"] as? String == "Fixtures/" + url.lastPathComponent }
            XCTAssertEqual(printed.map { $0["rule"] as? String }, library.map(\.rule), url.lastPathComponent)
            XCTAssertEqual(printed.map { $0["detail"] as? String }, library.map(\.detail), url.lastPathComponent)
        }
    }

    func testTextOnOneFile() throws {
        let file = try RepositoryFiles.fixture("004").path
        let result = try run(["check", file])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("昌吉回族自治州人民政府驻北京联络处（2025 年预算）"), result.stdout)
        XCTAssertTrue(result.stdout.contains(
            "[不一致] basic.economic-subtotals 经济分类款级科目之和应等于所属类级科目 — 表6 301 工资福利支出 合计："
                + "应为 126.00，实为 125.98，差额 -0.02 万元（第264、265、266、267、268、269、270、271、272、273、274行）"),
            result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("共检查 1 个文件，发现 14 条：不一致 2 条，尾差 12 条。\n"), result.stdout)
    }

    func testTextShowsPercentagesRoundedAndCleanFiles() throws {
        let folder = try temporaryFolder()
        try """
        identity: {name: 干净部门, year: 2024, kind: 预算}
        revenue: {total: 10.00}
        expenditure: {total: 10.00}
        """.write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try """
        identity: {name: 百分比部门, year: 2024, kind: 预算}
        yearOnYear:
          - {subject: operatingCost, current: 308.42, change: 17.88, changePercent: 6.16, line: 853}
        """.write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["check", "."], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
        a.yaml  干净部门（2024 年预算）
          未发现问题

        b.yaml  百分比部门（2024 年预算）
          [尾差] percent.year-on-year 同比增减率应等于增减额除以上年数 — 机关运行经费 同比：应为 6.1541%，实为 6.16%，差额 0.0059 个百分点（第853行）

        共检查 2 个文件，发现 1 条：不一致 0 条，尾差 1 条。

        """)
    }

    func testFailedFileStillChecksTheOthers() throws {
        let folder = try temporaryFolder()
        try """
        identity: {name: 测试部门, year: 2024, kind: 预算}
        revenue: {total: {value: 100.00, line: 12}}
        expenditure: {total: {value: 99.00, line: 12}}
        """.write(to: folder.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        try """
        identity: {name: 坏文件, year: 2024, kind: 预算}
        revenue: {total: "3.994,84"}
        """.write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["check", folder.path, "--format", "json"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("bad.yaml"), result.stderr)
        XCTAssertTrue(result.stderr.contains("revenue.total"), result.stderr)
        let findings = try findings(in: result.stdout)
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual((findings.first?["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent }, "good.yaml")
        XCTAssertEqual(findings.first?["rule"] as? String, "totals.revenue-equals-expenditure")
        XCTAssertEqual(findings.first?["difference"] as? String, "-1.00")
        XCTAssertEqual(findings.first?["lines"] as? [Int], [12])
    }

    func testUsageErrors() throws {
        let missing = try run(["check", "no/such/folder"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no/such/folder"), missing.stderr)
        XCTAssertEqual(missing.stdout, "")
        XCTAssertEqual(try run(["check", "Fixtures", "--format", "xml"]).status, 2)
        XCTAssertEqual(try run(["check"]).status, 2)
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("budget-checks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }
}
