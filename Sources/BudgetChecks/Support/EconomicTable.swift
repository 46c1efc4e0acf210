import BudgetModel

/// Table 6 (一般公共预算基本支出情况表) seen the same way for every rule:
/// rows by economic class, 类 (3 digits) and 款 (5 digits), and the 总计 row.
struct EconomicTable {
    var rows: [EconomicRow]
    var basic: BasicExpenditure

    init?(_ department: Department) {
        guard let basic = department.basicExpenditure else { return nil }
        self.basic = basic
        rows = basic.byEconomicClass ?? []
    }

    /// A column of Table 6.
    enum Column: CaseIterable {
        case total, personnel, publicFunds

        /// 合计 / 人员经费 / 公用经费.
        var name: String {
            switch self {
            case .total: return "合计"
            case .personnel: return "人员经费"
            case .publicFunds: return "公用经费"
            }
        }

        func of(_ row: EconomicRow) -> Term? {
            switch self {
            case .total: return Term(row.total, line: row.line)
            case .personnel: return Term(row.personnel, line: row.line)
            case .publicFunds: return Term(row.publicFunds, line: row.line)
            }
        }

        /// The cell of the 总计 row.
        func ofTotal(_ basic: BasicExpenditure) -> Term? {
            switch self {
            case .total: return Term(basic.total)
            case .personnel: return Term(basic.personnel)
            case .publicFunds: return Term(basic.publicFunds)
            }
        }
    }

    /// 类 rows (3-digit codes), in document order.
    var classes: [EconomicRow] { rows.filter { $0.code.count == 3 } }

    /// The 款 rows of a 类 row; empty for a 款.
    func parts(of row: EconomicRow) -> [EconomicRow] {
        guard row.code.count == 3 else { return [] }
        return rows.filter { $0.code.count == 5 && $0.code.hasPrefix(row.code) }
    }

    /// "表6 301 工资福利支出 人员经费".
    func detail(_ row: EconomicRow, _ column: Column) -> String {
        ["表6", row.code, row.name, column.name].compactMap { $0 }.joined(separator: " ")
    }
}
