import ArgumentParser
import Foundation
import Reports

/// `budget-compare batch REGION_DIR --out DIR [--jobs N] [--per-department] [--quiet]`:
/// every department of a region at once, on all cores.
///
/// Standard output gets the summary (one line per group, the files written,
/// where the report is); standard error gets the progress and every input
/// or output that failed. `--quiet` leaves only the failures.
///
/// Exit codes: 0 everything read and written; 1 some input could not be read
/// or some output not written (the rest is written, each failure is named
/// on stderr and in batch-report.json), or the memo templates are unusable
/// (nothing written); 2 usage error (missing folder, bad option, output
/// folder not writable or in use by another batch). Messages are in Chinese
/// like those of `report`.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run over every department of a region: workbook and memo per group, optional profile per department.",
        discussion: """
        Reads every department file (.yaml/.yml/.json) and disclosure text (.txt) \
        under REGION_DIR in parallel, groups departments of the same year, kind \
        (预算/决算) and group tag, and writes:

          OUT/<group>/比较分析表.ods         the comparison workbook
          OUT/<group>/对比分析备忘录.odt     the comparison memo
          OUT/<group>/单位/<name>.odt        one page per department
                                            (--per-department)
          OUT/batch-report.json             files read, outputs, failures

        <group> is e.g. 2025年-预算 or 2024年-决算-驻京机构.

        A file that cannot be read never stops the batch: it is reported (file, \
        line, field, message) and the others are written (exit code 1). The \
        outputs do not depend on --jobs and are byte-identical from run to run. \
        Every file is written under a hidden temporary name and renamed when \
        complete; the next batch removes what an interrupted one left. Progress \
        goes to stderr (a bar on a terminal; NO_COLOR turns its colour off). \
        Exit codes: 0 all written, 1 some input or output failed, 2 usage error. \
        See docs/BATCH.md.

        Examples:
          budget-compare batch ~/region --out ~/reports
          budget-compare batch ~/region --out ~/reports --per-department --jobs 4
        """)

    @Argument(help: ArgumentHelp("Folder of department files and disclosure texts (searched recursively).",
                                  valueName: "region-dir"))
    var region: String

    @Option(name: .customLong("out"), help: ArgumentHelp(
        "Folder to write the group folders and batch-report.json into (created if needed).", valueName: "dir"))
    var output: String

    @Option(help: ArgumentHelp("Parallel workers; the default is this machine's active processor count.",
                               valueName: "n"))
    var jobs: Int = ParallelWork.defaultJobs

    @Flag(help: "Also write a one-page profile (.odt) per department under <group>/单位/.")
    var perDepartment = false

    @Flag(help: "No progress and no summary; only failures on stderr.")
    var quiet = false

    @Option(help: "File name of the workbook in each group folder.")
    var workbookName: String = ReportOptions.defaultWorkbookName

    @Option(help: "File name of the memo in each group folder.")
    var memoName: String = ReportOptions.defaultMemoName

    @Option(help: ArgumentHelp(
        "Folder of the memo templates (*.mustache).",
        discussion: "Default: $BUDGETCOMPARE_TEMPLATES, else Templates/ in the current folder or beside the program."))
    var templates: String?

    func validate() throws {
        // ArgumentParser wraps errors thrown here; ValidationError is the one it maps to a usage error (exit 2).
        guard jobs >= 1 else { throw ValidationError(BatchError.invalidJobs(jobs).description) }
    }

    func run() throws {
        if let templates {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue else {
                throw UsageError("找不到模板文件夹（--templates）：\(templates)")
            }
        }
        let options = BatchOptions(
            input: URL(fileURLWithPath: region), output: URL(fileURLWithPath: output), jobs: jobs,
            perDepartment: perDepartment,
            report: ReportOptions(workbookName: workbookName, memoName: memoName,
                                  templates: templates.map { URL(fileURLWithPath: $0) }))
        let result: BatchRunner.Result
        do {
            result = try BatchRunner.run(options, progress: BatchProgress.standardError(quiet: quiet))
        } catch let error as BatchError {
            // Name the folders as the user typed them.
            switch error {
            case .inputNotFound: throw UsageError(BatchError.inputNotFound(region).description)
            case .noInputFiles: throw UsageError(BatchError.noInputFiles(region).description)
            case .templates:
                // As for `report`: not a usage error, the templates were found but cannot be used.
                StandardError.write(error.description)
                throw InputsFailed()
            default: throw UsageError(error.description)
            }
        }
        let report = result.report
        if !quiet {
            // As `report` does: one line per disclosure text on how completely it was read.
            for department in report.departments {
                guard let imported = department.importSummary else { continue }
                StandardError.write(ImportSummary(file: joined(region, department.file), tablesFound: imported.tablesFound,
                                                  tablesMissing: imported.tablesMissing,
                                                  figuresMissing: imported.figuresMissing).text)
            }
            print(summary(result), terminator: "")
        }
        for failure in report.failures {
            var shown = failure
            shown.path = failure.stage == .read ? joined(region, failure.path) : joined(output, failure.path)
            StandardError.write(shown.description)
        }
        if !result.succeeded {
            let read = report.files.failed, written = report.outputs.failed
            var parts: [String] = []
            if read > 0 { parts.append("\(read) 个输入文件无法读取") }
            if written > 0 { parts.append("\(written) 项输出无法写入") }
            StandardError.write(parts.joined(separator: "，") + "；其余已写入 \(report.outputs.written) 个文件。"
                                + "详见 \(joined(output, BatchReport.fileName))")
            throw InputsFailed()
        }
    }

    /// One line per group, its files and profiles, then where the report is.
    func summary(_ result: BatchRunner.Result) -> String {
        let report = result.report
        var text = ""
        if !result.removedLeftovers.isEmpty {
            text += "已清除上次中断留下的 \(result.removedLeftovers.count) 个临时文件\n"
        }
        text += "已读取 \(report.files.read)/\(report.files.found) 个文件，共 \(report.groups.count) 个比较组\n"
        for group in report.groups {
            let checks = group.findings.inconsistency + group.findings.rounding == 0
                ? "数据核查未发现问题"
                : "数据核查：不一致 \(group.findings.inconsistency) 条，尾差 \(group.findings.rounding) 条"
            text += "\(group.label)：\(group.departments) 个部门，\(checks)\n"
            for file in group.outputs { text += "  已写入 \(joined(output, file))\n" }
            if report.options.perDepartment {
                text += "  已写入 \(group.profiles) 份单位概况：\(joined(output, group.folder + "/" + ProfileFileName.folder))/\n"
            }
        }
        text += "批处理报告：\(joined(output, BatchReport.fileName))\n"
        return text
    }

    /// `folder` as typed joined with a path inside it.
    func joined(_ folder: String, _ inside: String) -> String {
        folder.hasSuffix("/") ? folder + inside : folder + "/" + inside
    }
}
