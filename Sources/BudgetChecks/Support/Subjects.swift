import BudgetModel

/// The table figure a narrative subject (`YearOnYear.subject`,
/// `BudgetComparison.subject`) speaks about, and its Chinese name.
enum Subjects {
    /// The figure the tables state for `subject`, with a label naming where it is;
    /// `nil` for subjects without a table counterpart (机关运行经费: the narrative
    /// alone states it, and it legitimately differs from Table 6's 公用经费).
    static func tableFigure(_ subject: String, in department: Department) -> (term: Term, label: String)? {
        let revenue = department.revenue, expenditure = department.expenditure
        let fiscal = department.fiscal, sangong = department.sangong
        func figure(_ amount: Amount?, _ label: String) -> (Term, String)? {
            Term(amount).map { ($0, label) }
        }
        if subject.hasPrefix("function.") {
            let code = String(subject.dropFirst("function.".count))
            guard let row = fiscal?.generalBudgetByFunction?.first(where: { $0.code == code }),
                  let term = Term(row.total, line: row.line) else { return nil }
            return (term, ["表5", code, row.name, "合计"].compactMap { $0 }.joined(separator: " "))
        }
        switch YearOnYear.Subject(rawValue: subject) {
        case .total: return figure(revenue?.total, "收入总计")
        case .revenueGeneralBudget: return figure(revenue?.generalBudget, "一般公共预算拨款收入")
        case .revenueGovernmentFund: return figure(revenue?.governmentFund, "政府性基金预算拨款收入")
        case .revenueStateCapital: return figure(revenue?.stateCapital, "国有资本经营预算拨款收入")
        case .revenueCarryoverFiscal: return figure(revenue?.carryoverFiscal, "财政拨款结转")
        case .revenueUnitFunds: return figure(revenue?.unitFunds, "单位资金")
        case .expenditureBasic: return figure(expenditure?.basic, "表3 总计 基本支出")
        case .expenditureProject: return figure(expenditure?.project, "表3 总计 项目支出")
        case .fiscal:
            return figure(fiscal?.expenditure, "财政拨款支出总计")
                ?? figure(fiscal?.revenue ?? revenue?.fiscal, "财政拨款收入")
        case .generalBudget: return figure(fiscal?.generalBudgetTotal, "表5 总计 合计")
        case .generalBudgetBasic: return figure(fiscal?.generalBudgetBasic, "表5 总计 基本支出")
        case .generalBudgetProject: return figure(fiscal?.generalBudgetProject, "表5 总计 项目支出")
        case .sangongTotal: return figure(sangong?.total, "“三公”经费合计")
        case .sangongAbroad: return figure(sangong?.abroad, "因公出国（境）费")
        case .sangongReception: return figure(sangong?.reception, "公务接待费")
        case .sangongVehicles: return figure(sangong?.vehicles, "公务用车购置及运行费")
        case .sangongVehiclePurchase: return figure(sangong?.vehiclePurchase, "公务用车购置费")
        case .sangongVehicleRunning: return figure(sangong?.vehicleRunning, "公务用车运行费")
        case .operatingCost, nil: return nil
        }
    }

    /// The Chinese name of a subject: "一般公共预算", "表5 2010301 行政运行", or the subject itself.
    static func name(_ subject: String, in department: Department) -> String {
        if subject.hasPrefix("function.") {
            let code = String(subject.dropFirst("function.".count))
            let row = department.fiscal?.generalBudgetByFunction?.first { $0.code == code }
            return [code, row?.name].compactMap { $0 }.joined(separator: " ")
        }
        switch YearOnYear.Subject(rawValue: subject) {
        case .total: return "收支总计"
        case .revenueGeneralBudget: return "一般公共预算收入"
        case .revenueGovernmentFund: return "政府性基金预算收入"
        case .revenueStateCapital: return "国有资本经营预算收入"
        case .revenueCarryoverFiscal: return "财政拨款结转"
        case .revenueUnitFunds: return "单位资金"
        case .expenditureBasic: return "基本支出"
        case .expenditureProject: return "项目支出"
        case .fiscal: return "财政拨款收支"
        case .generalBudget: return "一般公共预算财政拨款支出"
        case .generalBudgetBasic: return "一般公共预算基本支出"
        case .generalBudgetProject: return "一般公共预算项目支出"
        case .sangongTotal: return "“三公”经费"
        case .sangongAbroad: return "因公出国（境）费"
        case .sangongReception: return "公务接待费"
        case .sangongVehicles: return "公务用车购置及运行费"
        case .sangongVehiclePurchase: return "公务用车购置费"
        case .sangongVehicleRunning: return "公务用车运行费"
        case .operatingCost: return "机关运行经费"
        case nil: return subject
        }
    }
}
