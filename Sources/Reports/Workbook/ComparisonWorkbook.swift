import BudgetChecks
import BudgetMetrics
import Foundation
import OpenDocument

/// The comparison workbook (比较分析表.ods) of one group of departments.
///
/// Sheets, in order:
///
/// | sheet | what |
/// |---|---|
/// | 说明 | scope, source documents, how to read, metric definitions |
/// | 指标汇总 | per department: each metric (live formula), its rank and deviation from the median; group rows |
/// | 指标计算 | per department: each metric's numerator and denominator (formulas); Σ for the pooled value |
/// | 人员 | staff figures |
/// | 经费 | revenue and expenditure figures (决算: also 年初预算数 vs 决算数) |
/// | 三公 | “三公”经费 and its year-on-year statement |
/// | 项目 | Table 7 projects (预算) or 项目支出绩效自评表 (决算) |
/// | 功能分类 | department × 类 expenditure |
/// | 数据核查 | the findings of BudgetChecks |
///
/// Input figures are values with their source (file, table, line) as a cell
/// annotation; everything derived is a formula whose cached value is
/// BudgetMetrics' exact result, so readers that do not recalculate show the
/// same numbers as LibreOffice does after recalculating.
///
/// Laid out once, each sheet's rows deflated as they are laid out (the
/// sheet is held compressed, never as rows or XML), the data sheets on
/// several threads at once, then 指标汇总 and 指标计算, whose formulas refer
/// to the data sheets' cells; content.xml is then written with the column
/// widths the rows gave and each sheet's compressed rows copied in (see
/// `WorkbookLayout.prepare`, `BufferedSheet`). Memory grows with the
/// compressed size of the workbook (about a twentieth of its XML) and small
/// per-department data (the cell positions of the input figures).
///
/// ```swift
/// let group = MetricGroup.groups(departments.map { DepartmentMetrics($0, file: path) })[0]
/// let findings = group.departments.map { DataChecks.run($0.department, file: $0.file ?? "") }
/// try ComparisonWorkbook(group: group, findings: findings).write(to: url)
/// ```
public struct ComparisonWorkbook: Sendable {
    /// The departments compared and their statistics.
    public let group: MetricGroup
    /// `findings[i]` are the data-check findings of `group.departments[i]`.
    public let findings: [[Finding]]

    /// The sheet names, in workbook order.
    public static let sheetNames = [
        WorkbookLayout.SheetName.guide, WorkbookLayout.SheetName.summary, WorkbookLayout.SheetName.operands,
        WorkbookLayout.SheetName.staff, WorkbookLayout.SheetName.funds, WorkbookLayout.SheetName.sangong,
        WorkbookLayout.SheetName.projects, WorkbookLayout.SheetName.functions, WorkbookLayout.SheetName.findings,
    ]

    /// Creates the workbook of `group`; `findings` has one list per department, in group order.
    public init(group: MetricGroup, findings: [[Finding]]) {
        precondition(findings.count == group.departments.count, "one list of findings per department")
        self.group = group
        self.findings = findings
    }

    /// Writes the workbook to `url` (a temporary file renamed into place:
    /// nothing is left under `url` when writing fails). Sheets are laid out
    /// on up to `jobs` threads; the bytes do not depend on it.
    ///
    /// Thrown: the OpenDocument writer's errors (`FileError` when the folder
    /// is missing or not writable, `SpreadsheetError`, `XMLError`, `ZipError`).
    public func write(to url: URL, jobs: Int = ParallelWork.defaultJobs) throws {
        var layout = WorkbookLayout(group: group, findings: findings)
        var prepared = try layout.prepare(compressionLevel: Self.compressionLevel, jobs: jobs)
        // Each sheet's compressed rows are let go once copied into the file.
        var sheets = Array(prepared.sheets.reversed())
        prepared.sheets = []
        try prepared.document.write(to: url) { book in
            while let (sheet, columns) = sheets.popLast() {
                try book.addSheet(sheet, columns: columns)
            }
        }
    }

    /// zlib level of the workbook's parts.
    static let compressionLevel = 3
}
