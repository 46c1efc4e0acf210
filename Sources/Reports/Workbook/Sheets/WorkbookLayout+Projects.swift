import BudgetModel
import Foundation
import OpenDocument

extension WorkbookLayout {
    /// 项目: for a 预算 group, the projects of Table 7 (一般公共预算项目支出
    /// 情况表) with their split by economic class; for a 决算 group, the
    /// 项目支出绩效自评表 of each project (年初预算数, 全年预算数, 全年执行数,
    /// 执行率 as a formula beside the stated one, 分值, 得分). One row per
    /// project, the departments in group order, a 合计 row at the bottom.
    mutating func projectSheet(into destination: RowDestination) -> SheetModel {
        kind == .final ? performanceSheet(into: destination) : budgetProjectSheet(into: destination)
    }

    /// Names of the economic classes (经济分类 类) Table 7 splits projects by.
    static let economicClassNames: [String: String] = [
        "301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助",
        "307": "债务利息及费用支出", "309": "资本性支出（基本建设）", "310": "资本性支出",
        "311": "对企业补助（基本建设）", "312": "对企业补助", "313": "对社会保障基金补助", "399": "其他支出",
    ]

    private mutating func budgetProjectSheet(into destination: RowDestination) -> SheetModel {
        let codes = Set(departments.flatMap { ($0.department.projects ?? []).flatMap { ($0.economicSplit ?? [:]).keys } })
            .sorted()
        let headers = ["单位名称", "项目名称", "预算单位", "功能分类科目编码", "项目支出合计"]
            + codes.map { "\($0) \(Self.economicClassNames[$0] ?? "")" } + ["来源"]
        let amountColumns = 4..<(5 + codes.count)
        let count = departments.reduce(0) { $0 + ($1.department.projects?.count ?? 0) }
        var model = projectTable(headers: headers, projects: count, into: destination)
        guard count > 0 else {
            model.append([cells.text("本组各单位均未列一般公共预算项目支出明细（表7）")])
            return model
        }
        var sums = ColumnTotals(columns: headers.count)
        for index in departments.indices {
            for project in departments[index].department.projects ?? [] {
                var row = [cells.text(name(index)), cells.text(project.name), cells.text(project.unit ?? DisplayText.noValue, missing: "无值：表7未列预算单位"),
                           cells.text(project.functionCode ?? DisplayText.noValue, missing: "无值：表7未列功能分类科目编码")]
                let amounts: [Amount?] = [project.amount] + codes.map { project.economicSplit?[$0] }
                for (offset, amount) in amounts.enumerated() {
                    row.append(cells.figure(amount?.value, .amount, note: amount.map { provenance($0.source, department: index) }))
                    if let amount { sums.add(amount.value, column: amountColumns.lowerBound + offset) }
                }
                row.append(cells.text(provenance(project.amount.source ?? project.line.map { Provenance(line: $0, table: "表7") },
                                                 department: index)))
                model.append(row)
            }
        }
        appendProjectTotal(to: &model, columns: headers.count, sumColumns: amountColumns, sums: sums, extraTotals: [:])
        return model
    }

    private mutating func performanceSheet(into destination: RowDestination) -> SheetModel {
        let headers = ["单位名称", "项目名称", "主管部门", "实施单位", "年初预算数", "全年预算数", "全年执行数",
                       "执行率（计算）= 全年执行数 ÷ 全年预算数", "执行率（自评表所列）", "分值", "得分", "来源"]
        let (initial, fullYear, executed, rate) = (4, 5, 6, 7)
        let count = departments.reduce(0) { $0 + ($1.department.finalAccount?.performance?.count ?? 0) }
        var model = projectTable(headers: headers, projects: count, into: destination)
        guard count > 0 else {
            model.append([cells.text("本组各单位均未公开项目支出绩效自评表")])
            return model
        }
        var sums = ColumnTotals(columns: headers.count)
        for index in departments.indices {
            for (number, evaluation) in (departments[index].department.finalAccount?.performance ?? []).enumerated() {
                let row = model.nextRow
                var entries = [cells.text(name(index)), cells.text(evaluation.project),
                               cells.text(evaluation.supervisor ?? DisplayText.noValue, missing: "无值：自评表未列主管部门"),
                               cells.text(evaluation.implementer ?? DisplayText.noValue, missing: "无值：自评表未列实施单位")]
                let figures: [(String, Amount?)] = [("initialBudget", evaluation.initialBudget),
                                                    ("fullYearBudget", evaluation.fullYearBudget),
                                                    ("executed", evaluation.executed)]
                for (offset, (member, amount)) in figures.enumerated() {
                    entries.append(cells.figure(amount?.value, .amount, note: amount.map { provenance($0.source, department: index) }))
                    locator.record("finalAccount.performance[\(number)].\(member)", department: index,
                                   at: CellRef(sheet: SheetName.projects, address: CellAddress(column: initial + offset, row: row)))
                    if let amount { sums.add(amount.value, column: initial + offset) }
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
                model.append(entries)
            }
        }
        let (sumExecuted, sumFullYear) = (sums[executed], sums[fullYear])
        let layout = self
        appendProjectTotal(to: &model, columns: headers.count, sumColumns: initial..<(executed + 1), sums: sums,
                           extraTotals: [rate: { row in
                               layout.executionRate(row: row, fullYear: fullYear, executed: executed,
                                                    cached: Self.quotient(sumExecuted, sumFullYear), emphasis: .total)
                           }])
        return model
    }

    /// 全年执行数 / 全年预算数 on `row`, "—" without both or with a zero budget.
    private func executionRate(row: Int, fullYear: Int, executed: Int, cached: Decimal?, emphasis: Emphasis = .normal) -> Entry {
        let budget = FormulaText.cell(column: fullYear, row: row)
        let spent = FormulaText.cell(column: executed, row: row)
        let expression = FormulaText.guarded(["ISNUMBER(\(spent))", "ISNUMBER(\(budget))"],
                                             "IF(\(budget)=0;\(FormulaText.noValue);\(spent)/\(budget))")
        return cells.formula(expression, cached: cached, .percent, emphasis: emphasis,
                             missing: "无值：全年预算数或全年执行数未列，或全年预算数为零")
    }

    /// `numerator / denominator`, `nil` without both or with a zero denominator.
    static func quotient(_ numerator: Decimal?, _ denominator: Decimal?) -> Decimal? {
        guard let numerator, let denominator, denominator != 0 else { return nil }
        return numerator / denominator
    }

    /// The 项目 table with its header row, for `projects` project rows
    /// (each department's in turn, or a line saying there are none), followed
    /// by `appendProjectTotal`. The rows are counted beforehand because the
    /// filter range is declared before they are streamed.
    private func projectTable(headers: [String], projects: Int, into destination: RowDestination) -> SheetModel {
        var sizing = Array(repeating: ColumnSizing.standard, count: headers.count)
        sizing[0] = .name
        sizing[1] = .name
        sizing[headers.count - 1] = ColumnSizing(minimum: 3, maximum: 11, wrapAt: 3)
        let lastRow = max(projects, 1)
        var model = SheetModel(name: SheetName.projects, sizing: sizing, options: SheetOptions(
            frozenRows: 1, frozenColumns: 2,
            autoFilterRange: CellRange(CellAddress(column: 0, row: 0), CellAddress(column: headers.count - 1, row: lastRow))),
            into: destination)
        model.append(headers.map { cells.header($0) })
        return model
    }

    /// A blank row and the 合计 row below the project rows: SUM over
    /// `sumColumns` (`sums` adds up their stated values), `extraTotals` by column.
    private func appendProjectTotal(to model: inout SheetModel, columns: Int, sumColumns: Range<Int>, sums: ColumnTotals,
                                    extraTotals: [Int: (Int) -> Entry]) {
        let dataRows = 1...(model.nextRow - 1)
        model.append([])
        let totalRow = model.nextRow
        model.append((0..<columns).map { column in
            if column == 0 { return cells.text("合计", emphasis: .total) }
            if sumColumns.contains(column) { return sumEntry(column: column, rows: dataRows, sum: sums[column], kind: .amount) }
            if let extra = extraTotals[column] { return extra(totalRow) }
            return cells.blank(.total)
        })
    }
}
