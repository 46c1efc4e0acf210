/// The eleven tables of a budget disclosure (部门预算公开表), recognised by
/// their titles rather than their numbers, since regions number them
/// differently.
enum TableKind: Int, CaseIterable, Comparable {
    case overview = 1        // 部门收支总体情况表
    case revenue = 2         // 部门收入总体情况表
    case expenditure = 3     // 部门支出总体情况表
    case fiscal = 4          // 财政拨款收支预算总体情况表
    case generalBudget = 5   // 一般公共预算支出情况表
    case basic = 6           // 一般公共预算基本支出情况表
    case project = 7         // 一般公共预算项目支出情况表
    case governmentFund = 8  // 政府性基金预算支出情况表
    case stateCapital = 9    // 国有资本经营预算支出情况表
    case sangong = 10        // 财政拨款“三公”经费支出情况表
    case carryover = 11      // 上年结转结余情况明细表

    static func < (a: TableKind, b: TableKind) -> Bool { a.rawValue < b.rawValue }

    /// The standard title, for messages.
    var standardTitle: String {
        switch self {
        case .overview: return "部门收支总体情况表"
        case .revenue: return "部门收入总体情况表"
        case .expenditure: return "部门支出总体情况表"
        case .fiscal: return "财政拨款收支预算总体情况表"
        case .generalBudget: return "一般公共预算支出情况表"
        case .basic: return "一般公共预算基本支出情况表"
        case .project: return "一般公共预算项目支出情况表"
        case .governmentFund: return "政府性基金预算支出情况表"
        case .stateCapital: return "国有资本经营预算支出情况表"
        case .sangong: return "财政拨款“三公”经费支出情况表"
        case .carryover: return "上年结转结余情况明细表"
        }
    }

    /// The kind of a table title (folded, without spaces), or nil when the
    /// text is not a budget table title (performance tables, headings,
    /// sentences).
    static func classify(title compact: String) -> TableKind? {
        var t = compact
        // Drop a trailing "(续)" / "(2024年)" and quotes.
        t.removeAll { $0 == "\"" || $0 == "《" || $0 == "》" }
        if let open = t.lastIndex(of: "("), t.hasSuffix(")"), t.distance(from: open, to: t.endIndex) <= 8 {
            t = String(t[..<open])
        }
        guard t.hasSuffix("表"), t.count >= 5, t.count <= 40 else { return nil }
        for word in ["绩效", "目标", "自评", "说明", "关于", "为空表", "名词", "包括", "解释"] where t.contains(word) {
            return nil
        }
        if t.contains("三公") { return .sangong }
        if t.contains("结转结余") && !t.contains("收支") && !t.contains("收入") { return .carryover }
        if t.contains("政府性基金") { return .governmentFund }
        if t.contains("国有资本经营") { return .stateCapital }
        if t.contains("基本支出") { return .basic }
        if t.contains("项目支出") { return .project }
        let isIncomeAndSpending = t.contains("收支") || t.contains("收入支出")
        if t.contains("财政拨款") && isIncomeAndSpending { return .fiscal }
        if t.contains("一般公共预算") && t.contains("支出") { return .generalBudget }
        if isIncomeAndSpending { return .overview }
        if t.contains("收入") { return .revenue }
        if t.contains("支出") { return .expenditure }
        return nil
    }
}
