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
        // Cheap rejection first: this runs on every line of every table.
        guard let last = compact.unicodeScalars.last, last == "表" || last == ")" || last == "》" || last == "\"",
              compact.utf8.count <= 160 else { return nil }
        var t = compact
        // Drop a trailing "(续)" / "(2024年)" and quotes.
        t.removeAll { $0 == "\"" || $0 == "《" || $0 == "》" }
        if let open = t.lastIndex(of: "("), t.hasSuffix(")"), t.distance(from: open, to: t.endIndex) <= 8 {
            t = String(t[..<open])
        }
        let length = t.unicodeScalars.count
        guard t.unicodeScalars.last == "表", length >= 5, length <= 40 else { return nil }
        for word in ["绩效", "目标", "自评", "说明", "关于", "为空表", "名词", "包括", "解释"] where t.contains(word) {
            return nil
        }
        if t.has("三公") { return .sangong }
        if t.has("结转结余") && !t.has("收支") && !t.has("收入") { return .carryover }
        if t.has("政府性基金") { return .governmentFund }
        if t.has("国有资本经营") { return .stateCapital }
        if t.has("基本支出") { return .basic }
        if t.has("项目支出") { return .project }
        let isIncomeAndSpending = t.has("收支") || t.has("收入支出")
        if t.has("财政拨款") && isIncomeAndSpending { return .fiscal }
        if t.has("一般公共预算") && t.has("支出") { return .generalBudget }
        if isIncomeAndSpending { return .overview }
        if t.has("收入") { return .revenue }
        if t.has("支出") { return .expenditure }
        return nil
    }
}
