import BudgetModel
import Foundation
import OpenDocument

/// A column of a per-department sheet computed from other columns of the same row.
struct ComputedColumn {
    let header: String
    let note: String?
    /// The entry for department `index` on zero-based `row`; `column` gives
    /// the zero-based column of a field by path.
    let entry: (_ index: Int, _ row: Int, _ column: (String) -> Int) -> Entry
    /// The entry of the 合计 row, given the department rows; `nil` leaves it blank.
    let total: ((_ rows: ClosedRange<Int>, _ row: Int, _ column: (String) -> Int) -> Entry)?
}

extension WorkbookLayout {
    /// A sheet with one row per department: 单位名称, the stated `fields`
    /// (values with their provenance as annotations), `computed` columns,
    /// then 来源文件; below the departments, after a blank row, a 合计 row
    /// summing every amount and count column.
    mutating func departmentSheet(_ sheetName: String, fields: [DataField], computed: [ComputedColumn] = []) -> SheetModel {
        let cells = self.cells
        let fieldColumns = Dictionary(fields.enumerated().map { ($0.element.path, $0.offset + 1) }, uniquingKeysWith: { a, _ in a })
        let column: (String) -> Int = { fieldColumns[$0]! }
        let width = 1 + fields.count + computed.count + 1
        var sizing = [ColumnSizing.name] + Array(repeating: ColumnSizing.standard, count: width - 1)
        sizing[width - 1] = ColumnSizing(minimum: 3, maximum: 11, wrapAt: 3)
        let lastDataRow = Self.departmentRow(max(departments.count - 1, 0))
        var model = SheetModel(name: sheetName, sizing: sizing, options: SheetOptions(
            frozenRows: 1, frozenColumns: 1,
            autoFilterRange: CellRange(CellAddress(column: 0, row: 0), CellAddress(column: width - 1, row: lastDataRow))))

        model.append([cells.header("单位名称")] + fields.map { cells.header($0.header) }
            + computed.map { cells.header($0.header, note: $0.note) } + [cells.header("来源文件")])
        for index in departments.indices {
            let row = Self.departmentRow(index)
            let department = departments[index].department
            var entries = [cells.text(name(index))]
            for (offset, field) in fields.enumerated() {
                let stated = field.read(department)
                entries.append(cells.figure(stated?.value, field.kind,
                                            note: stated.map { provenance($0.source, department: index) }))
                locator.record(field.path, department: index,
                               at: CellRef(sheet: sheetName, address: CellAddress(column: offset + 1, row: row)))
            }
            for extra in computed { entries.append(extra.entry(index, row, column)) }
            entries.append(cells.text(sourceDocument(index)))
            model.append(entries)
        }
        model.append([])
        let totalRow = model.nextRow
        var total = [cells.text("合计", emphasis: .total)]
        if let rows = departmentRows {
            for (offset, field) in fields.enumerated() {
                guard field.kind == .amount || field.kind == .count else {
                    total.append(cells.blank(.total))
                    continue
                }
                let values = departments.compactMap { field.read($0.department)?.value }
                total.append(sumEntry(column: offset + 1, rows: rows, values: values, kind: field.kind))
            }
            for extra in computed {
                total.append(extra.total?(rows, totalRow, column) ?? cells.blank(.total))
            }
        }
        total.append(cells.blank(.total))
        model.append(total)
        return model
    }

    /// `IF(COUNT(range)=0;"—";SUM(range))` over `rows` of `column`, cached
    /// as the exact sum of `values` ("—" when none is stated).
    func sumEntry(column: Int, rows: ClosedRange<Int>, values: [Decimal], kind: ValueKind, sheet: String? = nil) -> Entry {
        let range = CellRange(CellAddress(column: column, row: rows.lowerBound),
                              CellAddress(column: column, row: rows.upperBound)).reference(sheet: sheet)
        let expression = "IF(COUNT(\(range))=0;\(FormulaText.noValue);SUM(\(range)))"
        let cached = values.isEmpty ? nil : values.reduce(Decimal(0), +)
        return cells.formula(expression, cached: cached, kind, emphasis: .total)
    }
}
