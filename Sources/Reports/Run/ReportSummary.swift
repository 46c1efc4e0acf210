import BudgetMetrics
import Foundation

/// What `ReportRunner` did for one group.
public struct GroupOutcome: Sendable {
    public let key: GroupKey
    /// The group folder (written or not).
    public let folder: URL
    /// Files written, in the order written (workbook, then memo).
    public let written: [URL]
    public let departments: Int
    /// Data-check findings of the group: inconsistencies (不一致) and rounding differences (尾差).
    public let inconsistencies: Int
    public let roundingDifferences: Int
    /// Why the group's files could not be written; `nil` on success. When
    /// set, none of the group's files were replaced.
    public let error: String?
}

/// An input file that could not be read, or a group that could not be written.
public struct ReportFailure: Sendable, Hashable {
    /// The input file, or the group folder.
    public let path: String
    /// What was wrong: file, field and what was expected, as the loader says it.
    public let message: String
}

/// The outcome of `ReportRunner.run`: what was written and what failed.
public struct ReportSummary: Sendable {
    public let input: URL
    public let output: URL
    /// One per group, in group order (year, 预算 before 决算, tag).
    public let groups: [GroupOutcome]
    /// Input files that could not be read, then groups that could not be written.
    public let failures: [ReportFailure]

    /// Every file written.
    public var written: [URL] { groups.flatMap(\.written) }
    /// Departments whose group was written.
    public var departmentsWritten: Int { groups.filter { $0.error == nil }.reduce(0) { $0 + $1.departments } }
    /// `true` when every input was read and every group written.
    public var succeeded: Bool { failures.isEmpty }
}
