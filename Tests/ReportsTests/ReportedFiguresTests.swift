import BudgetChecks
import BudgetMetrics
import BudgetModel
import DisclosureImport
import Foundation
@testable import Reports
import TestSupport
import XCTest

/// A batch keeps only the figures its outputs read
/// (`Department.trimmedToReportedFigures()`): every workbook, memo and
/// profile written from trimmed departments must be byte for byte the one
/// written from whole departments.
final class ReportedFiguresTests: XCTestCase {
    func testTrimmedDepartmentsWriteTheSameFiles() throws {
        let templates = try packageTemplates()
        var departments: [(file: String, department: Department)] = []
        let seeds = TestPaths.packageRoot.appendingPathComponent("Tests/Seeds")
        for folder in [fixturesFolder, seeds, try syntheticRegion(count: 40, badFiles: 0)] {
            for url in try RegionFolder.inputFiles(at: folder) {
                departments.append((folder.lastPathComponent + "/" + url.lastPathComponent, try RegionFolder.loadFile(url).department))
            }
        }
        let whole = try write(departments, trimmed: false, templates: templates)
        let trimmed = try write(departments, trimmed: true, templates: templates)
        XCTAssertGreaterThan(whole.count, 40, "workbooks, memos and one profile per department")
        XCTAssertEqual(whole.keys.sorted(), trimmed.keys.sorted())
        for (name, bytes) in whole {
            XCTAssertEqual(bytes, trimmed[name], "\(name) differs when written from trimmed departments")
        }
    }

    func testTrimmingLeavesOutTheDetailRowsAndKeepsTheClasses() throws {
        let department = try DepartmentFile.load(fixturesFolder.appendingPathComponent("000-新疆驻北京办事处-2024-预算.yaml"))
        XCTAssertNotNil(department.basicExpenditure?.byEconomicClass)
        let trimmed = department.trimmedToReportedFigures()
        XCTAssertNil(trimmed.basicExpenditure?.byEconomicClass)
        XCTAssertEqual(trimmed.basicExpenditure?.publicFunds, department.basicExpenditure?.publicFunds)
        XCTAssertEqual(trimmed.expenditure?.byFunction?.map(\.code),
                       department.expenditure?.byFunction?.filter { $0.level == 1 }.map(\.code))
        XCTAssertFalse(trimmed.expenditure?.byFunction?.isEmpty ?? true)
        XCTAssertEqual(trimmed.projects, department.projects)
        XCTAssertEqual(trimmed.sangong, department.sangong)
        XCTAssertEqual(trimmed.yearOnYear, department.yearOnYear)
    }

    /// Every output of `departments`' groups, by name, written from whole or
    /// from trimmed departments (metrics and checks always from whole ones).
    private func write(_ departments: [(file: String, department: Department)], trimmed: Bool,
                       templates: MemoTemplates) throws -> [String: Data] {
        let metrics = departments.map { entry in
            trimmed ? DepartmentMetrics(entry.department, file: entry.file) { $0.trimmedToReportedFigures() }
                : DepartmentMetrics(entry.department, file: entry.file)
        }
        let findings = Dictionary(departments.map { ($0.file, DataChecks.run($0.department, file: $0.file)) },
                                  uniquingKeysWith: { first, _ in first })
        let folder = try temporaryFolder(trimmed ? "trimmed" : "whole")
        var outputs: [String: Data] = [:]
        for (number, group) in MetricGroup.groups(metrics).enumerated() {
            let groupFindings = group.departments.map { findings[$0.file ?? ""] ?? [] }
            let workbook = folder.appendingPathComponent("\(number).ods")
            try ComparisonWorkbook(group: group, findings: groupFindings).write(to: workbook)
            let memo = folder.appendingPathComponent("\(number).odt")
            try MemoWriter.write(group: group, findings: groupFindings.flatMap { $0 }, templates: templates, to: memo)
            for index in group.departments.indices {
                let profile = folder.appendingPathComponent("\(number)-\(index).odt")
                try DepartmentProfile(group: group, index: index, findings: groupFindings[index],
                                      file: group.departments[index].file ?? "").document().write(to: profile)
            }
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            outputs[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return outputs
    }
}
