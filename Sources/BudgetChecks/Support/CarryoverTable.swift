import BudgetModel

/// Table 11 (上年结转结余情况明细表) seen the same way for every rule: its
/// 总计 row and its named project rows. Unnamed rows repeat the project above
/// them (the PDF's second line of a project) and are left out.
struct CarryoverTable {
    /// The 总计 row.
    var total: CarryoverItem
    /// The named project rows, in document order.
    var items: [CarryoverItem]

    init?(_ department: Department) {
        guard let rows = department.carryover,
              let total = rows.first(where: { Self.isTotal($0.name) }) else { return nil }
        self.total = total
        items = rows.filter { $0.name.map { !Self.isTotal($0) && !$0.isEmpty } ?? false }
    }

    static func isTotal(_ name: String?) -> Bool {
        guard let name else { return false }
        return ["总计", "合计"].contains(name.filter { !$0.isWhitespace })
    }

    /// A column of Table 11.
    enum Column: CaseIterable {
        case total, fiscal, nonFiscal

        /// 总计 / 财政拨款 / 非财政拨款.
        var name: String {
            switch self {
            case .total: return "总计"
            case .fiscal: return "财政拨款"
            case .nonFiscal: return "非财政拨款"
            }
        }

        func of(_ row: CarryoverItem) -> Term? {
            switch self {
            case .total: return Term(row.total, line: row.line)
            case .fiscal: return Term(row.fiscal, line: row.line)
            case .nonFiscal: return Term(row.nonFiscal, line: row.line)
            }
        }
    }
}
