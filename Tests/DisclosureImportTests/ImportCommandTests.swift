import BudgetModel
import DisclosureImport
import Foundation
import TestSupport
import XCTest

/// `budget-compare import` run as a user runs it: the built binary, YAML on
/// standard output or written atomically with -o, the report on standard
/// error, exit codes 0 / 1 / 2.
final class ImportCommandTests: XCTestCase {
    private var binary: URL {
        get throws {
            // The tests run from the build products folder, next to the executables
            // (Linux: the .xctest executable; macOS: the .xctest bundle).
            let bundle = Bundle(for: ImportCommandTests.self).bundleURL
            let folders = [Bundle.main.executableURL?.deletingLastPathComponent(), bundle, bundle.deletingLastPathComponent()]
            for folder in folders.compactMap({ $0 }) {
                let url = folder.appendingPathComponent("budget-compare")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
            // Skips with a notice, or fails under BUDGETCOMPARE_REQUIRE_TOOLS=1.
            try Tools.missing("budget-compare (not built next to the tests in \(bundle.path))", hint: "run `swift build` first")
        }
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = try binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testYAMLOnStandardOutputAndReportOnStandardError() throws {
        let seed = SeedFiles.seeds.appendingPathComponent("004_a42ce23be4573852.txt")
        let result = try run(["import", seed.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let department = try DepartmentFile.decode(result.stdout, file: "stdout.yaml")
        XCTAssertEqual(department.identity.name, "昌吉回族自治州人民政府驻北京联络处")
        XCTAssertEqual(department.revenue?.total?.source, Provenance(line: 108, table: "表1"))
        XCTAssertTrue(result.stderr.contains("11 tables found"), result.stderr)
        XCTAssertFalse(result.stdout.contains("tables found"))
    }

    func testOutputFileIsWrittenAtomically() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("002.yaml")
        try "old content".write(to: output, atomically: false, encoding: .utf8)
        let seed = SeedFiles.seeds.appendingPathComponent("002_4ec144158e136e59.txt")
        let result = try run(["import", seed.path, "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.isEmpty)
        let department = try DepartmentFile.load(output)
        XCTAssertEqual(department.identity.kind, .final)
        XCTAssertEqual(department.finalAccount?.performance?.count, 2)
        // Nothing but the output is left in the folder (the temporary file was renamed).
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["002.yaml"])
    }

    func testExitCodes() throws {
        let folder = try temporaryFolder()
        let garbage = folder.appendingPathComponent("garbage.txt")
        try "<html><body>nothing</body></html>".write(to: garbage, atomically: true, encoding: .utf8)
        let bad = try run(["import", garbage.path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("HTML"), bad.stderr)
        XCTAssertTrue(bad.stdout.isEmpty)

        let binaryFile = folder.appendingPathComponent("binary.txt")
        try Data([0xFF, 0xFE, 0x00, 0x81, 0xC3]).write(to: binaryFile)
        XCTAssertEqual(try run(["import", binaryFile.path]).status, 1)

        let missing = try run(["import", folder.appendingPathComponent("none.txt").path])
        XCTAssertEqual(missing.status, 2, missing.stderr)
        XCTAssertEqual(try run(["import"]).status, 2)

        let unwritable = try run(["import", SeedFiles.seeds.appendingPathComponent("000_48bb68b1a07c75d5.txt").path,
                                  "-o", folder.appendingPathComponent("no/such/dir/x.yaml").path])
        XCTAssertEqual(unwritable.status, 1, unwritable.stderr)
    }
}
