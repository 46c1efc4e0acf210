import DisclosureImport
import Foundation
import Reports

/// The input folder (or file) of `report`, `check` and `metrics`, as the
/// user typed it: the same checks, the same messages and the same way of
/// naming files in all three commands.
///
/// A file is shown once, as the folder argument joined with its path inside
/// the folder ("Fixtures/bad.yaml", "rb/bad/x.yaml"), so messages do not depend
/// on the working folder's absolute path and can be pasted back into a shell.
struct CommandInput {
    /// The argument as typed.
    let argument: String
    /// The folder or file, standardized with symlinks resolved.
    let url: URL
    let isFolder: Bool

    /// Checks that `argument` exists and holds at least one input file.
    ///
    /// Thrown: `UsageError` (exit 2) "找不到文件或文件夹：X" or "X 中没有部门文件…".
    init(_ argument: String) throws {
        self.argument = argument
        let url = URL(fileURLWithPath: argument)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw UsageError(Self.notFound(argument))
        }
        self.url = url.standardizedFileURL.resolvingSymlinksInPath()
        self.isFolder = isFolder.boolValue
        guard !(try RegionFolder.inputFiles(at: url)).isEmpty else { throw UsageError(Self.noInputFiles(argument)) }
    }

    /// Loads every input (failures collected per file).
    func load() throws -> RegionLoad { try RegionFolder.load(URL(fileURLWithPath: argument)) }

    static func notFound(_ argument: String) -> String { ReportError.inputNotFound(argument).description }
    static func noInputFiles(_ argument: String) -> String { ReportError.noInputFiles(argument).description }

    /// `file` (an absolute path, or a path relative to the input folder) as
    /// the user would write it: the argument joined with the path inside the
    /// folder; the argument itself for the file it names; other paths unchanged.
    func display(_ file: String) -> String {
        let full = file.hasPrefix("/")
            ? URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
            : (isFolder ? url.appendingPathComponent(file) : url.deletingLastPathComponent().appendingPathComponent(file)).path
        let base = url.path
        if full == base { return argument }
        guard isFolder, full.hasPrefix(base + "/") else { return file }
        let inside = String(full.dropFirst(base.count + 1))
        return argument.hasSuffix("/") ? argument + inside : argument + "/" + inside
    }

    /// One line for a file that could not be read: the file once, then
    /// line:column, field and message as the loader gives them
    /// ("Fixtures/bad.yaml:6:11: staff.onDuty: expected a whole number …").
    ///
    /// The loaders' messages start with the file themselves (the full path for
    /// department files, the file name for disclosure texts); that prefix is
    /// replaced by the displayed path.
    func failureLine(file: String, message: String) -> String {
        let shown = display(file)
        let name = URL(fileURLWithPath: file).lastPathComponent
        for prefix in [file, URL(fileURLWithPath: file).standardizedFileURL.path, name] where !prefix.isEmpty {
            if message.hasPrefix(prefix + ":") { return shown + message.dropFirst(prefix.count) }
        }
        return "\(shown): \(message)"
    }

    /// Writes each failure to standard error.
    func reportFailures(_ failures: [LoadFailure]) {
        for failure in failures { StandardError.write(failureLine(file: failure.file, message: failure.message)) }
    }

    /// Writes the import summary of each disclosure text to standard error
    /// (one line each: tables found of those expected, figures missing).
    func reportImports(_ departments: [LoadedDepartment]) {
        for loaded in departments {
            guard let report = loaded.importReport else { continue }
            StandardError.write(ImportSummary(file: display(loaded.file), report: report).text)
        }
    }

    /// The same for summaries whose files are relative to the input folder.
    func reportImports(_ summaries: [ImportSummary]) {
        for summary in summaries {
            StandardError.write(ImportSummary(file: display(summary.file), tablesFound: summary.tablesFound,
                                              tablesMissing: summary.tablesMissing,
                                              figuresMissing: summary.figuresMissing).text)
        }
    }
}
