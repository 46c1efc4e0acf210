import ArgumentParser
import Foundation
import Reports

/// `budget-compare report DIR --out DIR`: the comparison workbook and memo of
/// every group of comparable departments (same year, kind and group tag).
///
/// Exit codes: 0 everything written; 1 some input file could not be read or
/// some group could not be written (the rest is still written, each failure
/// is named on stderr), or the templates cannot be used; 2 usage error
/// (missing folder, no input file, bad option, missing --templates folder).
/// When no department could be read, nothing is written and --out is not created.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the comparison workbook (.ods) and memo (.odt) of every group of departments.",
        discussion: """
        Reads department files (.yaml/.yml/.json) and disclosure texts (.txt) under <dir>, \
        groups departments of the same year, kind (预算/决算) and group tag, and writes per group:

          <out>/<year>年-<kind>[-<tag>]/比较分析表.ods      the comparison workbook
          <out>/<year>年-<kind>[-<tag>]/对比分析备忘录.odt  the comparison memo

        Files are written under a temporary name and renamed when complete, so a failed run \
        leaves no partial file. A file that cannot be read is reported on stderr (file, field, \
        what was expected) and left out; the other departments are still written. Each \
        disclosure text (.txt) gets a one-line import summary on stderr (tables and figures \
        found). The memo's sentences come from the templates (see --templates). Folders in \
        <out> that this run did not write are never deleted; they are listed.

        Exit codes: 0 all written; 1 some file could not be read (the rest was written) or the \
        templates cannot be used; 2 usage error (no such folder, no input file in it, bad option, \
        no such --templates folder).

        Examples:
          budget-compare                     # the same as the next line
          budget-compare report Fixtures --out Output
          budget-compare report ~/region-2024 --out ~/reports \\
              --workbook-name 2024年比较分析表.ods
        """)

    @Argument(help: ArgumentHelp("Folder of department files and disclosure texts (searched recursively), or one file.",
                                 valueName: "dir"))
    var input: String = "Fixtures"

    @Option(name: .customLong("out"),
            help: ArgumentHelp("Folder to write the group folders into (created if needed).", valueName: "out"))
    var output: String = "Output"

    @Option(help: "File name of the workbook in each group folder.")
    var workbookName: String = ReportOptions.defaultWorkbookName

    @Option(help: "File name of the memo in each group folder.")
    var memoName: String = ReportOptions.defaultMemoName

    @Option(help: ArgumentHelp(
        "Folder of the memo templates (*.mustache).",
        discussion: "Default: $BUDGETCOMPARE_TEMPLATES, else Templates/ in the current folder when present, else the templates bundled with the program.",
        valueName: "dir"))
    var templates: String?

    func run() throws {
        let options = ReportOptions(workbookName: workbookName, memoName: memoName,
                                    templates: templates.map { URL(fileURLWithPath: $0) })
        if let problem = options.problem() { throw UsageError(problem) }
        if let templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
                throw UsageError("找不到模板文件夹（--templates）：\(templates)")
            }
        }
        let source = try CommandInput(input)
        let summary: ReportSummary
        do {
            summary = try ReportRunner.run(input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output),
                                           options: options)
        } catch let error as ReportError {
            switch error {
            // Name the folder as the user typed it (CommandInput has checked both already).
            case .inputNotFound: throw UsageError(CommandInput.notFound(input))
            case .noInputFiles: throw UsageError(CommandInput.noInputFiles(input))
            case .outputNotWritable: throw UsageError(error.description)
            case .templates:
                // Not a usage error: the templates were found but cannot be used.
                StandardError.write(error.description)
                throw InputsFailed()
            }
        }
        for group in summary.groups where group.error == nil {
            let checks = group.inconsistencies + group.roundingDifferences == 0
                ? "数据核查未发现问题"
                : "数据核查：不一致 \(group.inconsistencies) 条，尾差 \(group.roundingDifferences) 条"
            print("\(group.key.label)：\(group.departments) 个部门，\(checks)")
            for file in group.written { print("  已写入 \(CheckCommand.displayPath(file.path))") }
        }
        if !summary.otherFolders.isEmpty {
            // Never deleted: they may be the analyst's own files.
            print("注意：\(CheckCommand.displayPath(summary.output.path)) 中另有 \(summary.otherFolders.count) 个文件夹不是本次写入的（保留未动）："
                  + summary.otherFolders.map(\.lastPathComponent).joined(separator: "、"))
        }
        source.reportImports(summary.imports)
        for failure in summary.failures {
            StandardError.write(source.failureLine(file: failure.path, message: failure.message))
        }
        if !summary.failures.isEmpty {
            StandardError.write(summary.written.isEmpty
                ? "\(summary.failures.count) 项失败；未写入任何文件。"
                : "\(summary.failures.count) 项失败；其余已写入 \(summary.written.count) 个文件。")
            throw InputsFailed()
        }
    }
}
