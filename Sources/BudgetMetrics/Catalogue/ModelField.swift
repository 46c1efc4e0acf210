import BudgetModel
import Foundation

/// A figure at a fixed place of the department model, with its Chinese term
/// and where a disclosure states it. Metric inputs are read only through
/// these (and the per-row readers in `RowFields`), so that the catalogue and
/// docs/METRICS.md name every field a metric uses.
public struct ModelField: Sendable, Hashable, CustomStringConvertible {
    /// Model path, as in the department file (`staff.onDuty`).
    public let path: String
    /// Chinese term (在职).
    public let term: String
    /// Where a disclosure states it (表6 总计行 公用经费 …).
    public let disclosure: String
    /// Path and term as one label, shared by every department's input of this field.
    let label: InputLabel
    let read: @Sendable (Department) -> Figure<Decimal>?

    init(_ path: String, _ term: String, _ disclosure: String,
         read: @escaping @Sendable (Department) -> Figure<Decimal>?) {
        self.path = path
        self.term = term
        self.disclosure = disclosure
        label = InputLabel(field: path, term: term)
        self.read = read
    }

    /// A count field (persons), read as a `Decimal`.
    static func count(_ path: String, _ term: String, _ disclosure: String,
                      read: @escaping @Sendable (Department) -> Count?) -> ModelField {
        ModelField(path, term, disclosure) { department in
            read(department).map { Figure(Decimal($0.value), source: $0.source) }
        }
    }

    /// The field's value in `department` as a metric input, or `nil` when not stated.
    public func value(in department: Department) -> InputValue? {
        read(department).map { InputValue(label, figure: $0) }
    }

    var missing: MissingInput { MissingInput(field: path, term: term) }

    public var description: String { path }

    public static func == (lhs: ModelField, rhs: ModelField) -> Bool { lhs.path == rhs.path }
    public func hash(into hasher: inout Hasher) { hasher.combine(path) }
}

/// The fixed fields metric inputs read, named after their model path. The workbook can fill
/// its data cells through them (`ModelField.staffOnDuty.value(in: department)`) and get the
/// same value, term and source line the metric used.
extension ModelField {
    private static let staffSentence = "概况 机构设置及人员情况"

    public static let staffAuthorized = count("staff.authorized", "编制数", staffSentence) { $0.staff?.authorized }
    public static let staffActual = count("staff.actual", "实有人数", staffSentence) { $0.staff?.actual }
    public static let staffOnDuty = count("staff.onDuty", "在职", staffSentence) { $0.staff?.onDuty }
    public static let staffRetired = count("staff.retired", "退休", staffSentence) { $0.staff?.retired }
    public static let staffSeparated = count("staff.separated", "离休", staffSentence) { $0.staff?.separated }

    public static let publicFunds = ModelField(
        "basicExpenditure.publicFunds", "公用经费",
        "表6 一般公共预算基本支出情况表 总计行 公用经费列（决算：一般公共预算财政拨款基本支出决算说明）"
    ) { $0.basicExpenditure?.publicFunds }
    public static let personnel = ModelField(
        "basicExpenditure.personnel", "人员经费",
        "表6 一般公共预算基本支出情况表 总计行 人员经费列（决算：一般公共预算财政拨款基本支出决算说明）"
    ) { $0.basicExpenditure?.personnel }
    public static let operatingCost = ModelField(
        "operatingCost", "机关运行经费",
        "其他重要事项 机关（事业单位）运行经费财政拨款预算（决算：机关运行经费支出）"
    ) { $0.operatingCost }

    public static let sangongTotal = ModelField(
        "sangong.total", "三公合计", "表10 财政拨款“三公”经费支出情况表 合计行（决算：“三公”经费支出决算说明）"
    ) { $0.sangong?.total }
    public static let sangongAbroad = ModelField(
        "sangong.abroad", "因公出国（境）费", "表10 因公出国（境）费"
    ) { $0.sangong?.abroad }
    public static let sangongReception = ModelField(
        "sangong.reception", "公务接待费", "表10 公务接待费"
    ) { $0.sangong?.reception }
    public static let sangongVehicles = ModelField(
        "sangong.vehicles", "公务用车购置及运行费", "表10 公务用车购置及运行费（小计）"
    ) { $0.sangong?.vehicles }
    public static let sangongVehiclePurchase = ModelField(
        "sangong.vehiclePurchase", "公务用车购置费", "表10 其中：公务用车购置费"
    ) { $0.sangong?.vehiclePurchase }
    public static let sangongVehicleRunning = ModelField(
        "sangong.vehicleRunning", "公务用车运行费", "表10 公务用车运行（维护）费"
    ) { $0.sangong?.vehicleRunning }

    public static let fiscalExpenditure = ModelField(
        "fiscal.expenditure", "财政拨款支出合计",
        "表4 财政拨款收支预算总体情况表 支出总计（决算：本年财政拨款支出）"
    ) { $0.fiscal?.expenditure }
    public static let fiscalAppropriationRevenue = ModelField(
        "fiscal.revenue", "财政拨款收入（表4）", "表4 财政拨款收支预算总体情况表 财政拨款（补助）收入"
    ) { $0.fiscal?.revenue }

    public static let expenditureBasic = ModelField(
        "expenditure.basic", "基本支出", "表3 部门支出总体情况表 总计行 基本支出（决算：支出决算情况说明）"
    ) { $0.expenditure?.basic }
    public static let expenditureProject = ModelField(
        "expenditure.project", "项目支出", "表3 部门支出总体情况表 总计行 项目支出（决算：支出决算情况说明）"
    ) { $0.expenditure?.project }
    public static let expenditureTotal = ModelField(
        "expenditure.total", "支出总计", "表1 部门收支总体情况表 支出总计"
    ) { $0.expenditure?.total }
    public static let expenditureCurrentYear = ModelField(
        "expenditure.currentYear", "本年支出合计", "决算：收入支出决算总体情况说明 本年支出合计"
    ) { $0.expenditure?.currentYear }

    public static let revenueFiscal = ModelField(
        "revenue.fiscal", "财政拨款收入", "表2 部门收入总体情况表 总计行 财政拨款（补助）小计（决算：收入决算情况说明）"
    ) { $0.revenue?.fiscal }
    public static let revenueTotal = ModelField(
        "revenue.total", "收入总计", "表1 部门收支总体情况表 收入总计（决算：收入总计）"
    ) { $0.revenue?.total }
    public static let revenueCarryover = ModelField(
        "revenue.carryover", "上年结转结余", "表1 二、上年结转结余（决算：年初结转和结余）"
    ) { $0.revenue?.carryover }
    public static let revenueCarryoverFiscal = ModelField(
        "revenue.carryoverFiscal", "财政拨款结转", "表1 1、财政拨款结转"
    ) { $0.revenue?.carryoverFiscal }
    public static let revenueCarryoverNonFiscal = ModelField(
        "revenue.carryoverNonFiscal", "非财政拨款结转结余", "表1 2、非财政拨款结转结余"
    ) { $0.revenue?.carryoverNonFiscal }

    public static let performanceSummaryFullYearBudget = ModelField(
        "finalAccount.performanceSummary.fullYearBudget", "全年预算数（绩效评价汇总）",
        "决算：预算绩效情况说明 “本单位预算绩效评价项目 N 个，全年预算数 …”"
    ) { $0.finalAccount?.performanceSummary?.fullYearBudget }
    public static let performanceSummaryExecuted = ModelField(
        "finalAccount.performanceSummary.executed", "全年执行数（绩效评价汇总）",
        "决算：预算绩效情况说明 “… 全年执行数 …”"
    ) { $0.finalAccount?.performanceSummary?.executed }
}

extension ModelField {
    public static let generalBudgetTotal = ModelField(
        "fiscal.generalBudgetTotal", "一般公共预算支出合计", "表5 一般公共预算支出情况表 总计行 合计"
    ) { $0.fiscal?.generalBudgetTotal }
    public static let revenueGeneralBudget = ModelField(
        "revenue.generalBudget", "一般公共预算拨款", "表1 1、一般公共预算拨款"
    ) { $0.revenue?.generalBudget }
}
