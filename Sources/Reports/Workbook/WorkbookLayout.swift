import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

/// Lays out the sheets of the comparison workbook: each sheet function
/// appends its rows, one at a time, to a `SheetModel` that keeps them, only
/// measures them or writes them straight into the open sheet (see
/// `RowDestination`). A workbook is written in two passes over the same
/// functions, `plan()` and then `stream(_:of:into:)`, so that no whole sheet
/// is ever held: memory does not grow with the rows (the design's "stream
/// XML, never build a whole DOM for a big sheet"). Pure: the same group gives
/// the same sheets, styles and names, which is what lets the writing pass
/// repeat the measuring pass row for row.
///
/// Every per-department sheet (指标汇总, 指标计算, 人员, 经费, 三公, 功能分类)
/// has one header row and the group's departments in the same order from
/// row 2, so department *k* is on row *k* + 1 of each of them.
struct WorkbookLayout {
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
        layOut(into: destination).sheets
    }

    /// Lays out every sheet: the data sheets first (so that the locator knows
    /// their cells), then 指标计算 and 指标汇总, whose formulas refer to
    /// them, and 说明. Returns the sheets in workbook order.
    private mutating func layOut(into destination: RowDestination) -> (sheets: [SheetModel], operands: OperandSheetLayout) {
        let staff = staffSheet(into: destination)
        let funds = fundsSheet(into: destination)
        let sangong = sangongSheet(into: destination)
        let projects = projectSheet(into: destination)
        let functions = functionSheet(into: destination)
        let checks = findingsSheet(into: destination)
        let operands = operandSheet(into: destination)
        let summary = summarySheet(operands: operands, into: destination)
        let guide = guideSheet(into: destination)
        return ([guide, summary.model, operands.model, staff, funds, sangong, projects, functions, checks], operands)
    }

    /// The measuring pass: lays out every sheet keeping no rows, fills the
    /// locator and registers the column styles (in workbook order, so that
    /// style names do not depend on how the workbook is written).
    mutating func plan() -> WorkbookPlan {
        let (models, operands) = layOut(into: .measure)
        var sheets: [WorkbookPlan.Sheet] = []
        for model in models {
            let columns = model.widths().map { Column(style: styles.column(centimetres: $0)) }
            sheets.append(WorkbookPlan.Sheet(name: model.name, columns: columns, options: model.options, rowCount: model.nextRow))
        }
        let key = group.key
        let metadata = DocumentMetadata(
            title: "\(key.label) 部门对比分析表", subject: "部门\(kind.chineseName)公开比较分析", language: "zh-CN")
        return WorkbookPlan(document: SpreadsheetDocument(styles: styles.registry, metadata: metadata), sheets: sheets,
                            operands: operands)
    }

    /// The writing pass of one sheet of `plan`: lays it out again, each row
    /// going into `writer` as soon as it is laid out. Sheets can now come in
    /// workbook order, because `plan()` placed every cell a formula refers to.
    ///
    /// Thrown: the first error writing a row (see `SheetModel.writeError`).
    mutating func stream(_ sheet: WorkbookPlan.Sheet, of plan: WorkbookPlan, into writer: SheetWriter) throws {
        let destination = RowDestination.sheet(writer)
        let model: SheetModel
        switch sheet.name {
        case SheetName.guide: model = guideSheet(into: destination)
        case SheetName.summary: model = summarySheet(operands: plan.operands, into: destination).model
        case SheetName.operands: model = operandSheet(into: destination).model
        case SheetName.staff: model = staffSheet(into: destination)
        case SheetName.funds: model = fundsSheet(into: destination)
        case SheetName.sangong: model = sangongSheet(into: destination)
        case SheetName.projects: model = projectSheet(into: destination)
        case SheetName.functions: model = functionSheet(into: destination)
        case SheetName.findings: model = findingsSheet(into: destination)
        default: preconditionFailure("no sheet function for \(sheet.name)")
        }
        if let error = model.writeError { throw error }
        precondition(model.nextRow == sheet.rowCount, "both passes lay out the same rows")
    }
}
