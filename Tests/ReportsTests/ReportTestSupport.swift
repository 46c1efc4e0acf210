import BudgetModel
import Foundation
@testable import Reports
import TestSupport
import XCTest

/// The repository's Fixtures/ folder (the four hand-checked seed departments).
let fixturesFolder = TestPaths.packageRoot.appendingPathComponent("Fixtures")

/// The package's memo templates.
let templatesFolder = TestPaths.packageRoot.appendingPathComponent("Templates")

/// The package's memo templates, loaded once.
func packageTemplates() throws -> MemoTemplates { try ReportRunner.templates(ReportOptions(templates: templatesFolder)) }

/// The group folders the seed fixtures make, in group order.
let fixtureGroupFolders = ["2024年-预算", "2024年-决算", "2025年-预算"]

extension XCTestCase {
    /// A fresh temporary folder removed after the test.
    func temporaryFolder(_ label: String) throws -> URL {
        let folder = try TestPaths.temporaryFolder(label)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// Runs the report over `input` into a fresh folder, with the package's
    /// templates unless `options` names others; returns the summary.
    func runReport(_ input: URL = fixturesFolder, options: ReportOptions = ReportOptions()) throws -> ReportSummary {
        let output = try temporaryFolder("report-out")
        var options = options
        if options.templates == nil { options.templates = templatesFolder }
        return try ReportRunner.run(input: input, output: output, options: options)
    }

    /// A region folder holding a synthetic region (budgets for 2025 and 决算
    /// for 2024, some sections left out, a few inconsistencies, `badFiles`
    /// malformed files).
    func syntheticRegion(count: Int = 30, seed: UInt64 = 20_240_601, badFiles: Int = 1) throws -> URL {
        let folder = try temporaryFolder("synthetic-region")
        let files = try SyntheticRegion.generate(.init(count: count, seed: seed, finalPercent: 35, missingPercent: 15,
                                                       inconsistencies: 4, badFiles: badFiles))
        try SyntheticRegion.write(files, to: folder)
        return folder
    }

    /// The stored values of one sheet as TSV (`ods-values --sheet`).
    func storedValues(_ workbook: URL, sheet: String, formulas: Bool = false,
                      file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let tool = try Tools.sharedTool("ods-values", file: file, line: line)
        let result = try runProcess(tool, (formulas ? ["--formulas"] : []) + ["--sheet", sheet, workbook.path])
        XCTAssertEqual(result.exitCode, 0, result.stderr, file: file, line: line)
        return result.stdout
    }
}

/// Every regular file below `folder`, hidden ones included, as paths relative to it.
func allFiles(under folder: URL) -> [String] {
    let root = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    return (enumerator.allObjects as? [String] ?? []).filter { path in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
    }.sorted()
}

/// Every hidden entry (file or folder) below `folder`.
func hiddenEntries(under folder: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    return (enumerator.allObjects as? [String] ?? []).filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }
}
