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
    mutating func departmentSheet(_ sheetName: String, fields: [DataField], computed: [ComputedColumn] = [],
                                  into destination: RowDestination) -> SheetModel {
        let cells = self.cells
        let fieldColumns = Dictionary(fields.enumerated().map { ($0.element.path, $0.offset + 1) }, uniquingKeysWith: { a, _ in a })
        let column: (String) -> Int = { fieldColumns[$0]! }
        let width = 1 + fields.count + computed.count + 1
        var sizing = [ColumnSizing.name] + Array(repeating: ColumnSizing.standard, count: width - 1)
        sizing[width - 1] = ColumnSizing(minimum: 3, maximum: 11, wrapAt: 3)
        let lastDataRow = Self.departmentRow(max(departments.count - 1, 0))
        var model = SheetModel(name: sheetName, sizing: sizing, options: SheetOptions(
            frozenRows: 1, frozenColumns: 1,
            autoFilterRange: CellRange(CellAddress(column: 0, row: 0), CellAddress(column: width - 1, row: lastDataRow))),
            into: destination)

        model.append([cells.header("单位名称")] + fields.map { cells.header($0.header, note: $0.headerNote) }
            + computed.map { cells.header($0.header, note: $0.note) } + [cells.header("来源文件")])
        for index in departments.indices {
            let row = Self.departmentRow(index)
            var entries = [cells.text(name(index))]
            for (offset, field) in fields.enumerated() {
                let (entry, paths) = fieldEntry(field, department: index)
                entries.append(entry)
                for path in paths {
                    locator.record(path, department: index,
                                   at: CellRef(sheet: sheetName, address: CellAddress(column: offset + 1, row: row)))
                }
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
                let sum = ColumnTotals.sum(departments.lazy.compactMap { field.read($0.department)?.value })
                total.append(sumEntry(column: offset + 1, rows: rows, sum: sum, kind: field.kind))
            }
            for extra in computed {
                total.append(extra.total?(rows, totalRow, column) ?? cells.blank(.total))
            }
        }
        total.append(cells.blank(.total))
        model.append(total)
        return model
    }

    /// The cell of `field` for department `index` and the model paths it
    /// stands for: the field's own, or for a `DataField.firstStated` column
    /// the path shown and every other choice stating the same figure.
    func fieldEntry(_ field: DataField, department index: Int) -> (Entry, [String]) {
        let department = departments[index].department
        guard !field.choices.isEmpty else {
            let stated = field.read(department)
            return (cells.figure(stated?.value, field.kind, note: stated.map { provenance($0.source, department: index) }),
                    [field.path])
        }
        let stated = field.choices.map { ($0, $0.field.read(department)) }
        guard let shown = stated.first(where: { $0.1 != nil }), let figure = shown.1 else {
            let places = field.choices.map(\.origin).joined(separator: "、")
            return (cells.figure(nil, field.kind, missing: "\(DisplayText.notStated)（\(places)均未列）"), [])
        }
        var lines = [provenance(figure.source, department: index), "取自\(shown.0.origin)"]
        var paths = [shown.0.field.path]
        for (choice, other) in stated where choice.field.path != shown.0.field.path {
            guard let other else {
                lines.append("\(choice.origin)未列此数")
                continue
            }
            if other.value == figure.value {
                lines.append("\(choice.origin)所列相同（\(provenance(other.source, department: index))）")
                paths.append(choice.field.path)
            } else {
                lines.append("\(choice.origin)所列为 \(DisplayText.format(other.value, as: field.kind))，与此不同，"
                    + "见“\(field.header)（\(choice.origin)）”列")
            }
        }
        return (cells.figure(figure.value, field.kind, note: lines.joined(separator: "\n")), paths)
    }

    /// `IF(COUNT(range)=0;"—";SUM(range))` over `rows` of `column`, cached
    /// as `sum`, the exact sum of the stated values ("—" when none is stated).
    func sumEntry(column: Int, rows: ClosedRange<Int>, sum: Decimal?, kind: ValueKind, sheet: String? = nil) -> Entry {
        let range = CellRange(CellAddress(column: column, row: rows.lowerBound),
                              CellAddress(column: column, row: rows.upperBound)).reference(sheet: sheet)
        let expression = "IF(COUNT(\(range))=0;\(FormulaText.noValue);SUM(\(range)))"
        return cells.formula(expression, cached: sum, kind, emphasis: .total, missing: DisplayText.noneStated)
    }
}
