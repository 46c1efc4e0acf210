import Foundation
import XCTest
@testable import Reports

/// Where the memo's templates are read from when the caller names no folder.
final class MemoTemplateLocationTests: XCTestCase {
    func testExplicitFolderWins() throws {
        let folder = URL(fileURLWithPath: "/nonexistent/templates")
        XCTAssertEqual(try MemoTemplates.locate(explicit: folder), folder)
    }

    func testEnvironmentVariableNamesTheFolder() throws {
        setenv("BUDGETCOMPARE_TEMPLATES", MemoFixtures.templatesFolder.path, 1)
        defer { unsetenv("BUDGETCOMPARE_TEMPLATES") }
        XCTAssertEqual(try MemoTemplates.locate().standardizedFileURL.path, MemoFixtures.templatesFolder.standardizedFileURL.path)
    }

    func testPackageTemplatesAreFoundFromThePackageFolder() throws {
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(MemoFixtures.root.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let found = try MemoTemplates.locate()
        XCTAssertTrue(FileManager.default.fileExists(atPath: found.appendingPathComponent("title.mustache").path))
    }

    func testMissingFolderSaysWhereItLooked() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("memo-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        XCTAssertThrowsError(try MemoTemplates.load(from: empty)) { error in
            let error = error as? MemoTemplateError
            XCTAssertEqual(error?.template, "title.mustache")
            XCTAssertTrue(error?.description.contains("缺少模板文件") == true, "\(String(describing: error))")
        }
    }
}

extension MemoTemplateLocationTests {
    func testErrorDescriptions() {
        XCTAssertEqual(MemoTemplateError(template: "", line: 0, problem: .missingFile("模板目录不存在"), directory: "/x/Templates").description,
                       "/x/Templates: 模板目录不存在")
        XCTAssertEqual(MemoTemplateError(template: "", line: 0, problem: .missingFile("找不到")).description, "找不到")
        XCTAssertEqual(MemoTemplateError(template: "staff.mustache", line: 2, column: 5, problem: .unknownVariable("x"),
                                         directory: "/x/Templates/").description,
                       "/x/Templates/staff.mustache:2:5: 未知变量「x」（可用的变量见 Templates/README.md）")
    }
}
