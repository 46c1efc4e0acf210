import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
@testable import Reports
import TestSupport
import XCTest

/// The batch engine in-process: what it reads and writes, what the report
/// says, failures, determinism across `jobs`, leftovers of a killed run, the
/// output lock and usage errors.
final class BatchRunnerTests: XCTestCase {
    private func options(_ input: URL, _ output: URL, jobs: Int = 2, perDepartment: Bool = true) -> BatchOptions {
        BatchOptions(input: input, output: output, jobs: jobs, perDepartment: perDepartment,
                     report: ReportOptions(templates: templatesFolder))
    }

    private func run(_ options: BatchOptions) throws -> BatchRunner.Result {
        try BatchRunner.run(options, progress: BatchProgress(style: .silent, write: { _ in }))
    }

    func testFixturesWriteEveryGroupAndProfile() throws {
        let output = try temporaryFolder("batch-out")
        let result = try run(options(fixturesFolder, output))
        XCTAssertTrue(result.succeeded)
        let report = result.report
        XCTAssertEqual(report.status, .complete)
        XCTAssertEqual(report.files, .init(found: 4, read: 4, failed: 0))
        XCTAssertEqual(report.groups.map(\.folder), fixtureGroupFolders)
        XCTAssertEqual(report.groups.map(\.departments), [2, 1, 1])
        XCTAssertEqual(report.groups.map(\.profiles), [2, 1, 1])
        XCTAssertEqual(report.outputs, .init(written: 10, failed: 0))
        var expected = [BatchReport.fileName]
        for group in report.groups {
            XCTAssertEqual(group.outputs, ["\(group.folder)/比较分析表.ods", "\(group.folder)/对比分析备忘录.odt"])
            expected += group.outputs
        }
        for department in report.departments {
            let profile = try XCTUnwrap(department.profile)
            XCTAssertTrue(profile.hasPrefix(report.groups.first { $0.id == department.group }!.folder + "/单位/"), profile)
            XCTAssertEqual(profile, report.groups.first { $0.id == department.group }!.folder + "/单位/" + department.name + ".odt")
            expected.append(profile)
        }
        XCTAssertEqual(allFiles(under: output), expected.sorted(), "exactly the files the report lists, no temporary file")
        XCTAssertEqual(report.departments.map(\.file), try FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted())
    }

    /// A disclosure text in the region: its import summary reaches the group
    /// (as `report` gives it) and `batch-report.json`; a department file has none.
    func testImportSummaryOfATextIsReported() throws {
        let region = try temporaryFolder("batch-texts")
        let seeds = TestPaths.packageRoot.appendingPathComponent("Tests/Seeds")
        let seed = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: seeds.path).first { $0.hasPrefix("000_") })
        let lines = try String(contentsOf: seeds.appendingPathComponent(seed), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        try Data(lines.prefix(130).joined(separator: "\n").utf8).write(to: region.appendingPathComponent("000.txt"))
        try FileManager.default.copyItem(at: fixturesFolder.appendingPathComponent("001-自治区机关事务管理局-2024-预算.yaml"),
                                         to: region.appendingPathComponent("001.yaml"))
        let output = try temporaryFolder("batch-texts-out")
        let report = try run(options(region, output, perDepartment: false)).report
        XCTAssertEqual(report.departments.map(\.file), ["000.txt", "001.yaml"])
        let imported = try XCTUnwrap(report.departments[0].importSummary)
        XCTAssertEqual(imported.tablesFound.count, 1)
        XCTAssertEqual(imported.tablesMissing, ["表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "表10", "表11"])
        XCTAssertFalse(imported.complete)
        XCTAssertFalse(imported.figuresMissing.isEmpty)
        XCTAssertNil(report.departments[1].importSummary)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(
            with: Data(contentsOf: output.appendingPathComponent(BatchReport.fileName))) as? [String: Any])
        let departments = try XCTUnwrap(json["departments"] as? [[String: Any]])
        XCTAssertEqual((departments[0]["import"] as? [String: Any])?["tablesMissing"] as? [String], imported.tablesMissing)
        XCTAssertTrue(departments[1]["import"] is NSNull, "a department file has `import: null`")
    }

    /// Findings per department and per severity are those of `DataChecks`.
    func testFindingCountsAreThoseOfTheDataChecks() throws {
        let output = try temporaryFolder("batch-out")
        let report = try run(options(fixturesFolder, output, perDepartment: false)).report
        var total = (inconsistency: 0, rounding: 0)
        for entry in report.departments {
            let department = try DepartmentFile.load(fixturesFolder.appendingPathComponent(entry.file))
            let findings = DataChecks.run(department, file: entry.file)
            let inconsistencies = findings.filter { $0.severity == .inconsistency }.count
            XCTAssertEqual(entry.findings.inconsistency, inconsistencies, entry.file)
            XCTAssertEqual(entry.findings.rounding, findings.count - inconsistencies, entry.file)
            XCTAssertNil(entry.profile, "no profile without perDepartment")
            total.inconsistency += inconsistencies
            total.rounding += findings.count - inconsistencies
        }
        XCTAssertEqual(report.findings.inconsistency, total.inconsistency)
        XCTAssertEqual(report.findings.rounding, total.rounding)
        XCTAssertGreaterThan(total.rounding, 0, "the seed fixtures have rounding differences")
        XCTAssertEqual(report.groups.reduce(0) { $0 + $1.findings.rounding }, total.rounding)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("2024年-预算/单位").path))
    }

    /// A malformed file is reported with its line, column and field; the rest is written.
    func testBadFilesAreReportedAndTheRestIsWritten() throws {
        let region = try syntheticRegion(count: 24, badFiles: 3)
        let output = try temporaryFolder("batch-out")
        let result = try run(options(region, output))
        let report = result.report
        XCTAssertFalse(result.succeeded)
        XCTAssertEqual(report.status, .partial)
        XCTAssertEqual(report.files, .init(found: 27, read: 24, failed: 3))
        XCTAssertEqual(report.failures.count, 3)
        for failure in report.failures {
            XCTAssertEqual(failure.stage, .read)
            XCTAssertTrue(failure.path.contains("-bad-"), failure.path)
            XCTAssertFalse(failure.path.hasPrefix("/"), "relative to the region folder: \(failure.path)")
            XCTAssertNotNil(failure.line, failure.description)
            XCTAssertFalse(failure.message.isEmpty)
            XCTAssertFalse(failure.message.contains(region.path), "the location is kept apart: \(failure.message)")
        }
        XCTAssertTrue(report.failures.contains { $0.field == "staff.onDutty" }, "\(report.failures)")
        XCTAssertEqual(report.departments.count, 24)
        XCTAssertEqual(report.outputs.failed, 0)
        XCTAssertEqual(report.outputs.written, report.groups.count * 2 + 24)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("batch-report.json"))) as? [String: Any])
        let failures = try XCTUnwrap(json["failures"] as? [[String: Any]])
        XCTAssertEqual(Set(failures[0].keys), ["stage", "path", "line", "column", "field", "message"])
        XCTAssertEqual(json["status"] as? String, "partial")
    }

    /// The same input gives the same bytes, whatever `jobs` is and however
    /// often it runs (the report included).
    func testOutputsAreByteIdenticalAcrossJobsAndRuns() throws {
        let region = try syntheticRegion(count: 40, badFiles: 1)
        let one = try temporaryFolder("batch-jobs1")
        let three = try temporaryFolder("batch-jobs3")
        _ = try run(options(region, one, jobs: 1))
        _ = try run(options(region, three, jobs: 3))
        let files = allFiles(under: one)
        XCTAssertEqual(files, allFiles(under: three))
        XCTAssertGreaterThan(files.count, 40)
        let before = try files.map { try Data(contentsOf: one.appendingPathComponent($0)) }
        for (file, data) in zip(files, before) {
            XCTAssertEqual(data, try Data(contentsOf: three.appendingPathComponent(file)), "\(file) differs between 1 and 3 jobs")
        }
        _ = try run(options(region, one, jobs: 2))
        XCTAssertEqual(allFiles(under: one), files)
        for (file, data) in zip(files, before) {
            XCTAssertEqual(data, try Data(contentsOf: one.appendingPathComponent(file)), "\(file) differs on a second run")
        }
    }

    /// What a killed run leaves (hidden temporary files and staging folders)
    /// is removed by the next run; nothing else is touched.
    func testLeftoversOfAnInterruptedRunAreRemoved() throws {
        let output = try temporaryFolder("batch-out")
        let manager = FileManager.default
        try manager.createDirectory(at: output.appendingPathComponent("2024年-预算/单位"), withIntermediateDirectories: true)
        try manager.createDirectory(at: output.appendingPathComponent(".2024年-预算.staging-Ab12Cd/sub"), withIntermediateDirectories: true)
        let leftovers = [".batch-report.json.tmp-ZZ9a0b", "2024年-预算/.比较分析表.ods.tmp-q1W2e3",
                         "2024年-预算/单位/.某单位.odt.tmp-xYz123"]
        let kept = [".keep", "notes.tmp-123456", ".hidden.odt.tmp-12345", "2024年-预算/.x.odt.tmp-abc12!", "mine/.a.odt.tmp-abcdef"]
        for file in leftovers + kept {
            try manager.createDirectory(at: output.appendingPathComponent(file).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("partial".utf8).write(to: output.appendingPathComponent(file))
        }
        let result = try run(options(fixturesFolder, output, jobs: 2))
        XCTAssertEqual(result.removedLeftovers, (leftovers + [".2024年-预算.staging-Ab12Cd"]).sorted())
        for file in leftovers { XCTAssertFalse(manager.fileExists(atPath: output.appendingPathComponent(file).path), file) }
        XCTAssertFalse(manager.fileExists(atPath: output.appendingPathComponent(".2024年-预算.staging-Ab12Cd").path))
        for file in kept { XCTAssertTrue(manager.fileExists(atPath: output.appendingPathComponent(file).path), "\(file) is not ours") }
        XCTAssertEqual(hiddenEntries(under: output).sorted(), [".hidden.odt.tmp-12345", ".keep", "2024年-预算/.x.odt.tmp-abc12!", "mine/.a.odt.tmp-abcdef"])
    }

    /// An output folder inside the region folder is not read back as input
    /// (its batch-report.json would be a failed department file).
    func testOutputInsideTheRegionIsNotRead() throws {
        let region = try temporaryFolder("batch-region")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(at: fixturesFolder.appendingPathComponent(name), to: region.appendingPathComponent(name))
        }
        let output = region.appendingPathComponent("out")
        XCTAssertTrue(try run(options(region, output)).succeeded)
        let again = try run(options(region, output))
        XCTAssertTrue(again.succeeded, "\(again.report.failures)")
        XCTAssertEqual(again.report.files.found, 4)
    }

    /// Nothing readable: no group, nothing written but the report, exit status partial.
    func testARegionOfBadFilesOnly() throws {
        let region = try temporaryFolder("batch-region")
        try Data("identity: [".utf8).write(to: region.appendingPathComponent("a.yaml"))
        try Data().write(to: region.appendingPathComponent("b.json"))
        let output = try temporaryFolder("batch-out")
        let report = try run(options(region, output)).report
        XCTAssertEqual(report.status, .partial)
        XCTAssertEqual(report.files, .init(found: 2, read: 0, failed: 2))
        XCTAssertEqual(report.groups.count, 0)
        XCTAssertEqual(report.failures.map(\.path), ["a.yaml", "b.json"])
        XCTAssertEqual(allFiles(under: output), ["batch-report.json"])
    }

    func testLeftoverNames() {
        XCTAssertTrue(OutputFolder.isLeftover(".比较分析表.ods.tmp-AbC123"))
        XCTAssertTrue(OutputFolder.isLeftover(".batch-report.json.tmp-000000"))
        XCTAssertTrue(OutputFolder.isLeftover(".2025年-预算-驻京机构.staging-zzzzzz"))
        XCTAssertFalse(OutputFolder.isLeftover("比较分析表.ods.tmp-AbC123"), "not hidden")
        XCTAssertFalse(OutputFolder.isLeftover(".比较分析表.ods.tmp-AbC12"), "five characters")
        XCTAssertFalse(OutputFolder.isLeftover(".notes.txt.tmp-AbC123"), "not a file the batch writes")
        XCTAssertFalse(OutputFolder.isLeftover(".比较分析表.ods.tmp-AbC1.3"))
    }

    /// A second batch into the same folder is refused while the first holds it.
    func testAnOutputFolderInUseIsRefused() throws {
        let output = try temporaryFolder("batch-out")
        var holder: OutputFolder? = try OutputFolder(output)
        XCTAssertThrowsError(try run(options(fixturesFolder, output))) { error in
            XCTAssertEqual(error as? BatchError, .outputBusy(output.path))
        }
        XCTAssertNotNil(holder)
        holder = nil
        XCTAssertTrue(try run(options(fixturesFolder, output)).succeeded, "free again once released")
    }

    func testUsageErrors() throws {
        let output = try temporaryFolder("batch-out")
        let missing = output.appendingPathComponent("no-such-region")
        XCTAssertThrowsError(try run(options(missing, output))) {
            XCTAssertEqual($0 as? BatchError, .inputNotFound(missing.path))
        }
        let empty = try temporaryFolder("batch-empty")
        try Data("not an input".utf8).write(to: empty.appendingPathComponent("notes.md"))
        XCTAssertThrowsError(try run(options(empty, output))) {
            XCTAssertEqual($0 as? BatchError, .noInputFiles(empty.path))
        }
        XCTAssertThrowsError(try run(options(fixturesFolder, output, jobs: 0))) {
            XCTAssertEqual($0 as? BatchError, .invalidJobs(0))
        }
        var sameNames = options(fixturesFolder, output)
        sameNames.report.memoName = sameNames.report.workbookName
        XCTAssertThrowsError(try run(sameNames)) {
            XCTAssertEqual($0 as? BatchError, .invalidOptions(sameNames.report.problem()!))
        }
        var noTemplates = options(fixturesFolder, output)
        noTemplates.report.templates = empty
        XCTAssertThrowsError(try run(noTemplates)) { error in
            guard case .templates = error as? BatchError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(allFiles(under: output), [], "nothing written on a usage error")
    }

    /// Loading in parallel gives the same departments and failures, in file
    /// order, as loading one file after the other.
    func testLoaderResultDoesNotDependOnJobs() throws {
        let region = try syntheticRegion(count: 15, badFiles: 2)
        let files = try BatchLoader.inputFiles(in: region)
        let one = BatchLoader.load(files, root: region, jobs: 1)
        let four = BatchLoader.load(files, root: region, jobs: 4)
        XCTAssertEqual(one.departments.map(\.file), four.departments.map(\.file))
        XCTAssertEqual(one.departments.map(\.metrics.department), four.departments.map(\.metrics.department))
        XCTAssertEqual(one.departments.map(\.findings), four.departments.map(\.findings))
        XCTAssertEqual(one.failures, four.failures)
        XCTAssertEqual(one.departments.map(\.file), one.departments.map(\.file).sorted())
        XCTAssertEqual(one.filesRead, 17)
    }

    func testRelativePaths() {
        let root = URL(fileURLWithPath: "/tmp/region")
        XCTAssertEqual(BatchLoader.relativePath("/tmp/region/sub/a.yaml", to: root), "sub/a.yaml")
        XCTAssertEqual(BatchLoader.relativePath("/tmp/regionX/a.yaml", to: root), "/tmp/regionX/a.yaml")
        XCTAssertEqual(BatchLoader.relativePath("/tmp/region/./b.yaml", to: URL(fileURLWithPath: "/tmp/region/")), "b.yaml")
    }

    func testFailureDescriptionNamesTheLocationAndField() {
        let failure = BatchFailure(reading: "r/x.yaml", error: DepartmentFileError(
            file: "/abs/r/x.yaml", line: 8, column: 3, field: "staff.onDutty", message: "unknown field"))
        XCTAssertEqual(failure.description, "r/x.yaml:8:3: staff.onDutty: unknown field")
        let plain = BatchFailure(stage: .write, path: "g/单位/a.odt", message: "disk full")
        XCTAssertEqual(plain.description, "g/单位/a.odt: disk full")
    }
}
