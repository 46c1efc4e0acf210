import BudgetChecks
import BudgetMetrics
import BudgetModel
import DisclosureImport
import Foundation

/// One department read by the batch, with everything computed from it alone:
/// its metrics and the findings of its data checks.
public struct BatchDepartment: Sendable {
    /// The input file, relative to the region folder ("sub/007-教育局.yaml").
    public let file: String
    /// Metrics of the department (holds the department itself).
    public let metrics: DepartmentMetrics
    /// Findings of the data checks, in `DataChecks` order.
    public let findings: [Finding]
    /// How completely a disclosure text (.txt) was imported; `nil` for a department file.
    public let importSummary: ImportSummary?

    public init(file: String, metrics: DepartmentMetrics, findings: [Finding], importSummary: ImportSummary? = nil) {
        self.file = file
        self.metrics = metrics
        self.findings = findings
        self.importSummary = importSummary
    }
}

/// What reading the region folder gave: the departments and the files that
/// could not be read, both in file order.
public struct BatchLoad: Sendable {
    /// Number of input files found.
    public let filesRead: Int
    public var departments: [BatchDepartment]
    public let failures: [BatchFailure]
}

/// Reads every input of a region folder in parallel: each file is loaded
/// (`RegionFolder.loadFile`), then its metrics and data checks are computed,
/// all on the same worker, since they depend on that file alone.
public enum BatchLoader {
    /// Lists the input files under `folder` (`RegionFolder.inputFiles`, sorted
    /// by path), leaving out everything under `excluding` — the output folder,
    /// when it lies inside the region folder, holds `batch-report.json`, which
    /// is not a department.
    ///
    /// Thrown: `DepartmentFileError` when `folder` does not exist.
    public static func inputFiles(in folder: URL, excluding output: URL? = nil) throws -> [URL] {
        let files = try RegionFolder.inputFiles(at: folder)
        guard let output else { return files }
        let outside = resolvedPath(output) + "/"
        return files.filter { !resolvedPath($0).hasPrefix(outside) }
    }

    /// Loads `files` (found under `root`) on `jobs` workers; `advance` is called
    /// once per file, from any worker. The result does not depend on `jobs`.
    public static func load(_ files: [URL], root: URL, jobs: Int, advance: @escaping @Sendable () -> Void = {}) -> BatchLoad {
        let base = resolvedPath(root)
        let strings = SharedStrings()
        let outcomes = ParallelWork.map(files.count, jobs: jobs) { index -> Result<BatchDepartment, BatchFailure> in
            defer { advance() }
            let url = files[index]
            let file = relativePath(url.path, toResolved: base)
            do {
                let loaded = try RegionFolder.loadFile(url, sharing: strings)
                let department = loaded.department
                // Checks and metrics read the whole department; the batch then
                // keeps only what its outputs read, until they are written.
                return .success(BatchDepartment(
                    file: file,
                    metrics: DepartmentMetrics(department, file: file) { $0.trimmedToReportedFigures() },
                    findings: DataChecks.run(department, file: file),
                    importSummary: loaded.importReport.map { ImportSummary(file: file, report: $0) }))
            } catch {
                return .failure(BatchFailure(reading: file, error: error))
            }
        }
        var departments: [BatchDepartment] = []
        var failures: [BatchFailure] = []
        departments.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .success(let department): departments.append(department)
            case .failure(let failure): failures.append(failure)
            }
        }
        return BatchLoad(filesRead: files.count, departments: departments, failures: failures)
    }

    /// `path` relative to `root` when it lies below it (symbolic links
    /// resolved on both sides), else `path` unchanged. When `root` is a file,
    /// its own name.
    public static func relativePath(_ path: String, to root: URL) -> String {
        relativePath(path, toResolved: resolvedPath(root))
    }

    static func resolvedPath(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func relativePath(_ path: String, toResolved base: String) -> String {
        let full = resolvedPath(URL(fileURLWithPath: path))
        if full == base { return URL(fileURLWithPath: full).lastPathComponent }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : path
    }
}

extension BatchFailure: Error {}
