import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

extension WorkbookLayout {
    /// 三公: the components of 财政拨款“三公”经费, the year-on-year statement
    /// of the narrative (本年数, 增减额, stated 增减幅度) and, as formulas,
    /// 上年数 = 本年数 − 增减额 and the recomputed 增减幅度 = 增减额 / 上年数.
    mutating func sangongSheet(into destination: RowDestination) -> SheetModel {
        let statement = YearOnYear.Subject.sangongTotal.rawValue
        let currentPath = "yearOnYear[\(statement)].current"
        let changePath = "yearOnYear[\(statement)].change"
        let fields: [DataField] = [
            .amount("sangong.total", "三公经费合计", { $0.sangong?.total }),
            .amount("sangong.abroad", "因公出国（境）费", { $0.sangong?.abroad }),
            .amount("sangong.reception", "公务接待费", { $0.sangong?.reception }),
            .amount("sangong.vehicles", "公务用车购置及运行费", { $0.sangong?.vehicles }),
            .amount("sangong.vehiclePurchase", "其中：公务用车购置费", { $0.sangong?.vehiclePurchase }),
            .amount("sangong.vehicleRunning", "其中：公务用车运行维护费", { $0.sangong?.vehicleRunning }),
            .amount(currentPath, "本年数（同比说明）", { $0.yearOnYear(.sangongTotal)?.current }).noting(
                "说明中“三公”经费与上年比较一段所列的本年数，与“三公经费合计”（表10）同一口径；两者不同时见“数据核查”"),
            .amount(changePath, "比上年增减额（说明所列）", { $0.yearOnYear(.sangongTotal).map(\.change) }),
            .statedPercent("yearOnYear[\(statement)].changePercent", "增减幅度（说明所列）",
                           { $0.yearOnYear(.sangongTotal)?.changePercent }),
        ]
        let layout = self
        let priorColumn = fields.count + 1
        /// 本年数: the statement's own, or 三公经费合计 when it states only the change (as BudgetMetrics does).
        func currentCell(_ index: Int, _ row: Int, _ column: (String) -> Int) -> String {
            let path = layout.departments[index].yearOnYear(.sangong)?.current.field ?? currentPath
            return FormulaText.cell(column: column(path), row: row)
        }
        let prior = ComputedColumn(
            header: "上年数（本年数 − 增减额）",
            note: "上年数由说明中的“比上年增加/减少”倒推：上年数 = 本年数 − 增减额；说明未给出本年数时取三公经费合计",
            entry: { index, row, column in
                let current = currentCell(index, row, column)
                let change = FormulaText.cell(column: column(changePath), row: row)
                let expression = FormulaText.guarded(["ISNUMBER(\(current))", "ISNUMBER(\(change))"], "\(current)-\(change)")
                return layout.cells.formula(expression, cached: layout.departments[index].yearOnYear(.sangong)?.prior, .amount,
                                            missing: "无值：说明未列本年数（或三公经费合计）或比上年增减额")
            },
            total: { rows, _, _ in
                layout.sumEntry(column: priorColumn, rows: rows,
                                sum: ColumnTotals.sum(layout.departments.lazy.compactMap { $0.yearOnYear(.sangong)?.prior }),
                                kind: .amount)
            })
        let ratio = ComputedColumn(
            header: "增减幅度（计算）",
            note: "增减额 / 上年数，与“三公经费同比”（sangong.yoy）相同",
            entry: { index, row, column in
                let change = FormulaText.cell(column: column(changePath), row: row)
                let prior = FormulaText.cell(column: priorColumn, row: row)
                let expression = FormulaText.guarded(
                    ["ISNUMBER(\(change))", "ISNUMBER(\(prior))"],
                    "IF(\(prior)=0;\(FormulaText.noValue);\(change)/\(prior))")
                return layout.cells.formula(expression, cached: layout.departments[index].yearOnYear(.sangong)?.changeRatio, .percent,
                                            missing: "无值：上年数无值或为零")
            },
            total: nil)
        let basis = ComputedColumn(
            header: "比较基数", note: "说明所称的比较对象：上年预算、上年决算或上年",
            entry: { index, _, _ in
                let statement = layout.departments[index].department.yearOnYear(.sangongTotal)
                return layout.cells.text(statement?.basis ?? DisplayText.noValue,
                                         missing: statement == nil ? "无值：说明未列“三公”经费与上年的比较"
                                                                   : "无值：说明未写明比较对象")
            },
            total: nil)
        return departmentSheet(SheetName.sangong, fields: fields, computed: [prior, ratio, basis], into: destination)
    }
}
