import BudgetChecks
import BudgetMetrics
import BudgetModel
import DisclosureImport
import Foundation

/// Everything needed to write one group's files: the departments with their
/// metrics and statistics, the findings of the data checks, and the group
/// folder's name. Writing a group depends on nothing else, so groups can be
/// written in parallel (`ReportRunner.write(_:to:options:)`).
public struct ReportGroup: Sendable {
    public let key: GroupKey
    /// The folder under the output folder, e.g. "2024年-预算".
    public let folderName: String
    /// Departments (in `MetricGroup` order: by name, then file) and statistics.
    public let metrics: MetricGroup
    /// `findings[i]` are the data-check findings of `metrics.departments[i]`.
    public let findings: [[Finding]]

    public init(key: GroupKey, folderName: String, metrics: MetricGroup, findings: [[Finding]]) {
        precondition(findings.count == metrics.departments.count, "one list of findings per department")
        self.key = key
        self.folderName = folderName
        self.metrics = metrics
        self.findings = findings
    }

    /// Groups `departments` (same year, kind and group tag), computes their
    /// metrics and runs the data checks. `file` names each department's input
    /// in findings and the workbook; pass it relative to the input folder so
    /// that the output does not depend on where the folder is.
    public static func groups(_ departments: [(file: String, department: Department)]) -> [ReportGroup] {
        let metricGroups = MetricGroup.groups(departments.map { DepartmentMetrics($0.department, file: $0.file) })
        let names = GroupFolderName.names(metricGroups.map(\.key))
        return metricGroups.map { group in
            ReportGroup(key: group.key, folderName: names[group.key]!, metrics: group,
                        findings: group.departments.map { DataChecks.run($0.department, file: $0.file ?? $0.name) })
        }
    }

    /// Number of departments.
    public var departmentCount: Int { metrics.departments.count }
}

/// The departments of an input folder, grouped, and the files that could not be read.
public struct ReportInputs: Sendable {
    /// The folder (or file) read.
    public let input: URL
    public let groups: [ReportGroup]
    /// Input files that could not be read, with the reason (file, field, what was expected).
    public let failures: [LoadFailure]
}
