import BudgetModel

extension WorkbookLayout {
    /// 经费: revenue and expenditure totals, the basic/project split, 人员经费
    /// and 公用经费, 机关运行经费 and 财政拨款; for a 决算 also 年初预算数
    /// against 决算数 and the performance-evaluation totals. Every figure in 万元.
    mutating func fundsSheet() -> SheetModel {
        departmentSheet(SheetName.funds, fields: Self.fundsFields(kind))
    }

    static func fundsFields(_ kind: DisclosureKind) -> [DataField] {
        let final = kind == .final
        var fields: [DataField] = [
            .amount("revenue.total", "收入总计", { $0.revenue?.total }),
            .amount("revenue.currentYear", final ? "本年收入合计" : "本年收入", { $0.revenue?.currentYear }),
            .amount("revenue.fiscal", "财政拨款收入", { $0.revenue?.fiscal }),
            .amount("revenue.generalBudget", "一般公共预算拨款", { $0.revenue?.generalBudget }),
            .amount("revenue.governmentFund", "政府性基金预算拨款", { $0.revenue?.governmentFund }),
            .amount("revenue.unitFunds", "单位资金", { $0.revenue?.unitFunds }),
            .amount("revenue.carryover", final ? "年初结转和结余" : "上年结转结余", { $0.revenue?.carryover }),
            .amount("revenue.carryoverFiscal", "其中：财政拨款结转", { $0.revenue?.carryoverFiscal }),
            .amount("revenue.carryoverNonFiscal", "其中：非财政拨款结转结余", { $0.revenue?.carryoverNonFiscal }),
            .amount("expenditure.total", "支出总计", { $0.expenditure?.total }),
            .amount("expenditure.currentYear", final ? "本年支出合计" : "本年支出", { $0.expenditure?.currentYear }),
            .amount("expenditure.basic", "基本支出", { $0.expenditure?.basic }),
            .amount("expenditure.project", "项目支出", { $0.expenditure?.project }),
        ]
        if final {
            fields.append(.amount("expenditure.yearEndCarryover", "年末结转和结余", { $0.expenditure?.yearEndCarryover }))
        }
        fields += [
            .amount("fiscal.revenue", final ? "财政拨款收入（财政拨款收支决算）" : "财政拨款收入（表4）", { $0.fiscal?.revenue }),
            .amount("fiscal.expenditure", final ? "本年财政拨款支出" : "财政拨款支出合计（表4）", { $0.fiscal?.expenditure }),
            .amount("fiscal.generalBudgetTotal", "一般公共预算支出", { $0.fiscal?.generalBudgetTotal }),
            .amount("basicExpenditure.total", "一般公共预算基本支出", { $0.basicExpenditure?.total }),
            .amount("basicExpenditure.personnel", "其中：人员经费", { $0.basicExpenditure?.personnel }),
            .amount("basicExpenditure.publicFunds", "其中：公用经费", { $0.basicExpenditure?.publicFunds }),
            .amount("operatingCost", "机关运行经费", { $0.operatingCost }),
        ]
        guard final else { return fields }
        for (subject, label) in [("fiscal", "财政拨款"), ("generalBudget", "一般公共预算财政拨款")] {
            @Sendable func comparison(_ department: Department) -> BudgetComparison? {
                department.finalAccount?.budgetComparisons?.first { $0.subject == subject }
            }
            let path = "finalAccount.budgetComparisons[\(subject)]"
            fields += [
                .amount("\(path).initialBudget", "\(label)年初预算数", { comparison($0)?.initialBudget }),
                .amount("\(path).final", "\(label)决算数", { comparison($0)?.final }),
                .statedPercent("\(path).statedVarianceRate", "\(label)预决算差异率（说明所列）",
                               { comparison($0)?.statedVarianceRate }),
            ]
        }
        fields += [
            .count("finalAccount.performanceSummary.projects", "绩效评价项目数（说明所列）",
                   { $0.finalAccount?.performanceSummary?.projects }),
            .amount("finalAccount.performanceSummary.fullYearBudget", "绩效评价全年预算数（说明所列）",
                    { $0.finalAccount?.performanceSummary?.fullYearBudget }),
            .amount("finalAccount.performanceSummary.executed", "绩效评价全年执行数（说明所列）",
                    { $0.finalAccount?.performanceSummary?.executed }),
        ]
        return fields
    }
}
