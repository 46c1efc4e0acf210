import BudgetChecks
import BudgetMetrics
import Foundation

/// `OUT/batch-report.json`: what a batch read, wrote and could not do, for
/// scripts. Its content is a function of the input and the options only —
/// no timestamps, durations, absolute paths or `--jobs` — so the same input
/// gives the same bytes (keys sorted, two-space indentation).
///
/// ```json
/// {
///   "departments" : [ { "file" : "001-教育局.yaml", "findings" : { "inconsistency" : 0, "rounding" : 1 },
///                       "group" : "2025-budget", "name" : "…教育局", "profile" : "2025年-预算/单位/…教育局.odt" } ],
///   "failures" : [ { "column" : 18, "field" : "revenue.generalBudget", "line" : 8, "message" : "expected an amount …",
///                    "path" : "2001-bad-europeanAmount.yaml", "stage" : "read" } ],
///   "files" : { "failed" : 1, "found" : 2001, "read" : 2000 },
///   "findings" : { "inconsistency" : 20, "rounding" : 0 },
///   "format" : "budget-compare-batch-report", "formatVersion" : 1,
///   "groups" : [ { "departments" : 1600, "error" : null, "findings" : { … }, "folder" : "2025年-预算",
///                  "id" : "2025-budget", "kind" : "budget", "label" : "2025年 预算",
///                  "outputs" : [ "2025年-预算/比较分析表.ods", "2025年-预算/对比分析备忘录.odt" ],
///                  "profiles" : 1600, "tag" : null, "year" : 2025 } ],
///   "options" : { "memoName" : "对比分析备忘录.odt", "perDepartment" : true, "workbookName" : "比较分析表.ods" },
///   "outputs" : { "failed" : 0, "written" : 3204 },
///   "status" : "partial"
/// }
/// ```
///
/// - `files`: input files found, read into a department, and failed.
/// - `departments`: one entry per department read, in input-file order:
///   its group id, its profile (relative to the output folder; `null`
///   without `--per-department` or when it could not be written) and its
///   data-check findings per severity; for a disclosure text, `import`: the
///   tables found and missing and the figures not found (`null` for a
///   department file).
/// - `groups`: in group order (year, 预算 before 决算, tag); `outputs` are
///   the workbook and memo written (relative paths), `error` why they were not.
/// - `failures`: every input that could not be read (`stage: "read"`, with
///   line, column and field when known) and every output that could not be
///   written (`stage: "write"`), inputs first, each in path order.
/// - `status`: `complete` (exit code 0) or `partial` (exit code 1).
public struct BatchReport: Sendable, Codable, Equatable {
    public var format = "budget-compare-batch-report"
    public var formatVersion = 1
    public var status: Status
    public var options: Options
    public var files: Files
    public var findings: SeverityCounts
    public var outputs: Outputs
    public var groups: [Group]
    public var departments: [Department]
    public var failures: [BatchFailure]

    public enum Status: String, Sendable, Codable, Equatable {
        /// Every input read and every output written.
        case complete
        /// Some input or output failed; the rest was written.
        case partial
    }

    public struct Options: Sendable, Codable, Equatable {
        public var perDepartment: Bool
        public var workbookName: String
        public var memoName: String
    }

    public struct Files: Sendable, Codable, Equatable {
        /// Input files found under the region folder.
        public var found: Int
        /// Files read into a department.
        public var read: Int
        /// Files that could not be read.
        public var failed: Int
    }

    public struct Outputs: Sendable, Codable, Equatable {
        /// Files written (workbooks, memos, profiles; not this report).
        public var written: Int
        /// Outputs that could not be written (a group counts once).
        public var failed: Int
    }

    /// Data-check findings per severity (every severity present, 0 when none).
    public struct SeverityCounts: Sendable, Codable, Equatable {
        public var inconsistency: Int
        public var rounding: Int

        public init(_ findings: some Sequence<Finding>) {
            var inconsistency = 0, rounding = 0
            for finding in findings {
                switch finding.severity {
                case .inconsistency: inconsistency += 1
                case .rounding: rounding += 1
                }
            }
            self.inconsistency = inconsistency
            self.rounding = rounding
        }

        static func + (a: SeverityCounts, b: SeverityCounts) -> SeverityCounts {
            var sum = a
            sum.inconsistency += b.inconsistency
            sum.rounding += b.rounding
            return sum
        }

        static let zero = SeverityCounts([])
    }

    public struct Group: Sendable, Codable, Equatable {
        /// `GroupKey.id`: "2025-budget", "2024-final-驻京机构".
        public var id: String
        /// "2025年 预算".
        public var label: String
        public var year: Int
        public var kind: String
        public var tag: String?
        /// The group folder, relative to the output folder.
        public var folder: String
        public var departments: Int
        /// Workbook and memo written, relative to the output folder.
        public var outputs: [String]
        /// Profiles written.
        public var profiles: Int
        public var findings: SeverityCounts
        /// Why the workbook and memo were not written; `null` when they were.
        public var error: String?

        private enum CodingKeys: String, CodingKey {
            case id, label, year, kind, tag, folder, departments, outputs, profiles, findings, error
        }

        public func encode(to encoder: Encoder) throws {
            var keyed = encoder.container(keyedBy: CodingKeys.self)
            try keyed.encode(id, forKey: .id)
            try keyed.encode(label, forKey: .label)
            try keyed.encode(year, forKey: .year)
            try keyed.encode(kind, forKey: .kind)
            try keyed.encode(tag, forKey: .tag)
            try keyed.encode(folder, forKey: .folder)
            try keyed.encode(departments, forKey: .departments)
            try keyed.encode(outputs, forKey: .outputs)
            try keyed.encode(profiles, forKey: .profiles)
            try keyed.encode(findings, forKey: .findings)
            try keyed.encode(error, forKey: .error)
        }
    }

    public struct Department: Sendable, Codable, Equatable {
        /// The input file, relative to the region folder.
        public var file: String
        /// 部门全称.
        public var name: String
        /// The group's id.
        public var group: String
        /// The profile written, relative to the output folder; `null` when none.
        public var profile: String?
        public var findings: SeverityCounts
        /// For a disclosure text (.txt): how completely it was imported; `null` for a department file.
        public var importSummary: Import?

        private enum CodingKeys: String, CodingKey { case file, name, group, profile, findings, importSummary = "import" }

        public func encode(to encoder: Encoder) throws {
            var keyed = encoder.container(keyedBy: CodingKeys.self)
            try keyed.encode(file, forKey: .file)
            try keyed.encode(name, forKey: .name)
            try keyed.encode(group, forKey: .group)
            try keyed.encode(profile, forKey: .profile)
            try keyed.encode(findings, forKey: .findings)
            try keyed.encode(importSummary, forKey: .importSummary)
        }
    }

    /// What the importer found in a disclosure text (`ImportSummary`), so that
    /// a script can list the texts whose figures are incomplete.
    public struct Import: Sendable, Codable, Equatable {
        /// Tables found, e.g. "表1 部门收支总体情况表 (第85–125行)".
        public var tablesFound: [String]
        /// Standard tables of a 预算 not found and not stated empty ("表6").
        public var tablesMissing: [String]
        /// Field paths the document should state but the importer did not find.
        public var figuresMissing: [String]
        /// No table and no expected figure missing.
        public var complete: Bool

        public init(_ summary: ImportSummary) {
            tablesFound = summary.tablesFound
            tablesMissing = summary.tablesMissing
            figuresMissing = summary.figuresMissing
            complete = summary.isComplete
        }
    }

    /// The report as written: pretty-printed JSON with sorted keys and a final newline.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// The file name in the output folder.
    public static let fileName = "batch-report.json"
}
