import BudgetModel

/// The operands metrics share, each defined once with its ways of being read
/// and the reasons for each fallback.
extension OperandSpec {
    // MARK: Staff (人员情况)

    /// 在职人数. No fallback: 实有人数 includes retirees.
    static let onDuty = OperandSpec(term: "在职", sources: [.field(.staffOnDuty)])

    /// 编制数. No fallback: nothing else in a disclosure states it.
    static let authorized = OperandSpec(term: "编制数", sources: [.field(.staffAuthorized)])

    /// 实有人数, else 在职 + 退休 + 离休 (which is how disclosures define it:
    /// "实有人数 76 人，其中：在职 44 人 … 退休 31 人 … 离休 1 人").
    static let actual = OperandSpec(term: "实有人数", sources: [
        .field(.staffActual),
        .sum([.add(.staffOnDuty), .add(.staffRetired), .add(.staffSeparated)],
             note: "未列实有人数时取 在职 + 退休 + 离休（披露中实有人数即三者之和）"),
    ])

    /// 退休 + 离休, else 实有人数 − 在职.
    static let retirees = OperandSpec(term: "退休 + 离休", sources: [
        .sum([.add(.staffRetired), .add(.staffSeparated)]),
        .sum([.add(.staffActual), .subtract(.staffOnDuty)],
             note: "未分列退休、离休人数时取 实有人数 − 在职"),
    ])

    // MARK: 基本支出 (Table 6) and 机关运行经费

    /// 一般公共预算基本支出中的公用经费 (Table 6 总计 row).
    static let publicFunds = OperandSpec(term: "公用经费", sources: [.field(.publicFunds)])

    /// 一般公共预算基本支出中的人员经费 (Table 6 总计 row); it includes 离退休费,
    /// which is why per-capita 人员经费 divides by 实有人数.
    static let personnel = OperandSpec(term: "人员经费", sources: [.field(.personnel)])

    /// 机关运行经费 (for a 事业单位: 事业单位运行经费, as the disclosure states it).
    static let operatingCost = OperandSpec(term: "机关运行经费", sources: [.field(.operatingCost)])

    // MARK: 三公 (Table 10)

    /// 三公合计, else the sum of its components as Table 10 lists them.
    static let sangongTotal = OperandSpec(term: "三公合计", sources: [
        .field(.sangongTotal),
        .sum([.add(.sangongAbroad), .add(.sangongReception), .add(.sangongVehicles)],
             note: "未列合计时取 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费"),
        .sum([.add(.sangongAbroad), .add(.sangongReception), .add(.sangongVehiclePurchase),
              .add(.sangongVehicleRunning)],
             note: "未列公务用车小计时取 购置费 + 运行费"),
    ])

    /// 公务用车购置 + 运行: the stated 小计 first (Table 10 leaves 购置费 blank
    /// when nothing is budgeted), else 购置费 + 运行费.
    static let sangongVehicles = OperandSpec(term: "购置 + 运行", sources: [
        .field(.sangongVehicles, note: "表10 “公务用车购置及运行费（小计）”即 购置 + 运行"),
        .sum([.add(.sangongVehiclePurchase), .add(.sangongVehicleRunning)]),
    ])

    /// 三公经费比上年增减额 (本年 − 上年), from the narrative.
    static let sangongChange = OperandSpec(term: "本年 − 上年", sources: [
        .yearOnYearChange(YearOnYear.Subject.sangongTotal.rawValue, name: "三公经费"),
    ])

    /// 上年三公经费 = 本年 − 增减额, from the narrative.
    static let sangongPrior = OperandSpec(
        term: "上年",
        sources: OperandSource.yearOnYearPrior(
            YearOnYear.Subject.sangongTotal.rawValue, name: "三公经费", current: .sangongTotal))

    // MARK: 财政拨款 (Table 4)

    /// 财政拨款支出合计 (Table 4 支出总计), else for a budget 财政拨款收入
    /// (Table 4 balances: 收入总计 = 支出总计). A 决算's 财政拨款收入 and
    /// 支出 differ by the carry-over, so it has no fallback.
    static let fiscalExpenditure = OperandSpec(term: "财政拨款支出合计", sources: [
        .field(.fiscalExpenditure),
        .field(.fiscalAppropriationRevenue, kinds: .budgetOnly,
               note: "预算表4收支平衡（收入总计 = 支出总计），未列支出总计时取财政拨款收入"),
    ])

    // MARK: 收支结构 (Tables 1–3)

    static let basic = OperandSpec(term: "基本支出", sources: [.field(.expenditureBasic)])
    static let project = OperandSpec(term: "项目支出", sources: [.field(.expenditureProject)])

    /// 支出总计 for a budget (Table 1; else 收入总计, Table 1 balances);
    /// 本年支出合计 for a 决算, whose 支出总计 also counts 年末结转和结余
    /// (money not spent) and whose own "占 x%" shares are of 本年支出合计.
    static let expenditureTotal = OperandSpec(term: "支出总计", sources: [
        .field(.expenditureTotal, kinds: .budgetOnly),
        .field(.revenueTotal, kinds: .budgetOnly,
               note: "预算表1收支平衡（收入总计 = 支出总计），未列支出总计时取收入总计"),
        .field(.expenditureCurrentYear, kinds: .finalOnly,
               note: "决算的支出总计含年末结转和结余；决算说明中的“占 x%”均以本年支出合计为基数，故取本年支出合计"),
    ])

    /// 财政拨款收入: Table 2 总计 row (决算: 收入决算), else Table 4.
    static let fiscalRevenue = OperandSpec(term: "财政拨款收入", sources: [
        .field(.revenueFiscal),
        .field(.fiscalAppropriationRevenue, note: "未列表2财政拨款小计时取表4财政拨款收入"),
    ])

    /// 收入总计 (Table 1), else for a budget 支出总计 (Table 1 balances).
    static let revenueTotal = OperandSpec(term: "收入总计", sources: [
        .field(.revenueTotal),
        .field(.expenditureTotal, kinds: .budgetOnly,
               note: "预算表1收支平衡（收入总计 = 支出总计），未列收入总计时取支出总计"),
    ])

    /// 上年结转结余 (Table 1; 决算: 年初结转和结余), else 财政拨款结转 +
    /// 非财政拨款结转结余, else 0 when the budget states that Table 11 is empty.
    static let carryover = OperandSpec(term: "上年结转结余", sources: [
        .field(.revenueCarryover),
        .sum([.add(.revenueCarryoverFiscal), .add(.revenueCarryoverNonFiscal)],
             note: "未列上年结转结余合计时取 财政拨款结转 + 非财政拨款结转结余"),
        .emptyTable(number: "表11", title: "上年结转结余情况明细表", term: "上年结转结余", kinds: .budgetOnly),
    ])

    // MARK: 决算: 项目支出绩效自评表 and 年初预算 vs 决算

    static let performanceExecuted = OperandSpec(term: "Σ全年执行数", sources: [.performanceSum(.executed)])
    static let performanceFullYearBudget = OperandSpec(term: "Σ全年预算数", sources: [.performanceSum(.fullYearBudget)])
    static let performanceInitialBudget = OperandSpec(term: "Σ年初预算数", sources: [.performanceSum(.initialBudget)])
    static let performanceAdjustment = OperandSpec(
        term: "Σ全年预算数 − Σ年初预算数", sources: [.performanceSum(.fullYearBudget, minus: .initialBudget)])

    static let summaryExecuted = OperandSpec(term: "Σ全年执行数", sources: [
        .field(.performanceSummaryExecuted, kinds: .finalOnly),
    ])
    static let summaryFullYearBudget = OperandSpec(term: "Σ全年预算数", sources: [
        .field(.performanceSummaryFullYearBudget, kinds: .finalOnly),
    ])

    static func comparisonDifference(_ subject: YearOnYear.Subject) -> OperandSpec {
        OperandSpec(term: "决算数 − 年初预算数", sources: [.comparisonDifference(subject.rawValue)])
    }

    static func comparisonInitialBudget(_ subject: YearOnYear.Subject) -> OperandSpec {
        OperandSpec(term: "年初预算数", sources: [.comparisonInitialBudget(subject.rawValue)])
    }
}
