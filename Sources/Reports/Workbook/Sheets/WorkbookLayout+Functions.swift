import BudgetModel
import Foundation
import OpenDocument

extension WorkbookLayout {
    /// Where a department's expenditure by function class (类) is read, in
    /// order of preference. All funds come before 一般公共预算 only; the 口径
    /// column says which one each row uses, because rows of different 口径
    /// are not comparable.
    enum FunctionBasis: CaseIterable {
        /// Table 3 (部门支出总体情况表), 类 rows: all funds.
        case table3
        /// Table 1 (部门收支总体情况表), expenditure by 类: all funds.
        case table1
        /// 一般公共预算支出 by 类 (Table 5, or a 决算's 支出决算结构).
        case generalBudget
        /// Table 4 (财政拨款收支总体情况表), 财政拨款 by 类.
        case fiscal

        var label: String {
            switch self {
            case .table3: return "全部资金（表3）"
            case .table1: return "全部资金（表1）"
            case .generalBudget: return "一般公共预算"
            case .fiscal: return "财政拨款（表4）"
            }
        }

        /// The 类 amounts of `department` on this basis, `nil` when it has none.
        func classes(_ department: Department) -> [(code: String, name: String?, amount: Amount)]? {
            let rows: [(String, String?, Amount)]
            switch self {
            case .table3:
                rows = (department.expenditure?.byFunction ?? []).compactMap { row in
                    row.level == 1 ? row.total.map { (row.code, row.name, $0) } : nil
                }
            case .table1:
                rows = (department.expenditure?.byClass ?? []).map { ($0.code, $0.name, $0.amount) }
            case .generalBudget:
                rows = (department.fiscal?.generalBudgetByFunction ?? []).compactMap { row in
                    row.level == 1 ? row.total.map { (row.code, row.name, $0) } : nil
                }
            case .fiscal:
                rows = (department.fiscal?.byClass ?? []).map { ($0.code, $0.name, $0.amount) }
            }
            return rows.isEmpty ? nil : rows.map { (code: $0.0, name: $0.1, amount: $0.2) }
        }
    }

    /// 功能分类: a department × 类 matrix of expenditure (万元), one row per
    /// department, one column per 类 code any department states, a 合计 column
    /// (SUM across) and a 合计 row (SUM down). A class a department does not
    /// list is "—".
    mutating func functionSheet() -> SheetModel {
        let chosen: [(basis: FunctionBasis, classes: [(code: String, name: String?, amount: Amount)])?] =
            departments.map { metrics in
                FunctionBasis.allCases.lazy.compactMap { basis in basis.classes(metrics.department).map { (basis, $0) } }.first
            }
        var names: [String: String] = [:]
        for entry in chosen.compactMap({ $0 }) {
            for item in entry.classes where names[item.code] == nil { names[item.code] = item.name ?? "" }
        }
        let codes = names.keys.sorted()
        let firstClass = 2
        let totalColumn = firstClass + codes.count
        let width = totalColumn + 2
        var sizing = Array(repeating: ColumnSizing.standard, count: width)
        sizing[0] = .name
        sizing[1] = ColumnSizing(minimum: 2.5, maximum: 4, wrapAt: 2.5)
        sizing[width - 1] = ColumnSizing(minimum: 3, maximum: 11, wrapAt: 3)
        let lastRow = Self.departmentRow(max(departments.count - 1, 0))
        var model = SheetModel(name: SheetName.functions, sizing: sizing, options: SheetOptions(
            frozenRows: 1, frozenColumns: 1,
            autoFilterRange: CellRange(CellAddress(column: 0, row: 0), CellAddress(column: width - 1, row: lastRow))))
        model.append([cells.header("单位名称"), cells.header("口径")]
            + codes.map { cells.header("\($0) \(names[$0] ?? "")") } + [cells.header("合计"), cells.header("来源文件")])
        var columnValues = [[Decimal]](repeating: [], count: width)
        for index in departments.indices {
            let row = Self.departmentRow(index)
            let entry = chosen[index]
            var amounts: [String: Amount] = [:]
            for item in entry?.classes ?? [] where amounts[item.code] == nil { amounts[item.code] = item.amount }
            var entries = [cells.text(name(index)), cells.text(entry?.basis.label ?? DisplayText.noValue)]
            for (offset, code) in codes.enumerated() {
                let amount = amounts[code]
                entries.append(cells.figure(amount?.value, .amount, note: amount.map { provenance($0.source, department: index) }))
                if let amount { columnValues[firstClass + offset].append(amount.value) }
            }
            let rowValues = codes.compactMap { amounts[$0]?.value }
            if let rowTotal = rowValues.isEmpty ? nil : rowValues.reduce(Decimal(0), +) { columnValues[totalColumn].append(rowTotal) }
            if codes.isEmpty {
                entries.append(cells.figure(nil, .amount))
            } else {
                let range = CellRange(CellAddress(column: firstClass, row: row), CellAddress(column: totalColumn - 1, row: row))
                    .reference()
                entries.append(cells.formula("IF(COUNT(\(range))=0;\(FormulaText.noValue);SUM(\(range)))",
                                             cached: rowValues.isEmpty ? nil : rowValues.reduce(Decimal(0), +), .amount))
            }
            entries.append(cells.text(sourceDocument(index)))
            model.append(entries)
        }
        model.append([])
        if let rows = departmentRows {
            var total = [cells.text("合计", emphasis: .total), cells.blank(.total)]
            for column in firstClass...totalColumn {
                total.append(sumEntry(column: column, rows: rows, values: columnValues[column], kind: .amount))
            }
            total.append(cells.blank(.total))
            model.append(total)
        }
        return model
    }
}
