import Foundation
import XCTest
@testable import Reports

/// A template mistake stops the memo with the template's name and line; a
/// variable the memo does not supply is an error, never an empty string.
final class MemoTemplateErrorTests: XCTestCase {
    /// The package's templates with `name` replaced by `text`.
    private func templates(replacing name: String, with text: String) throws -> MemoTemplates {
        var texts = try packageTexts()
        texts[name] = text
        return try MemoTemplates(texts: texts, directory: MemoFixtures.templatesFolder)
    }

    private func packageTexts() throws -> [String: String] {
        let files = try FileManager.default.contentsOfDirectory(at: MemoFixtures.templatesFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "mustache" }
        var texts: [String: String] = [:]
        for file in files { texts[file.deletingPathExtension().lastPathComponent] = try String(contentsOf: file, encoding: .utf8) }
        return texts
    }

    private func error(replacing name: String, with text: String, file: StaticString = #filePath, line: UInt = #line) throws
        -> MemoTemplateError
    {
        do {
            _ = try templates(replacing: name, with: text)
        } catch let error as MemoTemplateError {
            return error
        }
        XCTFail("no error for:\n\(text)", file: file, line: line)
        throw XCTSkip("no error")
    }

    func testPackageTemplatesPassTheCheck() throws {
        let templates = try MemoTemplates.load(from: MemoFixtures.templatesFolder)
        XCTAssertEqual(templates.directory, MemoFixtures.templatesFolder)
    }

    func testUnknownVariableNamesTemplateLineAndColumn() throws {
        let error = try error(replacing: "staff", with: "## 二、人员配置\n\n编制数{{authorized_total}}人。\n")
        XCTAssertEqual(error.template, "staff.mustache")
        XCTAssertEqual(error.line, 3)
        XCTAssertEqual(error.column, 4)
        XCTAssertEqual(error.problem, .unknownVariable("authorized_total"))
        XCTAssertEqual(error.description, "staff.mustache:3:4: 未知变量「authorized_total」（可用的变量见 Templates/README.md）")
    }

    func testVariableOfAnotherScopeIsUnknownOutsideIt() throws {
        // `names` exists only inside {{#highest}} of a comparison: at the top it is not supplied.
        let error = try error(replacing: "overview", with: "## 一、总体情况\n最高的是{{names}}。\n")
        XCTAssertEqual(error.problem, .unknownVariable("names"))
        XCTAssertEqual(error.line, 2)
    }

    func testOptionalValueOutsideItsSectionIsAnError() throws {
        let error = try error(replacing: "title", with: "# 标题\n地区：{{region}}\n")
        XCTAssertEqual(error.line, 2)
        guard case .misuse("region", let detail) = error.problem else { return XCTFail("\(error)") }
        XCTAssertTrue(detail.contains("{{#region}}"), detail)
        // Inside the section it is fine; so is an inverted section.
        XCTAssertNoThrow(try templates(replacing: "title", with: "# 标题\n{{#region}}地区：{{region}}{{/region}}{{^region}}未列明地区{{/region}}\n"))
    }

    func testOptionalValueGuardedByAnotherSectionIsStillAnError() throws {
        let error = try error(replacing: "title", with: "{{#tag}}{{region}}{{/tag}}\n")
        guard case .misuse("region", _) = error.problem else { return XCTFail("\(error)") }
    }

    func testListPrintedAsTextIsAnError() throws {
        let error = try error(replacing: "title", with: "# {{departments}}\n")
        guard case .misuse("departments", let detail) = error.problem else { return XCTFail("\(error)") }
        XCTAssertTrue(detail.contains("列表"), detail)
    }

    func testFlagPrintedAsTextIsAnError() throws {
        let error = try error(replacing: "title", with: "{{is_budget}}\n")
        guard case .misuse("is_budget", _) = error.problem else { return XCTFail("\(error)") }
    }

    func testUnclosedSectionPointsAtItsOpeningLine() throws {
        let error = try error(replacing: "projects", with: "## 五\n\n{{#is_final}}\n执行率\n")
        XCTAssertEqual(error.line, 3)
        guard case .syntax(let detail) = error.problem else { return XCTFail("\(error)") }
        XCTAssertTrue(detail.contains("{{/is_final}}"), detail)
    }

    func testMismatchedSectionEnd() throws {
        let error = try error(replacing: "projects", with: "{{#is_final}}\n{{#is_budget}}x{{/is_final}}{{/is_budget}}\n")
        XCTAssertEqual(error.line, 2)
        guard case .syntax = error.problem else { return XCTFail("\(error)") }
    }

    func testUnclosedTag() throws {
        let error = try error(replacing: "staff", with: "第一行\n在职{{on_duty 人\n")
        XCTAssertEqual(error.line, 2)
        XCTAssertEqual(error.column, 3)
        guard case .syntax = error.problem else { return XCTFail("\(error)") }
    }

    func testUnsupportedMustacheIsRejected() throws {
        for text in ["{{=<% %>=}}\n", "{{% CONTENT_TYPE: HTML}}\n", "{{<compare}}{{/compare}}\n", "{{percap_public.median}}\n",
                     "{{uppercased(year)}}\n"] {
            let error = try error(replacing: "title", with: text)
            guard case .syntax = error.problem else { return XCTFail("\(text): \(error)") }
        }
    }

    func testUnknownPartialAndCycles() throws {
        let unknown = try error(replacing: "staff", with: "{{> comparison}}\n")
        XCTAssertEqual(unknown.problem, .unknownPartial("comparison"))
        var texts = try packageTexts()
        texts["a"] = "{{> b}}"
        texts["b"] = "{{> a}}"
        texts["staff"] = "{{> a}}"
        XCTAssertThrowsError(try MemoTemplates(texts: texts, directory: MemoFixtures.templatesFolder)) { error in
            XCTAssertEqual((error as? MemoTemplateError)?.problem, .partialCycle(["staff", "a", "b", "a"]))
        }
    }

    func testErrorInsidePartialNamesThePartial() throws {
        let error = try error(replacing: "compare", with: "{{metric}}\n{{highest_value}}\n")
        XCTAssertEqual(error.template, "compare.mustache")
        XCTAssertEqual(error.line, 2)
        XCTAssertEqual(error.problem, .unknownVariable("highest_value"))
    }

    func testListPositionOnlyDirectlyInsideAList() throws {
        XCTAssertNoThrow(try templates(replacing: "title", with: "{{#departments}}{{name}}{{^last()}}、{{/last()}}{{/departments}}\n"))
        let error = try error(replacing: "title", with: "{{^last()}}、{{/last()}}\n")
        guard case .misuse("last()", _) = error.problem else { return XCTFail("\(error)") }
    }

    func testTableMarkerMustBeInTheAppendixOnce() throws {
        let missing = try error(replacing: "appendix", with: "## 附表\n")
        XCTAssertEqual(missing.template, "appendix.mustache")
        guard case .tableMarker = missing.problem else { return XCTFail("\(missing)") }
        let twice = try error(replacing: "appendix", with: "[[主要指标表]]\n[[主要指标表]]\n")
        XCTAssertEqual(twice.line, 2)
        let elsewhere = try error(replacing: "staff", with: "## 二\n[[主要指标表]]\n")
        XCTAssertEqual(elsewhere.template, "staff.mustache")
        XCTAssertEqual(elsewhere.line, 2)
    }

    func testMissingSectionTemplateAndFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memo-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in try packageTexts() where name != "sangong" {
            try text.write(to: folder.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8)
        }
        XCTAssertThrowsError(try MemoTemplates.load(from: folder)) { error in
            let error = error as? MemoTemplateError
            XCTAssertEqual(error?.template, "sangong.mustache")
            XCTAssertEqual(error?.line, 0)
            XCTAssertTrue(error?.description.hasPrefix(folder.path + "/sangong.mustache: 缺少模板文件") == true, "\(String(describing: error))")
        }
        XCTAssertThrowsError(try MemoTemplates.load(from: folder.appendingPathComponent("nowhere"))) { error in
            guard case .missingFile? = (error as? MemoTemplateError)?.problem else { return XCTFail("\(error)") }
        }
    }

    func testMemoWriterReportsTemplateErrorsBeforeWritingAnything() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memo-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in try packageTexts() {
            let broken = name == "sangong" ? text + "\n{{sangong_totl}}\n" : text
            try broken.write(to: folder.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8)
        }
        let output = folder.appendingPathComponent("memo.odt")
        let group = try MemoFixtures.group(2024, .budget)
        XCTAssertThrowsError(try MemoWriter.write(group: group, findings: [], templatesDirectory: folder, to: output)) { error in
            XCTAssertEqual((error as? MemoTemplateError)?.problem, .unknownVariable("sangong_totl"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }
}
