import Foundation
import Mustache

/// The memo's wording: one Mustache template per section, read from a
/// folder (the package's `Templates/`) that a finance bureau can edit
/// without touching Swift. Loading parses every template and checks every
/// variable against the memo's values (`MemoContext`), so a misspelt or
/// misplaced variable stops the run with the template's name and line
/// instead of leaving a gap in the memo.
///
/// Load once and share: `MemoTemplates` is immutable and `Sendable`, so the
/// groups of a region can be written in parallel with the same templates.
///
/// ```swift
/// let templates = try MemoTemplates.load(from: MemoTemplates.locate())
/// try MemoWriter.write(group, findings: findings, templates: templates, to: url)
/// ```
public struct MemoTemplates: Sendable {
    /// The section templates in memo order (file `<name>.mustache`). Any
    /// other `.mustache` file in the folder is a partial (`{{> name}}`).
    public static let sectionNames = [
        "title", "overview", "staff", "public-funds", "sangong", "projects", "data-quality", "appendix",
    ]

    /// The line, alone in `appendix.mustache`, where the key-metrics table goes.
    public static let tableMarker = "[[主要指标表]]"

    /// The folder the templates were read from.
    public let directory: URL
    private let sections: [String: MustacheTemplate]
    private let library: MustacheLibrary

    /// Reads and checks every template in `directory`.
    ///
    /// Thrown: `MemoTemplateError` when a section template is missing or
    /// unreadable, when a template has a syntax error, uses a variable the
    /// memo does not supply or uses one the wrong way, includes an unknown
    /// partial, or when the table marker is missing from `appendix.mustache`
    /// or present elsewhere.
    public static func load(from directory: URL) throws -> MemoTemplates {
        let folder = directory.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw MemoTemplateError(template: "", line: 0, problem: .missingFile("模板目录不存在"), directory: folder)
        }
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "mustache" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw MemoTemplateError(template: "", line: 0, problem: .missingFile("无法读取模板目录：\(error.localizedDescription)"),
                                    directory: folder)
        }
        var texts: [String: String] = [:]
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            do {
                texts[name] = try String(contentsOf: file, encoding: .utf8)
            } catch {
                throw MemoTemplateError(template: file.lastPathComponent, line: 0,
                                        problem: .missingFile("无法以 UTF-8 读取模板文件"), directory: folder)
            }
        }
        for name in sectionNames where texts[name] == nil {
            throw MemoTemplateError(template: name + ".mustache", line: 0,
                                    problem: .missingFile("缺少模板文件（每节一个模板：\(sectionNames.map { $0 + ".mustache" }.joined(separator: "、"))）"),
                                    directory: folder)
        }
        do {
            return try MemoTemplates(texts: texts, directory: directory)
        } catch var error as MemoTemplateError {
            error.directory = folder
            throw error
        }
    }

    /// Builds templates from their texts by name (without `.mustache`); for
    /// `load(from:)` and tests.
    init(texts: [String: String], directory: URL) throws {
        self.directory = directory
        var parsed: [String: [TemplateNode]] = [:]
        var fileNames: [String: String] = [:]
        for (name, text) in texts {
            fileNames[name] = name + ".mustache"
            do {
                parsed[name] = try TemplateSyntax.parse(text)
            } catch let failure as TemplateSyntax.Failure {
                throw MemoTemplateError(template: name + ".mustache", line: failure.position.line,
                                        column: failure.position.column, problem: .syntax(failure.message))
            }
        }
        let checker = TemplateChecker(root: MemoContext.schema, templates: parsed, fileNames: fileNames)
        for name in Self.sectionNames { try checker.check(name) }
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            let markerLines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .filter { $0.element.contains(Self.tableMarker) }.map { $0.offset + 1 }
            if name == "appendix" {
                if markerLines.isEmpty {
                    throw MemoTemplateError(template: "appendix.mustache", line: 0,
                                            problem: .tableMarker("附表模板中缺少表格位置标记 \(Self.tableMarker)（单独一行）"))
                }
                if markerLines.count > 1 {
                    throw MemoTemplateError(template: "appendix.mustache", line: markerLines[1],
                                            problem: .tableMarker("表格位置标记 \(Self.tableMarker) 只能出现一次"))
                }
            } else if let first = markerLines.first {
                throw MemoTemplateError(template: name + ".mustache", line: first,
                                        problem: .tableMarker("表格位置标记 \(Self.tableMarker) 只能用在 appendix.mustache 中"))
            }
        }
        // Rendered as plain text: the pragma turns off swift-mustache's HTML
        // escaping; it sits on a line of its own, which Mustache removes, so
        // the template's own lines are one further down.
        var library = MustacheLibrary()
        var sections: [String: MustacheTemplate] = [:]
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            let template: MustacheTemplate
            do {
                template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + Self.markingParagraphBreaks(text))
            } catch let failure as MustacheTemplate.ParserError {
                throw MemoTemplateError(template: name + ".mustache", line: max(1, failure.context.lineNumber - 1),
                                        column: failure.context.columnNumber,
                                        problem: .syntax(String(describing: failure.error)))
            }
            library.register(template, named: name)
            if Self.sectionNames.contains(name) { sections[name] = template }
        }
        self.sections = sections
        self.library = library
    }

    /// A blank line of a template ends a paragraph, while a line that merely
    /// renders empty (its sentences all conditional, none applying) must not:
    /// blank lines become U+2029 PARAGRAPH SEPARATOR before rendering, which
    /// `MemoLayout` reads as the paragraph break. Line numbers are unchanged.
    static let paragraphBreak: Character = "\u{2029}"

    static func markingParagraphBreaks(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{3000}" } ? String(paragraphBreak) : String(line) }
            .joined(separator: "\n")
    }

    /// Renders every section for `context`, in memo order.
    func render(_ context: MemoContext) -> [(name: String, text: String)] {
        let box = TemplateBox(context)
        return Self.sectionNames.map { name in (name, sections[name]!.render(box, library: library)) }
    }

    /// The templates folder to use when the caller names none: `Templates/`
    /// in the current directory, else beside the executable or in one of
    /// its parent folders (a `swift build` product lives in
    /// `<package>/.build/<config>/`), else the folder named by the
    /// environment variable `BUDGETCOMPARE_TEMPLATES`, checked first when set.
    ///
    /// Thrown: `MemoTemplateError` (`.missingFile`) listing the places tried.
    public static func locate(explicit: URL? = nil) throws -> URL {
        if let explicit { return explicit }
        var candidates: [URL] = []
        if let fromEnvironment = ProcessInfo.processInfo.environment["BUDGETCOMPARE_TEMPLATES"], !fromEnvironment.isEmpty {
            candidates.append(URL(fileURLWithPath: fromEnvironment))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Templates"))
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Templates"))
            folder.deleteLastPathComponent()
        }
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("title.mustache").path) {
            return candidate.standardizedFileURL
        }
        throw MemoTemplateError(
            template: "", line: 0,
            problem: .missingFile("找不到备忘录模板目录 Templates/（已查找：" + candidates.map(\.path).joined(separator: "、")
                                  + "）。请在软件包目录下运行，或用 BUDGETCOMPARE_TEMPLATES 指定模板目录"))
    }
}
