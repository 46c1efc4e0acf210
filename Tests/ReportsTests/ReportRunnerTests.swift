import BudgetMetrics
import BudgetModel
import Foundation
@testable import Reports
import XCTest

/// The orchestration: groups, folders, failures and atomic writes.
final class ReportRunnerTests: XCTestCase {
    private let options = ReportOptions(templates: templatesFolder)

    /// A copy of Fixtures/ with `extra` files added.
    private func fixturesCopy(extra: [String: String] = [:]) throws -> URL {
        let folder = try temporaryFolder("region").appendingPathComponent("region")
        try FileManager.default.copyItem(at: fixturesFolder, to: folder)
        for (name, text) in extra { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    func testFixturesMakeThreeGroups() throws {
        let summary = try runReport()
        XCTAssertTrue(summary.succeeded, "\(summary.failures)")
        XCTAssertEqual(summary.groups.map(\.key), [GroupKey(year: 2024, kind: .budget), GroupKey(year: 2024, kind: .final),
                                                  GroupKey(year: 2025, kind: .budget)])
        XCTAssertEqual(summary.groups.map(\.departments), [2, 1, 1])
        XCTAssertEqual(summary.departmentsWritten, 4)
        XCTAssertEqual(allFiles(under: summary.output),
                       fixtureGroupFolders.flatMap { ["\($0)/对比分析备忘录.odt", "\($0)/比较分析表.ods"] }.sorted())
        let inputs = try ReportRunner.prepare(input: fixturesFolder)
        for (outcome, group) in zip(summary.groups, inputs.groups) {
            let findings = group.findings.joined()
            XCTAssertEqual(outcome.inconsistencies + outcome.roundingDifferences, findings.count)
            XCTAssertEqual(outcome.inconsistencies, findings.filter { $0.severity == .inconsistency }.count)
        }
    }

    func testFilesAreNamedRelativeToTheInputFolder() throws {
        let inputs = try ReportRunner.prepare(input: fixturesFolder)
        let files = inputs.groups.flatMap { $0.metrics.departments.compactMap(\.file) }.sorted()
        XCTAssertEqual(files, try FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path)
            .filter { $0.hasSuffix(".yaml") }.sorted())
    }

    func testBadFileIsReportedAndTheOthersAreWritten() throws {
        let good = try String(contentsOf: fixturesFolder.appendingPathComponent("000-新疆驻北京办事处-2024-预算.yaml"), encoding: .utf8)
        let bad = good.replacingOccurrences(of: "currentYear: {value: \"3,994.84\"", with: "currentYear: {value: \"3.994,84\"")
        XCTAssertNotEqual(bad, good)
        let region = try fixturesCopy(extra: ["zz-bad.yaml": bad])
        let summary = try runReport(region)
        XCTAssertFalse(summary.succeeded)
        XCTAssertEqual(summary.failures.count, 1)
        let failure = try XCTUnwrap(summary.failures.first)
        XCTAssertTrue(failure.path.hasSuffix("zz-bad.yaml"), failure.path)
        XCTAssertTrue(failure.message.contains("revenue.currentYear"), failure.message)
        XCTAssertTrue(failure.message.contains("expected an amount"), failure.message)
        XCTAssertEqual(summary.groups.map(\.departments), [2, 1, 1], "the other departments are still written")
        XCTAssertEqual(summary.written.count, 6)
        XCTAssertEqual(hiddenEntries(under: summary.output), [], "no temporary or partial files")
    }

    func testGroupThatCannotBeWrittenLeavesNothingBehind() throws {
        let output = try temporaryFolder("blocked")
        // A plain file where the 2024 budget group's folder should go.
        try Data("not a folder".utf8).write(to: output.appendingPathComponent("2024年-预算"))
        let summary = try ReportRunner.run(input: fixturesFolder, output: output, options: options)
        XCTAssertEqual(summary.failures.count, 1)
        XCTAssertEqual(summary.failures.first?.path, output.appendingPathComponent("2024年-预算", isDirectory: true).path)
        XCTAssertNotNil(summary.groups[0].error)
        XCTAssertEqual(summary.groups[0].written, [])
        XCTAssertEqual(summary.groups.dropFirst().map(\.written.count), [2, 2])
        XCTAssertEqual(allFiles(under: output), ["2024年-决算/对比分析备忘录.odt", "2024年-决算/比较分析表.ods", "2024年-预算",
                                                 "2025年-预算/对比分析备忘录.odt", "2025年-预算/比较分析表.ods"])
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("2024年-预算"), encoding: .utf8), "not a folder")
    }

    func testRerunReplacesFiles() throws {
        let output = try temporaryFolder("rerun")
        _ = try ReportRunner.run(input: fixturesFolder, output: output, options: options)
        let first = try Data(contentsOf: output.appendingPathComponent("2024年-预算/比较分析表.ods"))
        let summary = try ReportRunner.run(input: fixturesFolder, output: output, options: options)
        XCTAssertTrue(summary.succeeded)
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("2024年-预算/比较分析表.ods")), first)
        XCTAssertEqual(hiddenEntries(under: output), [])
    }

    func testWorkbookNameOption() throws {
        let summary = try runReport(options: ReportOptions(workbookName: "2024比较.ods", memoName: "2024备忘录.odt"))
        XCTAssertEqual(Set(summary.written.map(\.lastPathComponent)), ["2024比较.ods", "2024备忘录.odt"])
    }

    func testBadOptionsAreRefused() {
        XCTAssertNotNil(ReportOptions(workbookName: "a/b.ods").problem())
        XCTAssertNotNil(ReportOptions(workbookName: ".hidden.ods").problem())
        XCTAssertNotNil(ReportOptions(workbookName: "").problem())
        XCTAssertNotNil(ReportOptions(workbookName: "x.ods", memoName: "x.ods").problem())
        XCTAssertNil(ReportOptions().problem())
    }

    func testMissingTemplatesStopBeforeWriting() throws {
        let output = try temporaryFolder("no-templates")
        let nowhere = try temporaryFolder("nowhere")
        XCTAssertThrowsError(try ReportRunner.run(input: fixturesFolder, output: output,
                                                  options: ReportOptions(templates: nowhere))) { error in
            guard case .templates(let message)? = error as? ReportError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("title.mustache"), message)
        }
        XCTAssertEqual(allFiles(under: output), [])
    }

    func testMemoIsWrittenBesideTheWorkbook() throws {
        let summary = try runReport()
        for group in summary.groups {
            XCTAssertEqual(group.written.map(\.lastPathComponent), ["比较分析表.ods", "对比分析备忘录.odt"])
        }
    }

    func testMissingOrEmptyInput() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/region-\(UUID().uuidString)")
        XCTAssertThrowsError(try ReportRunner.run(input: missing, output: try temporaryFolder("o"))) { error in
            XCTAssertEqual(error as? ReportError, .inputNotFound(missing.path))
        }
        let empty = try temporaryFolder("empty")
        XCTAssertThrowsError(try ReportRunner.run(input: empty, output: try temporaryFolder("o"))) { error in
            XCTAssertEqual(error as? ReportError, .noInputFiles(empty.path))
        }
    }

    func testOneFileAsInput() throws {
        let file = fixturesFolder.appendingPathComponent("002-乌鲁木齐市驻北京联络处-2024-决算.yaml")
        let summary = try runReport(file)
        XCTAssertEqual(summary.groups.map(\.folder.lastPathComponent), ["2024年-决算"])
        XCTAssertEqual(try ReportRunner.prepare(input: file).groups[0].metrics.departments[0].file,
                       "002-乌鲁木齐市驻北京联络处-2024-决算.yaml")
    }

    func testGroupsCanBeWrittenInParallel() throws {
        let inputs = try ReportRunner.prepare(input: try syntheticRegion(badFiles: 0))
        let output = try temporaryFolder("parallel")
        let templates = try packageTemplates()
        let outcomes = Outcomes(count: inputs.groups.count)
        DispatchQueue.concurrentPerform(iterations: inputs.groups.count) { index in
            outcomes.set(index, ReportRunner.write(inputs.groups[index], to: output, templates: templates))
        }
        let sequential = try temporaryFolder("sequential")
        for (index, group) in inputs.groups.enumerated() {
            let outcome = ReportRunner.write(group, to: sequential, templates: templates)
            let parallel = try XCTUnwrap(outcomes.get(index))
            XCTAssertNil(parallel.error)
            XCTAssertEqual(parallel.written.count, 2)
            for (a, b) in zip(parallel.written, outcome.written) {
                XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b), a.lastPathComponent)
            }
        }
    }
}

/// Outcomes collected from concurrent writers.
private final class Outcomes: @unchecked Sendable {
    private var values: [GroupOutcome?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: GroupOutcome) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> GroupOutcome? { lock.withLock { values[index] } }
}
