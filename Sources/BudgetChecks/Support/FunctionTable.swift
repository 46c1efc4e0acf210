import BudgetModel

/// One expenditure-by-function table seen the same way for every rule:
/// Table 3 (部门支出总体情况表, all funds) or Table 5 (一般公共预算支出情况表),
/// with its 总计 row.
struct FunctionTable {
    /// "表3" or "表5", used in findings' details.
    var name: String
    /// Rows by 类/款/项 in document order.
    var rows: [FunctionRow]
    /// The 总计 row.
    var total: Amount?
    var basic: Amount?
    var project: Amount?

    /// The function tables the department states (with at least one row or a 总计 figure).
    ///
    /// Table 3's 总计 row is 本年支出 when stated, else 支出总计 (a budget's
    /// Table 3 总计 equals 支出总计; a final account's 支出决算表 totals 本年支出).
    static func tables(of department: Department) -> [FunctionTable] {
        var tables: [FunctionTable] = []
        if let expenditure = department.expenditure {
            tables.append(FunctionTable(
                name: "表3", rows: expenditure.byFunction ?? [],
                total: expenditure.currentYear ?? expenditure.total,
                basic: expenditure.basic, project: expenditure.project))
        }
        if let fiscal = department.fiscal {
            tables.append(FunctionTable(
                name: "表5", rows: fiscal.generalBudgetByFunction ?? [],
                total: fiscal.generalBudgetTotal, basic: fiscal.generalBudgetBasic,
                project: fiscal.generalBudgetProject))
        }
        return tables
    }

    /// A column of the table.
    enum Column: CaseIterable {
        case total, basic, project

        /// 合计 / 基本支出 / 项目支出.
        var name: String {
            switch self {
            case .total: return "合计"
            case .basic: return "基本支出"
            case .project: return "项目支出"
            }
        }

        func of(_ row: FunctionRow) -> Term? {
            switch self {
            case .total: return Term(row.total, line: row.line)
            case .basic: return Term(row.basic, line: row.line)
            case .project: return Term(row.project, line: row.line)
            }
        }

        /// The cell of the 总计 row.
        func ofTotal(_ table: FunctionTable) -> Term? {
            switch self {
            case .total: return Term(table.total)
            case .basic: return Term(table.basic)
            case .project: return Term(table.project)
            }
        }
    }

    /// The rows `row` is the sum of: its 款 for a 类 (or its 项 when the table
    /// lists no 款 of that 类, as a final account's narrative does), its 项 for
    /// a 款; empty for a 项.
    func parts(of row: FunctionRow) -> [FunctionRow] {
        guard let level = row.level, level < 3 else { return [] }
        let direct = rows.filter { FunctionCode.parent(of: $0.code) == row.code }
        if !direct.isEmpty || level != 1 { return direct }
        return rows.filter { $0.level == 3 && $0.code.hasPrefix(row.code) }
    }

    /// "表3 20103 政府办公厅（室）及相关机构事务 基本支出".
    func detail(_ row: FunctionRow, _ column: Column) -> String {
        [name, row.code, row.name, column.name].compactMap { $0 }.joined(separator: " ")
    }

    /// "表3 总计 基本支出".
    func totalDetail(_ column: Column) -> String { "\(name) 总计 \(column.name)" }
}
