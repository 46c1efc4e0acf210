import BudgetModel
import Foundation
import OpenDocument

/// Makes the entries of the workbook's tables with the right style, value
/// type and display text. A value that is not stated is the text "—", never 0.
struct Cells {
    let styles: WorkbookStyles

    /// A column header; `note` becomes its annotation (e.g. the metric's formula).
    func header(_ text: String, alternate: Bool = false, note: String? = nil) -> Entry {
        Entry(cell: Cell(.string(text), style: alternate ? styles.headerAlternate : styles.header, annotation: note),
              text: text, wraps: true)
    }

    /// A text cell of a table.
    func text(_ text: String, emphasis: Emphasis = .normal, note: String? = nil) -> Entry {
        Entry(cell: Cell(.string(text), style: styles.cell(.text, emphasis), annotation: note), text: text, wraps: false)
    }

    /// A text cell that wraps within its column.
    func paragraph(_ text: String, emphasis: Emphasis = .normal) -> Entry {
        Entry(cell: Cell(.string(text), style: styles.cell(.paragraph, emphasis)), text: text, wraps: true)
    }

    /// An empty cell styled as part of the table (borders, total ground).
    func blank(_ emphasis: Emphasis = .normal) -> Entry {
        Entry(cell: Cell(.empty, style: styles.cell(.text, emphasis)), text: "", wraps: false)
    }

    /// A stated figure (a value, never a formula), or "—" when not stated;
    /// `note` is its provenance.
    func figure(_ value: Decimal?, _ kind: ValueKind, note: String? = nil, emphasis: Emphasis = .normal) -> Entry {
        let style = styles.cell(kind, emphasis)
        guard let value else {
            return Entry(cell: Cell(.string(DisplayText.noValue), style: style, annotation: note),
                         text: DisplayText.noValue, wraps: false)
        }
        return Entry(cell: Cell(Self.value(value, kind), style: style, annotation: note),
                     text: DisplayText.format(value, as: kind), wraps: false)
    }

    /// A formula with its cached result: the number we computed, or "—"
    /// when the formula yields no value.
    func formula(_ expression: String, cached: Decimal?, _ kind: ValueKind, emphasis: Emphasis = .normal,
                 note: String? = nil) -> Entry {
        let style = styles.cell(kind, emphasis)
        let cachedValue: CellValue = cached.map { Self.value($0, kind) } ?? .string(DisplayText.noValue)
        let text = cached.map { DisplayText.format($0, as: kind) } ?? DisplayText.noValue
        return Entry(cell: Cell(cachedValue, formula: Formula(expression), style: style, annotation: note),
                     text: text, wraps: false)
    }

    /// A formula whose cached result is text.
    func textFormula(_ expression: String, cached: String, emphasis: Emphasis = .normal) -> Entry {
        Entry(cell: Cell(.string(cached), formula: Formula(expression), style: styles.cell(.text, emphasis)),
              text: cached, wraps: false)
    }

    /// A percentage stored as its fraction; anything else as a plain number.
    static func value(_ value: Decimal, _ kind: ValueKind) -> CellValue {
        kind == .percent ? .percentage(NumericValue(value)) : .float(NumericValue(value))
    }
}
