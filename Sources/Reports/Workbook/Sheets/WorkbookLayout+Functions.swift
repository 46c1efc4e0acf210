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

        /// The total the disclosure states for the 类 rows on this basis,
        /// the one BudgetChecks compares their sum with.
        func statedTotal(_ department: Department) -> Amount? {
            switch self {
            case .table3: return department.expenditure?.currentYear ?? department.expenditure?.total
            case .table1: return department.expenditure?.total
            case .generalBudget: return department.fiscal?.generalBudgetTotal
            case .fiscal: return department.fiscal?.expenditure
            }
        }

        /// What `statedTotal` is called in the disclosure.
        var totalLabel: String {
            switch self {
            case .table3: return "表3 合计（本年支出）"
            case .table1: return "表1 支出总计"
            case .generalBudget: return "一般公共预算支出合计"
            case .fiscal: return "表4 财政拨款支出总计"
            }
        }
    }

    /// 功能分类: a department × 类 matrix of expenditure (万元), one row per
    /// department, one column per 类 code any department states; then three
    /// columns so that a rounding difference is shown rather than hidden:
    /// 公开总计 (the total the disclosure states for those 类, a value with
    /// its provenance), 各类之和 (SUM across the 类) and 差额 = 各类之和 −
    /// 公开总计. A 合计 row sums every column down. A class a department
    /// does not list is "—".
    mutating func functionSheet(into destination: RowDestination) -> SheetModel {
        // Read again where needed rather than kept for every department.
        let departments = departments
        func chosen(_ index: Int) -> (basis: FunctionBasis, classes: [(code: String, name: String?, amount: Amount)])? {
            FunctionBasis.allCases.lazy.compactMap { basis in basis.classes(departments[index].department).map { (basis, $0) } }.first
        }
        var names: [String: String] = [:]
        for index in departments.indices {
            for item in chosen(index)?.classes ?? [] where names[item.code] == nil { names[item.code] = item.name ?? "" }
        }
        let codes = names.keys.sorted()
        let firstClass = 2
        let (statedColumn, sumColumn, differenceColumn) = (firstClass + codes.count, firstClass + codes.count + 1,
                                                           firstClass + codes.count + 2)
        let width = differenceColumn + 2
        var sizing = Array(repeating: ColumnSizing.standard, count: width)
        sizing[0] = .name
        sizing[1] = ColumnSizing(minimum: 2.5, maximum: 4, wrapAt: 2.5)
        sizing[width - 1] = ColumnSizing(minimum: 3, maximum: 11, wrapAt: 3)
        let lastRow = Self.departmentRow(max(departments.count - 1, 0))
        var model = SheetModel(name: SheetName.functions, sizing: sizing, options: SheetOptions(
            frozenRows: 1, frozenColumns: 1,
            autoFilterRange: CellRange(CellAddress(column: 0, row: 0), CellAddress(column: width - 1, row: lastRow))),
            into: destination)
        model.append([cells.header("单位名称"), cells.header("口径")]
            + codes.map { cells.header("\($0) \(names[$0] ?? "")") }
            + [cells.header("公开总计", note: "公开文本所列的总计（表3 合计、表1 支出总计、一般公共预算支出合计或表4 财政拨款支出总计，"
                                              + "与“口径”一致），原值；批注注明出处"),
               cells.header("各类之和", note: "本行各类金额之和（SUM）"),
               cells.header("差额（各类之和 − 公开总计）",
                            note: "各类金额按 0.01 万元四舍五入后公开，其和可能与公开总计相差几分（尾差）；差额超过 0.01 万元的见“数据核查”"),
               cells.header("来源文件")])
        var totals = ColumnTotals(columns: width)
        var unstatedTotals = false
        for index in departments.indices {
            let row = Self.departmentRow(index)
            let entry = chosen(index)
            var amounts: [String: Amount] = [:]
            for item in entry?.classes ?? [] where amounts[item.code] == nil { amounts[item.code] = item.amount }
            var entries = [cells.text(name(index)),
                           cells.text(entry?.basis.label ?? DisplayText.noValue, missing: "无值：公开文本未列按功能分类的支出")]
            for (offset, code) in codes.enumerated() {
                let amount = amounts[code]
                entries.append(cells.figure(amount?.value, .amount, note: amount.map { provenance($0.source, department: index) },
                                            missing: "无值：本单位未列此类支出"))
                if let amount { totals.add(amount.value, column: firstClass + offset) }
            }
            let stated = entry.flatMap { $0.basis.statedTotal(departments[index].department) }
            if let stated { totals.add(stated.value, column: statedColumn) } else if entry != nil { unstatedTotals = true }
            entries.append(cells.figure(
                stated?.value, .amount,
                note: stated.map { "\(provenance($0.source, department: index))\n公开文本所列\(entry?.basis.totalLabel ?? "")" },
                missing: entry.map { "无值：公开文本未列\($0.basis.totalLabel)" } ?? "无值：公开文本未列按功能分类的支出"))

            let rowValues = codes.compactMap { amounts[$0]?.value }
            let rowSum = rowValues.isEmpty ? nil : rowValues.reduce(Decimal(0), +)
            if let rowSum { totals.add(rowSum, column: sumColumn) }
            if codes.isEmpty {
                entries.append(cells.figure(nil, .amount, missing: "无值：本组各单位均未列按功能分类的支出"))
            } else {
                let range = CellRange(CellAddress(column: firstClass, row: row), CellAddress(column: statedColumn - 1, row: row))
                    .reference()
                entries.append(cells.formula("IF(COUNT(\(range))=0;\(FormulaText.noValue);SUM(\(range)))", cached: rowSum, .amount,
                                             missing: "无值：本单位未列按功能分类的支出"))
            }
            let difference = rowSum.flatMap { sum in stated.map { sum - $0.value } }
            if let difference { totals.add(difference, column: differenceColumn) }
            let (sum, total) = (FormulaText.cell(column: sumColumn, row: row), FormulaText.cell(column: statedColumn, row: row))
            entries.append(cells.formula(FormulaText.guarded(["ISNUMBER(\(sum))", "ISNUMBER(\(total))"], "\(sum)-\(total)"),
                                         cached: difference, .amount, missing: "无值：各类之和或公开总计无值"))
            entries.append(cells.text(sourceDocument(index)))
            model.append(entries)
        }
        model.append([])
        if let rows = departmentRows {
            var total = [cells.text("合计", emphasis: .total), cells.blank(.total)]
            for column in firstClass...differenceColumn {
                var entry = sumEntry(column: column, rows: rows, sum: totals[column], kind: .amount)
                if column == differenceColumn, unstatedTotals {
                    entry.cell.annotation = [entry.cell.annotation, "只计各类之和与公开总计均有值的单位；"
                        + "有单位未列公开总计，故本格不等于左侧两格之差"].compactMap { $0 }.joined(separator: "\n")
                }
                total.append(entry)
            }
            total.append(cells.blank(.total))
            model.append(total)
        }
        return model
    }
}
