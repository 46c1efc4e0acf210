/// What only a final account (部门决算) states: budget versus outturn and
/// the per-project performance self-evaluations (项目支出绩效自评表).
public struct FinalAccount: Sendable, Hashable, Codable {
    /// "年初预算数 544.01 万元，决算数 490.88 万元，预决算差异率-9.77%".
    public var budgetComparisons: [BudgetComparison]?
    /// 项目支出绩效自评表, one per project.
    public var performance: [PerformanceEvaluation]?
    /// The summary sentence: "本单位预算绩效评价项目 2 个，全年预算数 253.05 万元，全年执行数 253.05 万元".
    public var performanceSummary: PerformanceSummary?

    public init() {}
}

/// 年初预算数 (or 全年预算数) against 决算数 for one subject.
public struct BudgetComparison: Sendable, Hashable, Codable {
    /// `fiscal` (财政拨款收支), `generalBudget` (一般公共预算财政拨款支出),
    /// `sangong.total`, `sangong.abroad`, … (same vocabulary as `YearOnYear`).
    public var subject: String
    /// 年初预算数.
    public var initialBudget: Amount?
    /// 全年预算数 (after in-year adjustments), where the sentence gives it instead.
    public var fullYearBudget: Amount?
    /// 决算数.
    public var final: Amount
    /// 预决算差异率 as stated, in percent (-9.77 means -9.77 %).
    public var statedVarianceRate: Percent?
    public var line: Int?

    public init(subject: String, initialBudget: Amount?, fullYearBudget: Amount? = nil, final: Amount,
                statedVarianceRate: Percent? = nil, line: Int? = nil) {
        self.subject = subject
        self.initialBudget = initialBudget
        self.fullYearBudget = fullYearBudget
        self.final = final
        self.statedVarianceRate = statedVarianceRate
        self.line = line
    }
}

/// One 项目支出绩效自评表 (年度资金总额 row).
public struct PerformanceEvaluation: Sendable, Hashable, Codable {
    /// 项目名称.
    public var project: String
    /// 主管部门.
    public var supervisor: String?
    /// 实施单位.
    public var implementer: String?
    /// 年初预算数.
    public var initialBudget: Amount?
    /// 全年预算数.
    public var fullYearBudget: Amount?
    /// 全年执行数.
    public var executed: Amount?
    /// 分值 of the funds row.
    public var weight: Score?
    /// 执行率 as stated, in percent (100.00 means 100 %).
    public var statedExecutionRate: Percent?
    /// 得分 of the funds row.
    public var score: Score?
    /// 总分 of the whole evaluation (e.g. 100.00).
    public var totalScore: Score?
    /// The 其中：当年财政拨款 row: 年初预算数, 全年预算数, 全年执行数.
    public var fiscalInitialBudget: Amount?
    public var fiscalFullYearBudget: Amount?
    public var fiscalExecuted: Amount?
    public var line: Int?

    public init(project: String) { self.project = project }
}

/// The 预算绩效 summary sentence of a final account.
public struct PerformanceSummary: Sendable, Hashable, Codable {
    public var projects: Count?
    public var fullYearBudget: Amount?
    public var executed: Amount?

    public init() {}
}
