import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation

/// Runs `budget-compare batch`: every department of a region folder, the
/// workbook and memo of every group, and optionally a profile per department.
///
/// ```swift
/// let options = BatchOptions(input: URL(fileURLWithPath: "Region"), output: URL(fileURLWithPath: "Out"),
///                            jobs: 4, perDepartment: true)
/// let result = try BatchRunner.run(options, progress: BatchProgress.standardError(quiet: false))
/// print(result.report.status, result.report.outputs.written)
/// ```
///
/// Stages, each spread over `options.jobs` workers (`ParallelWork`):
/// 1. reading: every input file is loaded, and its metrics and data checks
///    computed, on one worker (`BatchLoader`); a file that fails is recorded
///    (`BatchFailure`, with line and field) and the batch goes on;
/// 2. grouping (on the calling thread): departments of the same year, kind
///    and group tag, in `MetricGroup` order, with the group folder names of
///    `GroupFolderName`;
/// 3. writing: one task per group (`ReportRunner.write`: workbook and memo,
///    staged and renamed into place) and, with `perDepartment`, one per
///    department (`DepartmentProfile`, written atomically to
///    `<group folder>/单位/<name>.odt`). The largest groups go first, so the
///    longest tasks do not end up last. At most `jobs` documents are in
///    memory at once; the departments themselves are held throughout
///    (each workbook needs its whole group).
/// 4. `batch-report.json` (`BatchReport`), written atomically.
///
/// Every output is a pure function of the input, so the files are
/// byte-identical whatever `jobs` is and however often the batch is run.
/// Before writing, the leftovers of an interrupted run (hidden temporary
/// files and staging folders) are removed from the folders this run writes
/// to, under a lock that keeps a second batch out of the same output folder
/// (`OutputFolder`), taken before anything is read.
public enum BatchRunner {
    /// What a batch did.
    public struct Result: Sendable {
        /// The report written to `batch-report.json`.
        public let report: BatchReport
        /// Temporary files and staging folders of an interrupted earlier run
        /// that were removed (relative to the output folder).
        public let removedLeftovers: [String]
        /// `true` when every input was read and every output written (exit code 0).
        public var succeeded: Bool { report.status == .complete }
    }

    /// The progress phases: reading the inputs, writing the outputs.
    public static let readingPhase = "读取"
    public static let writingPhase = "写出"

    /// Runs the batch described by `options`, reporting progress to `progress`.
    ///
    /// Thrown (`BatchError`): before anything is written, when the input does
    /// not exist or holds no input file, `jobs` < 1, a workbook or memo name
    /// is unusable, the memo templates are missing or invalid, the output
    /// folder cannot be created or written, or another batch is writing into
    /// it; at the very end, when `batch-report.json` cannot be written. Bad
    /// inputs and outputs that cannot be written are not thrown: they are in
    /// the report's `failures`.
    public static func run(_ options: BatchOptions, progress: BatchProgress) throws -> Result {
        guard options.jobs >= 1 else { throw BatchError.invalidJobs(options.jobs) }
        if let problem = options.report.problem() { throw BatchError.invalidOptions(problem) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.input.path, isDirectory: &isFolder) else {
            throw BatchError.inputNotFound(options.input.path)
        }
        let files = try BatchLoader.inputFiles(in: options.input, excluding: options.output)
        guard !files.isEmpty else { throw BatchError.noInputFiles(options.input.path) }
        let templates: MemoTemplates
        do {
            templates = try ReportRunner.templates(options.report)
        } catch let error as ReportError {
            if case .templates(let message) = error { throw BatchError.templates(message) }
            throw BatchError.templates(error.description)
        }
        let output = try OutputFolder(options.output)

        let root = isFolder.boolValue ? options.input : options.input.deletingLastPathComponent()
        progress.begin(BatchRunner.readingPhase, total: files.count)
        var load = BatchLoader.load(files, root: root, jobs: options.jobs, advance: progress.advance)
        progress.end()

        let plan = BatchPlan(load.departments, perDepartment: options.perDepartment)
        load.departments = []  // the groups hold them now; do not keep a second copy while writing
        let removed = output.removeLeftovers(groupFolders: plan.groups.map(\.folderName))
        try plan.createFolders(in: options.output)
        let tasks = plan.tasks
        progress.begin(BatchRunner.writingPhase, total: tasks.count)
        let outcomes = ParallelWork.map(tasks.count, jobs: options.jobs) { index -> TaskOutcome in
            defer { progress.advance() }
            return plan.perform(tasks[index], output: options.output, report: options.report, templates: templates,
                                jobs: options.jobs)
        }
        progress.end()

        let report = plan.report(load: load, outcomes: Array(zip(tasks, outcomes)), options: options)
        do {
            try output.writeAtomically(try report.json(), to: BatchReport.fileName)
        } catch let error as BatchError {
            throw error
        } catch {
            throw BatchError.outputNotWritable(options.output.appendingPathComponent(BatchReport.fileName).path, "\(error)")
        }
        return Result(report: report, removedLeftovers: removed)
    }
}

/// One piece of the writing stage.
enum BatchTask: Sendable, Equatable {
    /// The workbook and memo of `groups[index]`.
    case group(Int)
    /// The profile of `groups[group].metrics.departments[member]`.
    case profile(group: Int, member: Int)
}

/// What a writing task did.
enum TaskOutcome: Sendable {
    case group(GroupOutcome)
    /// `nil` when written, else why not.
    case profile(error: String?)
}

/// The departments grouped for writing, and what to write.
struct BatchPlan: Sendable {
    let groups: [ReportGroup]
    /// `profileNames[g][m]`: file name of the profile of member `m` of group `g`
    /// (empty without `perDepartment`).
    let profileNames: [[String]]
    let perDepartment: Bool

    init(_ departments: [BatchDepartment], perDepartment: Bool) {
        var findings: [String: [Finding]] = [:]
        var imports: [String: ImportSummary] = [:]
        findings.reserveCapacity(departments.count)
        for department in departments {
            findings[department.file] = department.findings
            if let summary = department.importSummary { imports[department.file] = summary }
        }
        let metricGroups = MetricGroup.groups(departments.map(\.metrics))
        let names = GroupFolderName.names(metricGroups.map(\.key))
        groups = metricGroups.map { group in
            ReportGroup(key: group.key, folderName: names[group.key]!, metrics: group,
                        findings: group.departments.map { findings[$0.file ?? ""] ?? [] },
                        imports: group.departments.map { imports[$0.file ?? ""] })
        }
        profileNames = perDepartment ? groups.map { ProfileFileName.names(for: $0.metrics) } : groups.map { _ in [] }
        self.perDepartment = perDepartment
    }

    /// Group tasks, largest group first (ties in group order), then every
    /// profile in group and member order.
    var tasks: [BatchTask] {
        let order = groups.indices.sorted { a, b in
            groups[a].departmentCount != groups[b].departmentCount
                ? groups[a].departmentCount > groups[b].departmentCount : a < b
        }
        var tasks = order.map(BatchTask.group)
        if perDepartment {
            for (g, group) in groups.enumerated() {
                tasks += group.metrics.departments.indices.map { BatchTask.profile(group: g, member: $0) }
            }
        }
        return tasks
    }

    /// The profile's path relative to the output folder (only with `perDepartment`).
    func profilePath(group g: Int, member m: Int) -> String {
        "\(groups[g].folderName)/\(ProfileFileName.folder)/\(profileNames[g][m])"
    }

    /// Creates the group folders and, with profiles, their `单位` folders, so
    /// that the workers never race to create them.
    ///
    /// Thrown: `BatchError.outputNotWritable`.
    func createFolders(in output: URL) throws {
        for group in groups {
            var folder = output.appendingPathComponent(group.folderName, isDirectory: true)
            if perDepartment { folder.appendPathComponent(ProfileFileName.folder, isDirectory: true) }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw BatchError.outputNotWritable(folder.path, (error as NSError).localizedDescription)
            }
        }
    }

    /// Does `task`. A group's workbook and memo are written side by side when
    /// `jobs` allows (one thread more than `--jobs` at worst, for a short while).
    func perform(_ task: BatchTask, output: URL, report: ReportOptions, templates: MemoTemplates, jobs: Int) -> TaskOutcome {
        switch task {
        case .group(let g):
            return .group(ReportRunner.write(groups[g], to: output, options: report, templates: templates, jobs: jobs))
        case .profile(let g, let m):
            let group = groups[g]
            let profile = DepartmentProfile(group: group.metrics, index: m, findings: group.findings[m],
                                            file: group.metrics.departments[m].file ?? "")
            do {
                try profile.document().write(to: output.appendingPathComponent(profilePath(group: g, member: m)))
                return .profile(error: nil)
            } catch {
                return .profile(error: "\(error)")
            }
        }
    }

    /// The report of a batch that read `load` (its departments are those of
    /// the plan's groups) and did `outcomes`.
    func report(load: BatchLoad, outcomes: [(BatchTask, TaskOutcome)], options: BatchOptions) -> BatchReport {
        var groupOutcomes: [Int: GroupOutcome] = [:]
        var profileErrors: [String: String] = [:]
        for (task, outcome) in outcomes {
            switch (task, outcome) {
            case (.group(let g), .group(let result)): groupOutcomes[g] = result
            case (.profile(let g, let m), .profile(let error?)): profileErrors[profilePath(group: g, member: m)] = error
            default: break
            }
        }
        let outputRoot = options.output.standardizedFileURL.path + "/"
        func relative(_ url: URL) -> String {
            let path = url.standardizedFileURL.path
            return path.hasPrefix(outputRoot) ? String(path.dropFirst(outputRoot.count)) : path
        }

        var writeFailures: [BatchFailure] = []
        var written = 0
        var reportGroups: [BatchReport.Group] = []
        for (g, group) in groups.enumerated() {
            let outcome = groupOutcomes[g]
            let outputs = (outcome?.written ?? []).map(relative)
            written += outputs.count
            if let error = outcome?.error {
                writeFailures.append(BatchFailure(stage: .write, path: group.folderName, message: error))
            }
            var profiles = 0
            for m in group.metrics.departments.indices {
                if perDepartment && profileErrors[profilePath(group: g, member: m)] == nil { profiles += 1 }
            }
            written += profiles
            reportGroups.append(BatchReport.Group(
                id: group.key.id, label: group.key.label, year: group.key.year, kind: group.key.kind.rawValue,
                tag: group.key.tag, folder: group.folderName, departments: group.departmentCount, outputs: outputs,
                profiles: profiles, findings: BatchReport.SeverityCounts(group.findings.joined()), error: outcome?.error))
        }
        for (path, error) in profileErrors.sorted(by: { $0.key < $1.key }) {
            writeFailures.append(BatchFailure(stage: .write, path: path, message: error))
        }

        // Departments in input-file order (the files' paths share the region
        // folder as prefix, so relative paths sort as the files were read).
        var departments: [BatchReport.Department] = []
        var total = BatchReport.SeverityCounts.zero
        for (g, group) in groups.enumerated() {
            for (m, member) in group.metrics.departments.enumerated() {
                let counts = BatchReport.SeverityCounts(group.findings[m])
                total = total + counts
                let path = perDepartment ? profilePath(group: g, member: m) : nil
                departments.append(BatchReport.Department(
                    file: member.file ?? "", name: member.name, group: group.key.id,
                    profile: path.flatMap { profileErrors[$0] == nil ? $0 : nil }, findings: counts,
                    importSummary: group.imports[m].map(BatchReport.Import.init)))
            }
        }
        departments.sort { $0.file < $1.file }

        let failures = load.failures + writeFailures
        return BatchReport(
            status: failures.isEmpty ? .complete : .partial,
            options: .init(perDepartment: perDepartment, workbookName: options.report.workbookName,
                           memoName: options.report.memoName),
            files: .init(found: load.filesRead, read: departments.count, failed: load.failures.count),
            findings: total,
            outputs: .init(written: written, failed: writeFailures.count),
            groups: reportGroups, departments: departments, failures: failures)
    }
}
