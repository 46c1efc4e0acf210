import BudgetModel
import Foundation
import OpenDocument

extension WorkbookLayout {
    /// 项目: for a 预算 group, the projects of Table 7 (一般公共预算项目支出
    /// 情况表) with their split by economic class; for a 决算 group, the
    /// 项目支出绩效自评表 of each project (年初预算数, 全年预算数, 全年执行数,
    /// 执行率 as a formula beside the stated one, 分值, 得分). One row per
    /// project, the departments in group order, a 合计 row at the bottom.
    mutating func projectSheet() -> SheetModel {
        kind == .final ? performanceSheet() : budgetProjectSheet()
    }

    /// Names of the economic classes (经济分类 类) Table 7 splits projects by.
    static let economicClassNames: [String: String] = [
        "301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助",
        "307": "债务利息及费用支出", "309": "资本性支出（基本建设）", "310": "资本性支出",
        "311": "对企业补助（基本建设）", "312": "对企业补助", "313": "对社会保障基金补助", "399": "其他支出",
    ]

    private mutating func budgetProjectSheet() -> SheetModel {
        let codes = Set(departments.flatMap { ($0.department.projects ?? []).flatMap { ($0.economicSplit ?? [:]).keys } })
            .sorted()
        let headers = ["单位名称", "项目名称", "预算单位", "功能分类科目编码", "项目支出合计"]
            + codes.map { "\($0) \(Self.economicClassNames[$0] ?? "")" } + ["来源"]
        let amountColumns = 4..<(5 + codes.count)
        var rows: [[Entry]] = []
        var sums = [[Decimal]](repeating: [], count: headers.count)
        for index in departments.indices {
            for project in departments[index].department.projects ?? [] {
                var row = [cells.text(name(index)), cells.text(project.name), cells.text(project.unit ?? DisplayText.noValue),
                           cells.text(project.functionCode ?? DisplayText.noValue)]
                let amounts: [Amount?] = [project.amount] + codes.map { project.economicSplit?[$0] }
                for (offset, amount) in amounts.enumerated() {
                    row.append(cells.figure(amount?.value, .amount, note: amount.map { provenance($0.source, department: index) }))
                    if let amount { sums[amountColumns.lowerBound + offset].append(amount.value) }
                }
                row.append(cells.text(provenance(project.amount.source ?? project.line.map { Provenance(line: $0, table: "表7") },
                                                 department: index)))
                rows.append(row)
            }
        }
        return projectTable(headers: headers, rows: rows, sumColumns: amountColumns, sums: sums,
                            empty: "本组各单位均未列一般公共预算项目支出明细（表7）", extraTotals: [:])
    }

    private mutating func performanceSheet() -> SheetModel {
        let headers = ["单位名称", "项目名称", "主管部门", "实施单位", "年初预算数", "全年预算数", "全年执行数",
                       "执行率（计算）= 全年执行数 ÷ 全年预算数", "执行率（自评表所列）", "分值", "得分", "来源"]
        let (initial, fullYear, executed, rate) = (4, 5, 6, 7)
        var rows: [[Entry]] = []
        var sums = [[Decimal]](repeating: [], count: headers.count)
        for index in departments.indices {
            for (number, evaluation) in (departments[index].department.finalAccount?.performance ?? []).enumerated() {
                let row = Self.departmentRow(0) + rows.count
                var entries = [cells.text(name(index)), cells.text(evaluation.project),
                               cells.text(evaluation.supervisor ?? DisplayText.noValue),
                               cells.text(evaluation.implementer ?? DisplayText.noValue)]
                let figures: [(String, Amount?)] = [("initialBudget", evaluation.initialBudget),
                                                    ("fullYearBudget", evaluation.fullYearBudget),
                                                    ("executed", evaluation.executed)]
                for (offset, (member, amount)) in figures.enumerated() {
                    entries.append(cells.figure(amount?.value, .amount, note: amount.map { provenance($0.source, department: index) }))
                    locator.record("finalAccount.performance[\(number)].\(member)", department: index,
                                   at: CellRef(sheet: SheetName.projects, address: CellAddress(column: initial + offset, row: row)))
                    if let amount { sums[initial + offset].append(amount.value) }
                }
                entries.append(executionRate(row: row, fullYear: fullYear, executed: executed,
                                             cached: Self.quotient(evaluation.executed?.value, evaluation.fullYearBudget?.value)))
                entries.append(cells.figure(evaluation.statedExecutionRate.map { $0.value / 100 }, .percent,
                                            note: evaluation.statedExecutionRate.map { provenance($0.source, department: index) }))
                entries.append(cells.figure(evaluation.weight?.value, .ratio,
                                            note: evaluation.weight.map { provenance($0.source, department: index) }))
                entries.append(cells.figure(evaluation.score?.value, .ratio,
                                            note: evaluation.score.map { provenance($0.source, department: index) }))
                entries.append(cells.text(provenance(evaluation.line.map { Provenance(line: $0, table: "绩效自评表") },
                                                     department: index)))
                rows.append(entries)
            }
        }
        let sumExecuted = sums[executed].isEmpty ? nil : sums[executed].reduce(0, +)
        let sumFullYear = sums[fullYear].isEmpty ? nil : sums[fullYear].reduce(0, +)
        let layout = self
        return projectTable(headers: headers, rows: rows, sumColumns: initial..<(executed + 1), sums: sums,
                            empty: "本组各单位均未公开项目支出绩效自评表",
                            extraTotals: [rate: { row in
                                layout.executionRate(row: row, fullYear: fullYear, executed: executed,
                                                   cached: Self.quotient(sumExecuted, sumFullYear), emphasis: .total)
                            }])
    }

    /// 全年执行数 / 全年预算数 on `row`, "—" without both or with a zero budget.
    private func executionRate(row: Int, fullYear: Int, executed: Int, cached: Decimal?, emphasis: Emphasis = .normal) -> Entry {
        let budget = FormulaText.cell(column: fullYear, row: row)
        let spent = FormulaText.cell(column: executed, row: row)
        let expression = FormulaText.guarded(["ISNUMBER(\(spent))", "ISNUMBER(\(budget))"],
                                             "IF(\(budget)=0;\(FormulaText.noValue);\(spent)/\(budget))")
        return cells.formula(expression, cached: cached, .percent, emphasis: emphasis)
    }

    /// `numerator / denominator`, `nil` without both or with a zero denominator.
    static func quotient(_ numerator: Decimal?, _ denominator: Decimal?) -> Decimal? {
        guard let numerator, let denominator, denominator != 0 else { return nil }
        return numerator / denominator
    }

    /// The 项目 table: header, project rows (or a line saying there are none),
    /// a blank row and the 合计 row.
    private func projectTable(headers: [String], rows: [[Entry]], sumColumns: Range<Int>, sums: [[Decimal]], empty: String,
                              extraTotals: [Int: (Int) -> Entry]) -> SheetModel {
        var sizing = Array(repeating: ColumnSizing.standard, count: headers.count)
        sizing[0] = .name
        sizing[1] = .name
        sizing[headers.count - 1] = ColumnSizing(minimum: 3, maximum: 11, wrapAt: 3)
        let lastRow = max(rows.count, 1)
        var model = SheetModel(name: SheetName.projects, sizing: sizing, options: SheetOptions(
            frozenRows: 1, frozenColumns: 2,
            autoFilterRange: CellRange(CellAddress(column: 0, row: 0), CellAddress(column: headers.count - 1, row: lastRow))))
        model.append(headers.map { cells.header($0) })
        guard !rows.isEmpty else {
            model.append([cells.text(empty)])
            return model
        }
        rows.forEach { model.append($0) }
        model.append([])
        let totalRow = model.nextRow
        let dataRows = 1...rows.count
        model.append((0..<headers.count).map { column in
            if column == 0 { return cells.text("合计", emphasis: .total) }
            if sumColumns.contains(column) { return sumEntry(column: column, rows: dataRows, values: sums[column], kind: .amount) }
            if let extra = extraTotals[column] { return extra(totalRow) }
            return cells.blank(.total)
        })
        return model
    }
}
