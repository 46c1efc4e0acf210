import ArgumentParser
import BudgetMetrics
import BudgetModel
import DisclosureImport
import Foundation

/// `budget-compare metrics`: the metric catalogue (`--list`) or every
/// department's metrics and the group statistics for a folder.
///
/// Files that fail to load are reported on stderr; the others are still
/// printed, and the exit status is then 1.
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
            guard path == nil else { throw UsageError("--list takes no folder") }
            print(MetricsReport.catalogueText(), terminator: "")
            return
        }
        guard let path else { throw UsageError("missing folder: budget-compare metrics DIR [--format text|json]") }
        let root = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: root.path) else {
            throw UsageError("no such file or folder: \(path)")
        }
        let load = try RegionFolder.load(root)
        let departments = load.departments.map {
            DepartmentMetrics($0.department, file: MetricsCommand.displayPath($0.file, root: root, argument: path))
        }
        let report = MetricsReport(departments)
        switch format {
        case .json: FileHandle.standardOutput.write(try report.json())
        case .text: print(report.text(), terminator: "")
        }
        for failure in load.failures {
            StandardError.write("\(MetricsCommand.displayPath(failure.file, root: root, argument: path)): \(failure.message)")
        }
        if !load.failures.isEmpty { throw InputsFailed() }
    }

    /// The file's path as the user would write it: the folder argument joined
    /// with the path inside it ("Fixtures/000.yaml"), so output does not depend
    /// on the working directory's absolute path.
    static func displayPath(_ file: String, root: URL, argument: String) -> String {
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        let full = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
        guard full != base else { return argument }
        guard full.hasPrefix(base + "/") else { return file }
        let inside = String(full.dropFirst(base.count + 1))
        return argument.hasSuffix("/") ? argument + inside : argument + "/" + inside
    }
}
