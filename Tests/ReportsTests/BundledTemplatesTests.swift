import Foundation
import TestSupport
import XCTest
@testable import Reports

/// The default templates bundled with the program
/// (Sources/Reports/Resources/Templates) are a copy of the package's
/// Templates/ (the source of truth), and are found when nothing else is.
final class BundledTemplatesTests: XCTestCase {
    private let source = TestPaths.packageRoot.appendingPathComponent("Templates")
    private let copy = TestPaths.packageRoot.appendingPathComponent("Sources/Reports/Resources/Templates")

    private func mustacheFiles(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    func testBundledCopyEqualsTemplates() throws {
        let expected = try mustacheFiles(source), actual = try mustacheFiles(copy)
        XCTAssertFalse(expected.isEmpty)
        let differing = Set(expected.keys).union(actual.keys).filter { expected[$0] != actual[$0] }.sorted()
        XCTAssertEqual(differing, [], """
            the bundled default templates differ from Templates/; copy them with
              rm Sources/Reports/Resources/Templates/*.mustache && cp Templates/*.mustache Sources/Reports/Resources/Templates/
            """)
    }

    func testBundledTemplatesAreFoundBesideTheExecutable() throws {
        let found = MemoTemplates.bundledFolders().filter {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("title.mustache").path)
        }
        let folder = try XCTUnwrap(found.first, "no bundled templates beside the executable: \(MemoTemplates.bundledFolders().map(\.path))")
        XCTAssertEqual(try mustacheFiles(folder), try mustacheFiles(source))
        XCTAssertNoThrow(try MemoTemplates.load(from: folder))
    }

    /// From a folder without Templates/ and with no environment variable, the bundled ones are used.
    func testLocateFallsBackToTheBundledTemplates() throws {
        let empty = try TestPaths.temporaryFolder("no-templates")
        defer { try? FileManager.default.removeItem(at: empty) }
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(empty.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let saved = ProcessInfo.processInfo.environment["BUDGETCOMPARE_TEMPLATES"]
        unsetenv("BUDGETCOMPARE_TEMPLATES")
        defer { if let saved { setenv("BUDGETCOMPARE_TEMPLATES", saved, 1) } }
        let found = try MemoTemplates.locate()
        XCTAssertTrue(MemoTemplates.bundledFolders().contains(found), found.path)
    }

    /// A ./Templates folder without templates in it does not count as present.
    func testTemplatesFolderWithoutTemplatesIsPassedOver() throws {
        let folder = try TestPaths.temporaryFolder("other-templates")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Templates"), withIntermediateDirectories: true)
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(folder.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let saved = ProcessInfo.processInfo.environment["BUDGETCOMPARE_TEMPLATES"]
        unsetenv("BUDGETCOMPARE_TEMPLATES")
        defer { if let saved { setenv("BUDGETCOMPARE_TEMPLATES", saved, 1) } }
        XCTAssertTrue(MemoTemplates.bundledFolders().contains(try MemoTemplates.locate()))
    }

    func testBundledFoldersHaveNoDuplicates() {
        let folders = MemoTemplates.bundledFolders()
        XCTAssertEqual(folders.count, Set(folders).count)
    }
}
