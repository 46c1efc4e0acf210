import ArgumentParser
import Foundation
import Reports

/// `budget-compare report DIR --out DIR`: the comparison workbook and memo of
/// every group of comparable departments (same year, kind and group tag).
///
/// Exit codes: 0 everything written; 1 some input file could not be read or
/// some group could not be written (the rest is still written, each failure
/// is named on stderr); 2 usage error (missing folder, bad option).
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
        what was expected) and left out; the other departments are still written. The memo's \
        sentences come from the templates in Templates/ (see --templates).

        Exit codes: 0 all written; 1 some file could not be read (the rest was written); \
        2 usage error (no such folder, bad option).

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
        discussion: "Default: $BUDGETCOMPARE_TEMPLATES, else Templates/ in the current folder or beside the program.",
        valueName: "dir"))
    var templates: String?

    func run() throws {
        let options = ReportOptions(workbookName: workbookName, memoName: memoName,
                                    templates: templates.map { URL(fileURLWithPath: $0) })
        if let problem = options.problem() { throw UsageError(problem) }
        let summary: ReportSummary
        do {
            summary = try ReportRunner.run(input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output),
                                           options: options)
        } catch let error as ReportError {
            // Name the folder as the user typed it.
            switch error {
            case .inputNotFound: throw UsageError(ReportError.inputNotFound(input).description)
            case .noInputFiles: throw UsageError(ReportError.noInputFiles(input).description)
            case .outputNotWritable, .templates: throw UsageError(error.description)
            }
        }
        for group in summary.groups where group.error == nil {
            let checks = group.inconsistencies + group.roundingDifferences == 0
                ? "数据核查未发现问题"
                : "数据核查：不一致 \(group.inconsistencies) 条，尾差 \(group.roundingDifferences) 条"
            print("\(group.key.label)：\(group.departments) 个单位，\(checks)")
            for file in group.written { print("  wrote \(CheckCommand.displayPath(file.path))") }
        }
        for failure in summary.failures {
            let path = CheckCommand.displayPath(failure.path)
            let message = failure.message.hasPrefix(failure.path)
                ? path + failure.message.dropFirst(failure.path.count) : "\(path): \(failure.message)"
            StandardError.write(message)
        }
        if !summary.failures.isEmpty {
            StandardError.write("\(summary.failures.count) input(s) failed; \(summary.written.count) file(s) written for the others.")
            throw InputsFailed()
        }
    }
}
