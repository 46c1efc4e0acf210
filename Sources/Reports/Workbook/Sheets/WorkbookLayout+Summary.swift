import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

/// Where 指标汇总 put things.
struct SummarySheetLayout {
    let model: SheetModel
    /// The zero-based rows of the group statistics.
    let countRow: Int, pooledRow: Int, meanRow: Int, medianRow: Int

    /// The column of `metrics[m]`'s value; its rank and deviation follow.
    static func valueColumn(_ m: Int) -> Int { 1 + 3 * m }
}

extension WorkbookLayout {
    /// 指标汇总: one row per department; per metric three columns: the value
    /// (a live formula over the data sheets, cached with BudgetMetrics' exact
    /// value, "—" with the reason as annotation when there is none), the rank
    /// in the group (RANK, 1 = highest) and the deviation from the group
    /// median. Below, after a blank row and outside the filter: the number of
    /// departments with a value, the pooled value Σ分子 ÷ Σ分母 (from
    /// 指标计算), the mean and the median.
    ///
    /// Outliers (BudgetMetrics' interquartile fences, at least 8 values) get
    /// the outlier ground and an annotation with the fences; see `Emphasis.outlier`.
    ///
    /// `metrics` are the metrics shown (`shownMetrics`), `operandSumRow` the
    /// row of 指标计算's sums (`OperandSheetLayout.sumRow(departments:)`).
    mutating func summarySheet(metrics: [MetricID], operandSumRow: Int, into destination: RowDestination) -> SummarySheetLayout {
        let width = 1 + 3 * metrics.count
        // Per metric: value (header wraps at 3.6 cm), rank (narrow), deviation.
        let block = [ColumnSizing(minimum: 2, maximum: 5, wrapAt: 3.6), ColumnSizing(minimum: 1.4, maximum: 3, wrapAt: 1.8),
                     ColumnSizing(minimum: 2, maximum: 5, wrapAt: 2.6)]
        let sizing = [ColumnSizing.name] + Array(metrics.map { _ in block }.joined())
        let lastRow = Self.departmentRow(max(departments.count - 1, 0))
        var model = SheetModel(name: SheetName.summary, sizing: sizing, options: SheetOptions(
            frozenRows: 1, frozenColumns: 1,
            autoFilterRange: CellRange(CellAddress(column: 0, row: 0), CellAddress(column: width - 1, row: lastRow))),
            into: destination)
        var header = [cells.header("单位名称")]
        for (m, metric) in metrics.enumerated() {
            let definition = metric.definition
            let alternate = m % 2 == 1
            header.append(cells.header("\(Self.title(definition)) = \(definition.formula)", alternate: alternate,
                                       note: Self.definitionNote(definition)))
            header.append(cells.header("\(definition.name) 排名", alternate: alternate,
                                       note: "组内排名：1 为最高值，同值同名次（RANK）；无值的单位不参与排名"))
            header.append(cells.header("\(definition.name) 与中位数之差", alternate: alternate,
                                       note: "本单位数值 − 组内中位数"))
        }
        model.append(header)

        let rows = departmentRows ?? 1...1
        let countRow = Self.departmentRow(departments.count) + 1
        let (pooledRow, meanRow, medianRow) = (countRow + 1, countRow + 2, countRow + 3)
        for index in departments.indices {
            let row = Self.departmentRow(index)
            var entries = [cells.text(name(index))]
            for (m, metric) in metrics.enumerated() {
                let statistics = group[metric]
                let standing = statistics.standings[index]
                let value = departments[index][metric]
                let kind = Self.kind(metric)
                let column = SummarySheetLayout.valueColumn(m)
                let own = FormulaText.cell(column: column, row: row)
                let formulas = MetricOperands(value, department: index, kind: self.kind, locator: locator)
                entries.append(valueEntry(value, operands: formulas, standing: standing,
                                          statistics: statistics, kind: kind))
                let range = FormulaText.absoluteRange(column: column, rows: rows)
                entries.append(cells.formula("IF(ISNUMBER(\(own));RANK(\(own);\(range);0);\(FormulaText.noValue))",
                                             cached: standing.rank.map { Decimal($0) }, .rank,
                                             missing: "无值：本单位该指标无值，不参与排名"))
                let median = FormulaText.absoluteCell(column: column, row: medianRow)
                entries.append(cells.formula(
                    FormulaText.guarded(["ISNUMBER(\(own))", "ISNUMBER(\(median))"], "\(own)-\(median)"),
                    cached: standing.deviationFromMedian, kind,
                    missing: "无值：本单位该指标无值（原因见指标值的批注），或组内中位数无值"))
            }
            model.append(entries)
        }
        model.append([])

        var count = [cells.text("有值单位数", emphasis: .total)]
        var pooled = [cells.text("全组合计（Σ分子 ÷ Σ分母）", emphasis: .total,
                                 note: "把全组视为一个单位：分子、分母均有值的单位的分子之和除以分母之和（见“指标计算”表底部）")]
        var mean = [cells.text("平均值", emphasis: .total)]
        var middle = [cells.text("中位数", emphasis: .total)]
        for (m, metric) in metrics.enumerated() {
            let statistics = group[metric]
            let kind = Self.kind(metric)
            let range = FormulaText.absoluteRange(column: SummarySheetLayout.valueColumn(m), rows: rows)
            count.append(cells.formula("COUNT(\(range))", cached: Decimal(statistics.count), .count, emphasis: .total))
            let numerator = CellAddress(column: OperandSheetLayout.numeratorColumn(m), row: operandSumRow)
                .reference(sheet: SheetName.operands)
            let denominator = CellAddress(column: OperandSheetLayout.numeratorColumn(m) + 1, row: operandSumRow)
                .reference(sheet: SheetName.operands)
            pooled.append(cells.formula(
                FormulaText.guarded(["ISNUMBER(\(numerator))", "ISNUMBER(\(denominator))"],
                                    "IF(\(denominator)=0;\(FormulaText.noValue);\(numerator)/\(denominator))"),
                cached: statistics.pooled.value, kind, emphasis: .total,
                note: statistics.pooled.outcome.reason.map { "无值：\($0.description)" }))
            mean.append(cells.formula("IF(COUNT(\(range))=0;\(FormulaText.noValue);AVERAGE(\(range)))",
                                      cached: statistics.mean, kind, emphasis: .total, missing: "无值：组内各单位该指标均无值"))
            middle.append(cells.formula("IF(COUNT(\(range))=0;\(FormulaText.noValue);MEDIAN(\(range)))",
                                        cached: statistics.median, kind, emphasis: .total, missing: "无值：组内各单位该指标均无值"))
            count += [cells.blank(.total), cells.blank(.total)]
            pooled += [cells.blank(.total), cells.blank(.total)]
            mean += [cells.blank(.total), cells.blank(.total)]
            middle += [cells.blank(.total), cells.blank(.total)]
        }
        model.append(count)
        model.append(pooled)
        model.append(mean)
        model.append(middle)
        precondition(model.nextRow == medianRow + 1, "group rows where the formulas expect them")
        return SummarySheetLayout(model: model, countRow: countRow, pooledRow: pooledRow, meanRow: meanRow, medianRow: medianRow)
    }

    /// One department's value of a metric.
    private func valueEntry(_ value: MetricValue, operands: MetricOperands, standing: BudgetMetrics.Standing,
                            statistics: GroupStatistics, kind: ValueKind) -> Entry {
        var notes: [String] = []
        if let reason = value.reason { notes.append("无值：\(reason.description)") }
        var emphasis = Emphasis.normal
        if let side = standing.outlier, let fences = statistics.fences, let shown = standing.value {
            emphasis = .outlier
            let unit = value.definition.unit
            let fence = side == .high ? "高于上围栏 \(MetricFormat.display(fences.upper, unit: unit))"
                                      : "低于下围栏 \(MetricFormat.display(fences.lower, unit: unit))"
            notes.append("离群值（\(MetricFormat.display(shown, unit: unit))）：\(fence)；"
                + "Q1 = \(MetricFormat.display(fences.q1, unit: unit))，Q3 = \(MetricFormat.display(fences.q3, unit: unit))，"
                + "围栏 = Q1 − 1.5 × IQR 与 Q3 + 1.5 × IQR（生成时标注，修改数据后不自动更新）")
        }
        notes += operands.notes
        let note = notes.isEmpty ? nil : notes.joined(separator: "\n")
        guard let numerator = operands.numerator, let denominator = operands.denominator else {
            return cells.figure(nil, kind, note: note, emphasis: emphasis)
        }
        return cells.formula(FormulaText.quotient(numerator, denominator), cached: value.value, kind,
                             emphasis: emphasis, note: note)
    }

    /// Percent metrics as percentages, the others (万元/人, 人/人) as numbers with two decimals.
    static func kind(_ metric: MetricID) -> ValueKind {
        metric.definition.unit.isPercent ? .percent : .ratio
    }

    /// "人均公用经费（万元/人）", or just the name for a percentage.
    static func title(_ definition: MetricDefinition) -> String {
        definition.unit.isPercent ? definition.name : "\(definition.name)（\(definition.unit.symbol)）"
    }

    /// The metric's definition for its header's annotation.
    static func definitionNote(_ definition: MetricDefinition) -> String {
        var lines = ["\(definition.id.rawValue)：\(definition.meaning)", "公式：\(definition.formula)",
                     "单位：\(definition.unit.symbol)，适用：\(definition.applicability.chineseName)"]
        lines += definition.notes
        return lines.joined(separator: "\n")
    }
}
