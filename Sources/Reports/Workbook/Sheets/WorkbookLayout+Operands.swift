import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

/// Where 指标计算 put each metric's operands, for the formulas of 指标汇总.
/// Holds nothing per department: 指标汇总 forms each department's operands
/// again from the locator (`MetricOperands`), as 指标计算 did.
struct OperandSheetLayout {
    let model: SheetModel
    /// The metrics shown, in column order.
    let metrics: [MetricID]
    /// The zero-based row of Σ分子 / Σ分母.
    let sumRow: Int

    /// The row of Σ分子 / Σ分母 for `departments` departments: below the
    /// header, the departments, a blank row and the count row.
    static func sumRow(departments: Int) -> Int { WorkbookLayout.departmentRow(departments) + 2 }

    /// The column of `metrics[m]`'s numerator; its denominator is the next one.
    static func numeratorColumn(_ m: Int) -> Int { 1 + 2 * m }
}

extension WorkbookLayout {
    /// 指标计算: every metric's numerator and denominator for each department
    /// as formulas over the data sheets (so the route BudgetMetrics took,
    /// fallbacks included, can be read off), then the number of departments
    /// with both and their sums Σ分子, Σ分母, from which 指标汇总 computes the
    /// group's pooled value. A department counts in the sums when both its
    /// operands are stated, also when the denominator is zero (its figures
    /// are real), exactly as BudgetMetrics pools them.
    mutating func operandSheet(into destination: RowDestination) -> OperandSheetLayout {
        let metrics = shownMetrics
        let width = 1 + 2 * metrics.count
        var sizing = Array(repeating: ColumnSizing(minimum: 2.2, maximum: 6, wrapAt: 3.2), count: width)
        sizing[0] = .name
        let lastRow = Self.departmentRow(max(departments.count - 1, 0))
        var model = SheetModel(name: SheetName.operands, sizing: sizing, options: SheetOptions(
            frozenRows: 1, frozenColumns: 1,
            autoFilterRange: CellRange(CellAddress(column: 0, row: 0), CellAddress(column: width - 1, row: lastRow))),
            into: destination)
        var header = [cells.header("单位名称")]
        for (m, metric) in metrics.enumerated() {
            let definition = metric.definition
            header.append(cells.header("\(definition.name) 分子：\(definition.numeratorTerm)", alternate: m % 2 == 1))
            header.append(cells.header("\(definition.name) 分母：\(definition.denominatorTerm)", alternate: m % 2 == 1))
        }
        model.append(header)

        for index in departments.indices {
            var row = [cells.text(name(index))]
            for metric in metrics {
                let value = departments[index][metric]
                let formulas = MetricOperands(value, department: index, kind: kind, locator: locator)
                let note = formulas.notes.isEmpty ? nil : formulas.notes.joined(separator: "\n")
                let reason = value.reason.map { "\(DisplayText.reasonPrefix)\($0.description)" } ?? DisplayText.notStated
                row.append(operandEntry(formulas.numerator, cached: value.numerator, note: note, missing: reason))
                row.append(operandEntry(formulas.denominator, cached: value.denominator, note: nil, missing: reason))
            }
            model.append(row)
        }
        model.append([])
        let countRow = model.nextRow
        let sumRow = countRow + 1
        var counts = [cells.text("分子、分母均有值的单位数", emphasis: .total)]
        var sums = [cells.text("合计（Σ分子、Σ分母）", emphasis: .total)]
        if let rows = departmentRows {
            for (m, metric) in metrics.enumerated() {
                let pooled = group[metric].pooled
                let numerator = OperandSheetLayout.numeratorColumn(m)
                let mask = "ISNUMBER(\(FormulaText.absoluteRange(column: numerator, rows: rows)))*"
                    + "ISNUMBER(\(FormulaText.absoluteRange(column: numerator + 1, rows: rows)))"
                let count = FormulaText.absoluteCell(column: numerator, row: countRow)
                counts.append(cells.formula("SUMPRODUCT(\(mask))", cached: Decimal(pooled.contributors), .count, emphasis: .total))
                counts.append(cells.blank(.total))
                for (offset, total) in [pooled.numerator, pooled.denominator].enumerated() {
                    let range = FormulaText.absoluteRange(column: numerator + offset, rows: rows)
                    sums.append(cells.formula(
                        "IF(\(count)=0;\(FormulaText.noValue);SUMPRODUCT(\(mask);\(range)))",
                        cached: pooled.contributors == 0 ? nil : total,
                        Self.operandKind(offset == 0 ? departments.lazy.compactMap { $0[metric].numerator }.first
                                                     : departments.lazy.compactMap { $0[metric].denominator }.first),
                        emphasis: .total, missing: "无值：没有分子、分母均有值的单位"))
                }
            }
        }
        model.append(counts)
        model.append(sums)
        precondition(sumRow == OperandSheetLayout.sumRow(departments: departments.count), "sums where 指标汇总 expects them")
        return OperandSheetLayout(model: model, metrics: metrics, sumRow: sumRow)
    }

    /// An operand's cell: its formula with the stated value cached ("—"
    /// when not stated), or a plain "—" when there is nothing to refer to.
    private func operandEntry(_ formula: OperandFormula?, cached: Operand?, note: String?, missing: String) -> Entry {
        let kind = Self.operandKind(cached)
        guard let formula else { return cells.figure(nil, kind, note: note, missing: missing) }
        return cells.formula(FormulaText.guarded(formula.guards, formula.expression), cached: cached?.value, kind, note: note,
                             missing: missing)
    }

    /// Persons for staff counts, else 万元.
    static func operandKind(_ operand: Operand?) -> ValueKind {
        guard let operand else { return .amount }
        return operand.inputs.allSatisfy { $0.field.hasPrefix("staff.") } ? .count : .amount
    }
}
