import ArgumentParser
import BudgetMetrics
import BudgetModel
import DisclosureImport
import Foundation

/// `budget-compare metrics`: the metric catalogue (`--list`) or every
/// department's metrics and the group statistics for a folder.
///
/// Files that fail to load are reported on stderr; the others are still
/// printed, and the exit status is then 1. A missing folder, or one without
/// input files, is a usage error (2). Each disclosure text read gets a
/// one-line import summary on stderr.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Print each department's metrics and each group's pooled value, mean and median.",
        discussion: """
        Departments are compared only within the same year, kind (预算/决算) and group tag. \
        A metric without a value is shown as — with the reason (text) or as null with a \
        reason (JSON). Values in JSON are full-precision decimal strings of the quotient \
        (a share of 5.23% is 0.0523…).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A folder (or one file) of department files (.yaml/.yml/.json) and disclosure texts (.txt).")
    var path: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Print the metric catalogue (id, name, formula, unit) instead.")
    var list = false

    func run() throws {
        if list {
            guard path == nil else { throw UsageError("--list 不接受文件夹参数") }
            print(MetricsReport.catalogueText(), terminator: "")
            return
        }
        guard let path else { throw UsageError("缺少文件夹：budget-compare metrics DIR [--format text|json]") }
        let input = try CommandInput(path)
        let load = try input.load()
        let departments = load.departments.map { DepartmentMetrics($0.department, file: input.display($0.file)) }
        let report = MetricsReport(departments)
        switch format {
        case .json: FileHandle.standardOutput.write(try report.json())
        case .text: print(report.text(), terminator: "")
        }
        input.reportImports(load.departments)
        input.reportFailures(load.failures)
        if !load.failures.isEmpty { throw InputsFailed() }
    }
}
