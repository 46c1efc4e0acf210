/// One department's disclosure for one year: the canonical model every part
/// of BudgetCompare speaks. Everything but `identity` is optional: a figure
/// the disclosure does not state is absent (`nil`), never zero.
public struct Department: Sendable, Hashable, Codable {
    public var identity: Identity
    /// 人员情况.
    public var staff: Staff?
    /// 收入 (Table 1 left / 收入决算).
    public var revenue: Revenue?
    /// 支出 (Table 1 right, Table 3 / 支出决算).
    public var expenditure: Expenditure?
    /// 财政拨款 and 一般公共预算 views (Tables 4 and 5).
    public var fiscal: FiscalAppropriation?
    /// 一般公共预算基本支出 by economic class (Table 6).
    public var basicExpenditure: BasicExpenditure?
    /// Table 7 projects.
    public var projects: [Project]?
    /// Table 7 总计 row.
    public var projectTotals: ProjectTotals?
    /// Tables stated to be empty (Tables 8, 9 usually).
    public var emptyTables: [EmptyTableStatement]?
    /// "三公" 经费 (Table 10).
    public var sangong: Sangong?
    /// 机关运行经费 (万元).
    public var operatingCost: Amount?
    /// 政府采购.
    public var procurement: Procurement?
    /// 国有资产占用.
    public var assets: StateAssets?
    /// Table 11 rows (上年结转结余情况明细表).
    public var carryover: [CarryoverItem]?
    /// Year-on-year statements from the narrative.
    public var yearOnYear: [YearOnYear]?
    /// 决算 only: budget versus outturn, performance self-evaluations.
    public var finalAccount: FinalAccount?

    public init(identity: Identity) { self.identity = identity }

    /// The year-on-year statement about `subject`, if the narrative has one.
    public func yearOnYear(_ subject: YearOnYear.Subject) -> YearOnYear? {
        yearOnYear?.first { $0.subject == subject.rawValue }
    }
}
