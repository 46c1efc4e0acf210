import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

/// Lays out every sheet of the comparison workbook in memory, data sheets
/// first (so their cells are known), then the sheets whose formulas refer to
/// them. Pure: the same group gives the same sheets, styles and names.
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
    func sourceDocument(_ index: Int) -> String {
        let identity = departments[index].department.identity
        if let source = identity.source, !source.isEmpty { return source }
        return departments[index].file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? identity.name
    }

    /// "000_48bb68b1a07c75d5.txt 表1 第95行": where a figure of department
    /// `index` was read, for its cell's annotation.
    func provenance(_ source: Provenance?, department index: Int) -> String {
        let place = source?.description ?? ""
        return place.isEmpty ? "\(sourceDocument(index))（未记录表号和行号）" : "\(sourceDocument(index)) \(place)"
    }

    /// Lays out every sheet, in workbook order.
    mutating func sheets() -> [SheetModel] {
        let staff = staffSheet()
        let funds = fundsSheet()
        let sangong = sangongSheet()
        let projects = projectSheet()
        let functions = functionSheet()
        let checks = findingsSheet()
        let operands = operandSheet()
        let summary = summarySheet(operands: operands)
        let guide = guideSheet()
        return [guide, summary.model, operands.model, staff, funds, sangong, projects, functions, checks]
    }

    /// A document of the laid-out sheets, with the column styles registered.
    mutating func document() -> (SpreadsheetDocument, [(SheetModel, [Column])]) {
        let models = sheets()
        var laidOut: [(SheetModel, [Column])] = []
        for model in models {
            let columns = model.widths().map { Column(style: styles.column(centimetres: $0)) }
            laidOut.append((model, columns))
        }
        let key = group.key
        let metadata = DocumentMetadata(
            title: "\(key.label) 部门对比分析表", subject: "部门\(kind.chineseName)公开比较分析", language: "zh-CN")
        return (SpreadsheetDocument(styles: styles.registry, metadata: metadata), laidOut)
    }
}
