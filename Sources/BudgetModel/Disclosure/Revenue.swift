/// 收入: the revenue side of Table 1 (部门收支总体情况表) for a budget, or the
/// 收入决算 narrative for a final account. All amounts in 万元.
public struct Revenue: Sendable, Hashable, Codable {
    /// 本年收入 (合计).
    public var currentYear: Amount?
    /// 财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营 (决算: 财政拨款收入).
    public var fiscal: Amount?
    /// 一般公共预算拨款.
    public var generalBudget: Amount?
    /// 上级一般公共预算安排转移支付.
    public var generalBudgetTransfer: Amount?
    /// 政府性基金预算拨款.
    public var governmentFund: Amount?
    /// 国有资本经营预算拨款.
    public var stateCapital: Amount?
    /// 财政专户核拨 (财政专户管理资金).
    public var specialAccount: Amount?
    /// 单位资金 (合计).
    public var unitFunds: Amount?
    /// 事业收入.
    public var businessIncome: Amount?
    /// 上级补助收入.
    public var superiorSubsidy: Amount?
    /// 附属单位上缴收入.
    public var affiliatedRemittance: Amount?
    /// 事业单位经营收入 (决算: 经营收入).
    public var operatingIncome: Amount?
    /// 其他收入.
    public var otherIncome: Amount?
    /// 上年结转结余 (决算: 年初结转和结余).
    public var carryover: Amount?
    /// 财政拨款结转.
    public var carryoverFiscal: Amount?
    /// 非财政拨款结转结余.
    public var carryoverNonFiscal: Amount?
    /// 决算: 使用非财政拨款结余（含专用结余）.
    public var nonFiscalBalanceUsed: Amount?
    /// 收入总计.
    public var total: Amount?

    public init() {}
}
