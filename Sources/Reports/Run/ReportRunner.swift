import BudgetChecks
import BudgetMetrics
import BudgetModel
import DisclosureImport
import Foundation

/// Writes, for every group of comparable departments in a folder, the
/// comparison workbook and the memo into `OUT/<group folder>/`.
///
/// ```swift
/// let summary = try ReportRunner.run(input: URL(fileURLWithPath: "Fixtures"),
///                                    output: URL(fileURLWithPath: "Output"))
/// for file in summary.written { print(file.path) }
/// for failure in summary.failures { print(failure.path, failure.message) }
/// ```
///
/// The batch command reuses the steps: `prepare(input:)` and
/// `templates(options)` once, then `write(_:to:options:templates:)` for each
/// group, in parallel if it likes: writing a group is a pure function of the
/// `ReportGroup` (and the immutable templates) and touches only its own
/// folder (and a private staging folder beside it).
///
/// ```swift
/// let inputs = try ReportRunner.prepare(input: region)
/// let templates = try ReportRunner.templates(options)
/// DispatchQueue.concurrentPerform(iterations: inputs.groups.count) { index in
///     let outcome = ReportRunner.write(inputs.groups[index], to: output, options: options, templates: templates)
///     …
/// }
/// ```
///
/// Files appear complete or not at all: each group's files are written into a
/// hidden staging folder under the output folder and renamed into the group
/// folder only when all of them are complete; on failure the staging folder
/// is removed and the group folder is left as it was. The same input gives
/// the same bytes (no dates, fixed order, names relative to the input folder).
public enum ReportRunner {
    /// Reads `input` (a folder, searched recursively, or one file), groups
    /// its departments, computes metrics and runs the checks, then writes
    /// every group under `output` (created if needed).
    ///
    /// Thrown: `ReportError.inputNotFound` when `input` does not exist,
    /// `ReportError.noInputFiles` when it holds no input file,
    /// `ReportError.templates` when the memo templates cannot be found or are
    /// invalid, `ReportError.outputNotWritable` when `output` cannot be created.
    /// Bad input files and groups that cannot be written are not thrown:
    /// they are in the summary's `failures`, the rest is still written.
    public static func run(input: URL, output: URL, options: ReportOptions = ReportOptions()) throws -> ReportSummary {
        let inputs = try prepare(input: input)
        let templates = try self.templates(options)
        // When every input failed there is nothing to write: the output folder is not even created.
        if !inputs.groups.isEmpty { try createFolder(output) }
        let outcomes = inputs.groups.map { write($0, to: output, options: options, templates: templates) }
        let failures = inputs.failures.map { ReportFailure(path: $0.file, message: $0.message) }
            + outcomes.compactMap { outcome in outcome.error.map { ReportFailure(path: outcome.folder.path, message: $0) } }
        return ReportSummary(input: input, output: output, groups: outcomes, failures: failures, imports: inputs.imports,
                             otherFolders: otherFolders(in: output, besides: Set(outcomes.map(\.folder.lastPathComponent))))
    }

    /// Visible folders directly under `output`, not named in `written`, that
    /// hold an .ods or .odt file: earlier runs' group folders (or the user's own).
    static func otherFolders(in output: URL, besides written: Set<String>) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        return names.sorted().filter { name in
            guard !name.hasPrefix("."), !written.contains(name) else { return false }
            let files = (try? FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent(name).path)) ?? []
            return files.contains { $0.lowercased().hasSuffix(".ods") || $0.lowercased().hasSuffix(".odt") }
        }.map { output.appendingPathComponent($0, isDirectory: true) }
    }

    /// Loads every input under `input` and groups the departments.
    ///
    /// Thrown: `ReportError.inputNotFound`, `ReportError.noInputFiles`.
    public static func prepare(input: URL) throws -> ReportInputs {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input.path, isDirectory: &isFolder) else {
            throw ReportError.inputNotFound(input.path)
        }
        guard !(try RegionFolder.inputFiles(at: input)).isEmpty else { throw ReportError.noInputFiles(input.path) }
        let load = try RegionFolder.load(input)
        let root = isFolder.boolValue ? input.standardizedFileURL : input.standardizedFileURL.deletingLastPathComponent()
        let departments = load.departments.map { (file: relativePath($0.file, to: root), department: $0.department) }
        let imports = load.departments.compactMap { loaded in
            loaded.importReport.map { ImportSummary(file: relativePath(loaded.file, to: root), report: $0) }
        }
        return ReportInputs(input: input, groups: ReportGroup.groups(departments, imports: imports),
                            failures: load.failures, imports: imports)
    }

    /// The memo templates `options` name (or `MemoTemplates.locate()` finds), loaded and checked.
    ///
    /// Thrown: `ReportError.templates` with the templates' own message.
    public static func templates(_ options: ReportOptions = ReportOptions()) throws -> MemoTemplates {
        do {
            return try MemoTemplates.load(from: MemoTemplates.locate(explicit: options.templates))
        } catch {
            throw ReportError.templates("\(error)")
        }
    }

    /// Writes `group`'s workbook and memo into `output/<group.folderName>/`.
    /// Never throws: a failure is the outcome's `error`, and then none of the
    /// group's files were replaced.
    ///
    /// With `jobs` ≥ 2 the workbook and the memo are written on two threads at
    /// once (they depend only on the group): the largest group's two files are
    /// the longest task of a batch, so this shortens its critical path. The
    /// bytes written do not depend on `jobs`.
    public static func write(_ group: ReportGroup, to output: URL, options: ReportOptions = ReportOptions(),
                             templates: MemoTemplates, jobs: Int = ParallelWork.defaultJobs) -> GroupOutcome {
        let folder = output.appendingPathComponent(group.folderName, isDirectory: true)
        let findings = group.findings.joined()
        let inconsistencies = findings.filter { $0.severity == .inconsistency }.count
        func outcome(_ written: [URL], _ error: String?) -> GroupOutcome {
            GroupOutcome(key: group.key, folder: folder, written: written, departments: group.departmentCount,
                         inconsistencies: inconsistencies, roundingDifferences: findings.count - inconsistencies, error: error)
        }
        if let problem = options.problem() { return outcome([], problem) }
        let staging: URL
        do {
            staging = try makeStagingFolder(in: output, for: group.folderName)
        } catch {
            return outcome([], "\(error)")
        }
        defer { try? FileManager.default.removeItem(at: staging) }
        do {
            let workbook = staging.appendingPathComponent(options.workbookName)
            let memo = staging.appendingPathComponent(options.memoName)
            let writers: [@Sendable () throws -> Void] = [
                { try ComparisonWorkbook(group: group.metrics, findings: group.findings).write(to: workbook) },
                { try MemoWriter.write(group: group.metrics, findings: Array(group.findings.joined()), templates: templates, to: memo) },
            ]
            let results = ParallelWork.map(writers.count, jobs: min(jobs, writers.count)) { index in
                Result { try writers[index]() }
            }
            // The workbook's error first, as when they were written one after the other.
            for result in results { try result.get() }
            let staged = [workbook, memo]
            try createFolder(folder)
            var written: [URL] = []
            for file in staged {
                let destination = folder.appendingPathComponent(file.lastPathComponent)
                guard rename(file.path, destination.path) == 0 else {
                    throw ReportError.outputNotWritable(destination.path, String(cString: strerror(errno)))
                }
                written.append(destination)
            }
            return outcome(written, nil)
        } catch {
            return outcome([], "\(error)")
        }
    }

    /// `path` relative to `root` when it lies below it, else unchanged.
    static func relativePath(_ path: String, to root: URL) -> String {
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : path
    }

    private static func createFolder(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ReportError.outputNotWritable(folder.path, (error as NSError).localizedDescription)
        }
    }

    /// A fresh hidden folder `output/.<name>.staging-XXXXXX` (same file
    /// system as the group folder, so the final renames are atomic).
    private static func makeStagingFolder(in output: URL, for name: String) throws -> URL {
        var template = Array("\(output.path)/.\(name).staging-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else {
            throw ReportError.outputNotWritable(output.path, String(cString: strerror(errno)))
        }
        return URL(fileURLWithPath: template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, isDirectory: true)
    }
}

/// Why `ReportRunner` could not run at all.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Thrown when the input folder or file does not exist.
    case inputNotFound(String)
    /// Thrown when the input folder holds no department file or disclosure text.
    case noInputFiles(String)
    /// Thrown when an output folder or file cannot be created: (path, reason).
    case outputNotWritable(String, String)
    /// Thrown when the memo templates cannot be found, read or checked (their message).
    case templates(String)

    public var description: String {
        switch self {
        case .inputNotFound(let path): return "找不到文件或文件夹：\(path)"
        case .noInputFiles(let path): return "\(path) 中没有部门文件（.yaml、.yml、.json）或公开文本（.txt）"
        case .outputNotWritable(let path, let reason): return "无法写入 \(path)：\(reason)"
        case .templates(let message): return "备忘录模板：\(message)"
        }
    }
}
