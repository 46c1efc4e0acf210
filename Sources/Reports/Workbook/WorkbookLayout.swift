import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

/// Lays out the sheets of the comparison workbook: each sheet function
/// appends its rows, one at a time, to a `SheetModel` that keeps them (to
/// inspect them) or measures them and deflates them at once (see
/// `RowDestination`). A workbook is laid out once, `prepare(compressionLevel:jobs:)`:
/// each sheet is held deflated, never as rows or XML, until the columns its
/// rows gave can be declared. Pure: the same group gives the same sheets,
/// styles and names, whichever thread lays out which sheet.
///
/// Every per-department sheet (指标汇总, 指标计算, 人员, 经费, 三公, 功能分类)
/// has one header row and the group's departments in the same order from
/// row 2, so department *k* is on row *k* + 1 of each of them.
struct WorkbookLayout: Sendable {
    let group: MetricGroup
    /// `findings[i]` belong to `group.departments[i]`.
    let findings: [[Finding]]
    var styles = WorkbookStyles()
    var locator = CellLocator()
    /// `sourceDocuments[i]`: see `sourceDocument(_:)`; named once, because
    /// every figure's annotation repeats it, in both passes.
    private let sourceDocuments: [String]

    /// Sheet names, in workbook order.
    enum SheetName {
        static let guide = "说明"
        static let summary = "指标汇总"
        static let operands = "指标计算"
        static let staff = "人员"
        static let funds = "经费"
        static let sangong = "三公"
        static let projects = "项目"
        static let functions = "功能分类"
        static let findings = "数据核查"
    }

    init(group: MetricGroup, findings: [[Finding]]) {
        precondition(findings.count == group.departments.count, "one list of findings per department")
        self.group = group
        self.findings = findings
        sourceDocuments = group.departments.map { metrics in
            let identity = metrics.department.identity
            if let source = identity.source, !source.isEmpty { return source }
            return metrics.file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? identity.name
        }
    }

    var cells: Cells { Cells(styles: styles) }
    var departments: [DepartmentMetrics] { group.departments }
    var kind: DisclosureKind { group.key.kind }

    /// The metrics shown: those that apply to the group's kind (project
    /// execution only for 决算), in catalogue order.
    var shownMetrics: [MetricID] {
        MetricID.allCases.filter { $0.definition.applicability.applies(to: kind) }
    }

    /// The row of department `index` on the per-department sheets (zero-based).
    static func departmentRow(_ index: Int) -> Int { index + 1 }

    /// Rows of the departments on the per-department sheets (zero-based), or
    /// `nil` for an empty group.
    var departmentRows: ClosedRange<Int>? {
        departments.isEmpty ? nil : Self.departmentRow(0)...Self.departmentRow(departments.count - 1)
    }

    /// The name shown for department `index` (简称, else 全称).
    func name(_ index: Int) -> String { departments[index].department.identity.displayName }

    /// The disclosure department `index` was read from: `identity.source`,
    /// else the input file's name.
    func sourceDocument(_ index: Int) -> String { sourceDocuments[index] }

    /// "000_48bb68b1a07c75d5.txt 表1 第95行": where a figure of department
    /// `index` was read, for its cell's annotation.
    func provenance(_ source: Provenance?, department index: Int) -> String {
        let place = source?.description ?? ""
        return place.isEmpty ? "\(sourceDocument(index))（未记录表号和行号）" : "\(sourceDocument(index)) \(place)"
    }

    /// Lays out every sheet into `destination` (by default keeping the rows,
    /// to inspect them), in workbook order.
    mutating func sheets(into destination: RowDestination = .memory) -> [SheetModel] {
        var byName: [String: SheetModel] = [:]
        for task in SheetTask.recordingOrder + [.findings, .operands, .summary, .guide] {
            byName[task.name] = layOut(task, into: destination)
        }
        return ComparisonWorkbook.sheetNames.map { byName[$0]! }
    }

    /// One sheet function.
    enum SheetTask: CaseIterable, Sendable {
        case guide, summary, operands, staff, funds, sangong, projects, functions, findings

        var name: String {
            switch self {
            case .guide: SheetName.guide
            case .summary: SheetName.summary
            case .operands: SheetName.operands
            case .staff: SheetName.staff
            case .funds: SheetName.funds
            case .sangong: SheetName.sangong
            case .projects: SheetName.projects
            case .functions: SheetName.functions
            case .findings: SheetName.findings
            }
        }

        /// The sheets in two phases: the data sheets, which record where each
        /// figure sits (the largest first, so that the last to start is short);
        /// then 指标汇总 and 指标计算, whose formulas refer to the figures, with
        /// 说明 and 数据核查 (which refer to nothing) after 指标计算, the shorter
        /// of the two.
        static let phases: [[SheetTask]] = [[.funds, .projects, .functions, .sangong, .staff],
                                            [.summary, .operands, .guide, .findings]]

        /// The data sheets in the order their figures were first laid out:
        /// where two record the same figure, the later one's cell is used.
        static let recordingOrder: [SheetTask] = [.staff, .funds, .sangong, .projects, .functions]
    }

    /// Lays out the sheet of `task`.
    mutating func layOut(_ task: SheetTask, into destination: RowDestination) -> SheetModel {
        switch task {
        case .guide: return guideSheet(into: destination)
        case .summary:
            return summarySheet(metrics: shownMetrics, operandSumRow: OperandSheetLayout.sumRow(departments: departments.count),
                                into: destination).model
        case .operands: return operandSheet(into: destination).model
        case .staff: return staffSheet(into: destination)
        case .funds: return fundsSheet(into: destination)
        case .sangong: return sangongSheet(into: destination)
        case .projects: return projectSheet(into: destination)
        case .functions: return functionSheet(into: destination)
        case .findings: return findingsSheet(into: destination)
        }
    }

    /// A sheet laid out into `.buffered`, ready to cross threads.
    private struct LaidOutSheet: Sendable {
        let sheet: Result<PreparedSheet, any Error>
        let widths: [Double]
        /// The figures this sheet placed.
        let locator: CellLocator
    }

    /// Lays out every sheet once, deflating its rows as they come, on up to
    /// `jobs` threads (the phases of `SheetTask`: the data sheets at once,
    /// then the sheets referring to them), and registers the column styles
    /// the rows call for, in workbook order: the document's styles, names
    /// and bytes do not depend on `jobs`.
    ///
    /// Thrown: the first error writing a sheet, in workbook order.
    mutating func prepare(compressionLevel: Int, jobs: Int) throws -> PreparedWorkbook {
        let destination = RowDestination.buffered(styles: styles.registry, compressionLevel: compressionLevel)
        var laidOut: [SheetTask: LaidOutSheet] = [:]
        for phase in SheetTask.phases {
            let base = self
            let results = ParallelWork.map(phase.count, jobs: jobs) { index in
                // A copy: a data sheet records into its own (empty) locator,
                // merged below in the order the sheets used to be laid out.
                var layout = base
                let model = layout.layOut(phase[index], into: destination)
                return LaidOutSheet(sheet: Result { try model.finish() }, widths: model.widths(), locator: layout.locator)
            }
            precondition(phase == SheetTask.phases[0] || !phase.contains(where: SheetTask.recordingOrder.contains),
                         "the data sheets come first, while the locator is empty")
            var placed: [SheetTask: CellLocator] = [:]
            for (task, result) in zip(phase, results) {
                laidOut[task] = LaidOutSheet(sheet: result.sheet, widths: result.widths, locator: CellLocator())
                placed[task] = result.locator
            }
            // Merged in the order the sheets used to be laid out, each let go once merged.
            for task in SheetTask.recordingOrder where phase.contains(task) {
                if let fragment = placed.removeValue(forKey: task) { locator.merge(fragment) }
            }
        }
        var sheets: [(sheet: PreparedSheet, columns: [Column])] = []
        for name in ComparisonWorkbook.sheetNames {
            let task = SheetTask.allCases.first { $0.name == name }!
            let result = laidOut[task]!
            let columns = result.widths.map { Column(style: styles.column(centimetres: $0)) }
            sheets.append((try result.sheet.get(), columns))
        }
        let key = group.key
        let metadata = DocumentMetadata(
            title: "\(key.label) 部门对比分析表", subject: "部门\(kind.chineseName)公开比较分析", language: "zh-CN")
        let document = SpreadsheetDocument(styles: styles.registry, metadata: metadata, compressionLevel: compressionLevel)
        return PreparedWorkbook(document: document, sheets: sheets)
    }
}
