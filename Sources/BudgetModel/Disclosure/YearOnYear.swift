import Foundation

/// A year-on-year statement from the narrative, kept as data so that the
/// prior-year value can be derived:
/// "一般公共预算 3,994.84 万元 … 比上年预算增加 12.61 万元，增长 0.32%"
/// → subject `revenue.generalBudget`, current 3994.84, change +12.61,
/// changePercent +0.32. 减少/下降 become negative numbers.
public struct YearOnYear: Sendable, Hashable, Codable {
    /// What the statement is about; one of `YearOnYear.Subject`'s raw values
    /// or `function.<code>` for a 类/款/项 (e.g. `function.2010301`).
    public var subject: String
    /// This year's value as the statement gives it (may be absent when the
    /// sentence states only the change).
    public var current: Amount?
    /// Signed change on the prior year in 万元.
    public var change: Amount
    /// Signed change in percent as stated (0.32 means 0.32 %).
    public var changePercent: Percent?
    /// 上年预算, 上年决算 or 上年 as the sentence says.
    public var basis: String?
    public var line: Int?

    public init(subject: String, current: Amount?, change: Amount, changePercent: Percent? = nil,
                basis: String? = nil, line: Int? = nil) {
        self.subject = subject
        self.current = current
        self.change = change
        self.changePercent = changePercent
        self.basis = basis
        self.line = line
    }

    /// The prior-year value: current − change, when current is known.
    public var prior: Decimal? {
        guard let current else { return nil }
        return current.value - change.value
    }

    /// Subjects with a fixed meaning across departments.
    public enum Subject: String, Sendable, CaseIterable {
        case total = "total"                                // 收支总预算 / 收入支出总计
        case revenueGeneralBudget = "revenue.generalBudget" // 一般公共预算 (收入)
        case revenueGovernmentFund = "revenue.governmentFund"
        case revenueStateCapital = "revenue.stateCapital"
        case revenueCarryoverFiscal = "revenue.carryoverFiscal"
        case revenueUnitFunds = "revenue.unitFunds"
        case expenditureBasic = "expenditure.basic"         // 基本支出 (全部资金)
        case expenditureProject = "expenditure.project"     // 项目支出 (全部资金)
        case fiscal = "fiscal"                              // 财政拨款收支总体
        case generalBudget = "generalBudget"                // 一般公共预算 (当年拨款 / 财政拨款支出)
        case generalBudgetBasic = "generalBudget.basic"
        case generalBudgetProject = "generalBudget.project"
        case sangongTotal = "sangong.total"
        case sangongAbroad = "sangong.abroad"
        case sangongReception = "sangong.reception"
        case sangongVehicles = "sangong.vehicles"
        case sangongVehiclePurchase = "sangong.vehiclePurchase"
        case sangongVehicleRunning = "sangong.vehicleRunning"
        case operatingCost = "operatingCost"                // 机关运行经费
    }
}
