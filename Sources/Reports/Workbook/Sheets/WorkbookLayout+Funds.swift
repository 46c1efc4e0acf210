import BudgetModel

extension WorkbookLayout {
    /// 经费: revenue and expenditure totals, the basic/project split, 人员经费
    /// and 公用经费, 机关运行经费 and 财政拨款; for a 决算 also 年初预算数
    /// against 决算数 and the performance-evaluation totals. Every figure in 万元.
    mutating func fundsSheet(into destination: RowDestination) -> SheetModel {
        departmentSheet(SheetName.funds, fields: Self.fundsFields(kind, departments: departments.map(\.department)), into: destination)
    }

    /// Where a disclosure of `kind` states 财政拨款收入, in order of preference:
    /// 表2's 财政拨款小计 (决算: the 收入决算 narrative), else 表4's
    /// 财政拨款（补助）收入 — a budget's 表1 has no 财政拨款收入 row, so
    /// budgets usually state it in 表4 only.
    static func fiscalRevenueChoices(_ kind: DisclosureKind) -> [DataField.Choice] {
        let final = kind == .final
        return [
            DataField.Choice(field: .amount("revenue.fiscal", "财政拨款收入", { $0.revenue?.fiscal }),
                             origin: final ? "收入决算情况说明" : "表2 部门收入总体情况表"),
            DataField.Choice(field: .amount("fiscal.revenue", "财政拨款收入", { $0.fiscal?.revenue }),
                             origin: final ? "财政拨款收入支出决算总体情况说明" : "表4 财政拨款收支总体情况表"),
        ]
    }

    /// The columns of 经费. 财政拨款收入 is one column (see
    /// `fiscalRevenueChoices`, `DataField.firstStated`); only when a
    /// department of `departments` states it in two places with different
    /// figures does a second column show the other place's figure, so that
    /// both stated figures are visible.
    static func fundsFields(_ kind: DisclosureKind, departments: [Department]) -> [DataField] {
        let final = kind == .final
        let fiscalRevenue = fiscalRevenueChoices(kind)
        let conflicting = fiscalRevenue.dropFirst().filter { choice in
            departments.contains { department in
                guard let preferred = fiscalRevenue[0].field.read(department), let other = choice.field.read(department) else {
                    return false
                }
                return preferred.value != other.value
            }
        }
        var fields: [DataField] = [
            .amount("revenue.total", "收入总计", { $0.revenue?.total }),
            .amount("revenue.currentYear", final ? "本年收入合计" : "本年收入", { $0.revenue?.currentYear }),
            DataField.firstStated("财政拨款收入", fiscalRevenue).noting(
                "每个单位取\(fiscalRevenue[0].origin)所列的财政拨款收入，未列时取\(fiscalRevenue[1].origin)所列；"
                + "单元格批注注明取自何处、另一处是否相同"),
        ] + conflicting.map { choice in
            DataField(path: choice.field.path, header: "财政拨款收入（\(choice.origin)）", kind: choice.field.kind,
                      read: choice.field.read,
                      headerNote: "\(choice.origin)所列的财政拨款收入：有单位两处所列不同，故并列显示")
        } + [
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
                .amount("\(path).final", "\(label)决算数（说明所列）", { comparison($0)?.final }).noting(
                    "预决算对比说明所列的决算数，与“\(subject == "fiscal" ? "本年财政拨款支出" : "一般公共预算支出")”同一口径；"
                    + "两者不同时见“数据核查”（说明与表格的核对）"),
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
