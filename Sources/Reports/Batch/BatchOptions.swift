import Foundation

/// What `BatchRunner` reads, writes and how.
public struct BatchOptions: Sendable {
    /// The region folder (searched recursively) or one input file.
    public var input: URL
    /// The output folder (created if needed).
    public var output: URL
    /// Number of workers (`--jobs`); the outputs do not depend on it.
    public var jobs: Int
    /// Also write a one-page profile per department (`--per-department`).
    public var perDepartment: Bool
    /// File names of the workbook and memo, and the memo templates.
    public var report: ReportOptions

    public init(input: URL, output: URL, jobs: Int = ParallelWork.defaultJobs, perDepartment: Bool = false,
                report: ReportOptions = ReportOptions()) {
        self.input = input
        self.output = output
        self.jobs = jobs
        self.perDepartment = perDepartment
        self.report = report
    }
}

/// Why a batch could not run at all; nothing is written. The command reports
/// these as usage errors (exit code 2), except unusable memo templates (exit
/// code 1, as `report` does). Problems with single files never throw: they
/// are `BatchFailure`s in the report. Messages are in Chinese, as the other
/// commands' are.
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Thrown when the region folder (or file) does not exist.
    case inputNotFound(String)
    /// Thrown when the region folder holds no department file or disclosure text.
    case noInputFiles(String)
    /// Thrown when `jobs` is below 1.
    case invalidJobs(Int)
    /// Thrown when the output folder cannot be created or written: (path, reason).
    case outputNotWritable(String, String)
    /// Thrown when another batch is writing into the same output folder.
    case outputBusy(String)
    /// Thrown when a workbook or memo file name is unusable (the reason).
    case invalidOptions(String)
    /// Thrown when the memo templates cannot be found or are invalid (their message).
    case templates(String)

    public var description: String {
        switch self {
        case .inputNotFound(let path): return "找不到文件或文件夹：\(path)"
        case .noInputFiles(let path): return "\(path) 中没有部门文件（.yaml、.yml、.json）或公开文本（.txt）"
        case .invalidJobs(let jobs): return "--jobs 至少为 1（现为 \(jobs)）"
        case .outputNotWritable(let path, let reason): return "无法写入 \(path)：\(reason)"
        case .outputBusy(let path): return "另一个批处理正在写入 \(path)；请等它结束，或换一个 --out 文件夹"
        case .invalidOptions(let reason): return reason
        case .templates(let message): return "备忘录模板：\(message)"
        }
    }
}
