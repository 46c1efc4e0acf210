import BudgetChecks
import BudgetModel
import Foundation
import OpenDocument

extension WorkbookLayout {
    /// 数据核查: the findings of BudgetChecks, one row each, departments in
    /// group order and each department's findings in the checks' order.
    /// 差额 is the formula 实为 − 应为 (the checks define difference = actual − expected).
    mutating func findingsSheet(into destination: RowDestination) -> SheetModel {
        let headers = ["单位名称", "来源文件", "规则", "规则说明", "核对项", "严重程度", "应为", "实为", "差额（实为 − 应为）", "单位", "来源行号"]
        let (expected, actual) = (6, 7)
        var sizing = Array(repeating: ColumnSizing.standard, count: headers.count)
        sizing[0] = .name
        sizing[1] = ColumnSizing(minimum: 3, maximum: 11, wrapAt: 3)
        sizing[2] = ColumnSizing(minimum: 3, maximum: 11, wrapAt: 3)
        sizing[3] = .paragraph(6)
        sizing[4] = .paragraph(8)
        sizing[10] = ColumnSizing(minimum: 2.5, maximum: 6, wrapAt: 2.5)
        let count = findings.reduce(0) { $0 + $1.count }
        var model = SheetModel(name: SheetName.findings, sizing: sizing, options: SheetOptions(
            frozenRows: 1, frozenColumns: 1,
            autoFilterRange: CellRange(CellAddress(column: 0, row: 0), CellAddress(column: headers.count - 1, row: max(count, 1)))),
            into: destination)
        model.append(headers.map { cells.header($0) })
        guard count > 0 else {
            model.append([cells.text("本组各单位的数据核查均未发现问题")])
            return model
        }
        for index in departments.indices {
            for finding in findings[index] {
                let row = model.nextRow
                let kind: ValueKind = finding.unit == .wanYuan ? .amount : .percentagePoints
                let difference = "\(FormulaText.cell(column: actual, row: row))-\(FormulaText.cell(column: expected, row: row))"
                model.append([
                    cells.text(name(index)),
                    cells.text(sourceDocument(index)),
                    cells.text(finding.rule),
                    cells.paragraph(finding.description),
                    cells.paragraph(finding.detail),
                    cells.text(finding.severity.chineseName, emphasis: finding.severity == .inconsistency ? .outlier : .normal),
                    cells.figure(finding.expected, kind),
                    cells.figure(finding.actual, kind),
                    cells.formula(difference, cached: finding.difference, kind),
                    cells.text(finding.unit.chineseName),
                    cells.text(finding.lines.isEmpty ? DisplayText.noValue
                               : "第" + finding.lines.map(String.init).joined(separator: "、") + "行",
                               missing: "无值：该项核查未定位到来源行号"),
                ])
            }
        }
        return model
    }
}
