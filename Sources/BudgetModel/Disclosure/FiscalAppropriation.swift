/// 财政拨款: Table 4 (财政拨款收支预算总体情况表) and Table 5
/// (一般公共预算支出情况表), or for a final account the 财政拨款收入支出决算
/// and 一般公共预算财政拨款支出决算 sections.
public struct FiscalAppropriation: Sendable, Hashable, Codable {
    /// 财政拨款收入 (合计).
    public var revenue: Amount?
    /// 财政拨款支出总计 (Table 4 支出总计; 决算: 本年财政拨款支出).
    public var expenditure: Amount?
    /// 决算: 年初财政拨款结转和结余.
    public var openingCarryover: Amount?
    /// 决算: 年末财政拨款结转和结余.
    public var closingCarryover: Amount?
    /// Table 4: 财政拨款支出 by 类 (合计 column).
    public var byClass: [FunctionClassAmount]?
    /// 一般公共预算支出 total (Table 5 总计 合计).
    public var generalBudgetTotal: Amount?
    /// 一般公共预算 基本支出 (Table 5 总计 基本支出).
    public var generalBudgetBasic: Amount?
    /// 一般公共预算 项目支出 (Table 5 总计 项目支出).
    public var generalBudgetProject: Amount?
    /// Table 5 rows by 类/款/项; for a 决算, the 类 and 项 amounts of the
    /// 支出决算结构 / 具体情况 sections.
    public var generalBudgetByFunction: [FunctionRow]?

    public init() {}
}
