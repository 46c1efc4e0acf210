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

    /// A text cell of a table; a "—" is annotated with `missing`, the reason.
    func text(_ text: String, emphasis: Emphasis = .normal, note: String? = nil,
              missing: String = DisplayText.notStated) -> Entry {
        let note = text == DisplayText.noValue ? Self.withReason(note, missing) : note
        return Entry(cell: Cell(.string(text), style: styles.cell(.text, emphasis), annotation: note), text: text, wraps: false)
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
    /// `note` is its provenance, `missing` the reason annotated on a "—"
    /// (every "—" says why it has no value).
    func figure(_ value: Decimal?, _ kind: ValueKind, note: String? = nil, emphasis: Emphasis = .normal,
                missing: String = DisplayText.notStated) -> Entry {
        let style = styles.cell(kind, emphasis)
        guard let value else {
            return Entry(cell: Cell(.string(DisplayText.noValue), style: style, annotation: Self.withReason(note, missing)),
                         text: DisplayText.noValue, wraps: false)
        }
        return Entry(cell: Cell(Self.value(value, kind), style: style, annotation: note), showing: value, as: kind)
    }

    /// A formula with its cached result: the number we computed, or "—"
    /// when the formula yields no value, then annotated with `missing` (the
    /// reason; see `withReason`).
    func formula(_ expression: String, cached: Decimal?, _ kind: ValueKind, emphasis: Emphasis = .normal,
                 note: String? = nil, missing: String = DisplayText.noInputs) -> Entry {
        let style = styles.cell(kind, emphasis)
        let note = cached != nil ? note : Self.withReason(note, missing)
        guard let cached else {
            return Entry(cell: Cell(.string(DisplayText.noValue), formula: Formula(expression), style: style, annotation: note),
                         text: DisplayText.noValue, wraps: false)
        }
        return Entry(cell: Cell(Self.value(cached, kind), formula: Formula(expression), style: style, annotation: note),
                     showing: cached, as: kind)
    }

    /// A formula whose cached result is text.
    func textFormula(_ expression: String, cached: String, emphasis: Emphasis = .normal) -> Entry {
        Entry(cell: Cell(.string(cached), formula: Formula(expression), style: styles.cell(.text, emphasis)),
              text: cached, wraps: false)
    }

    /// The annotation of a "—": `note` when it already gives a reason
    /// ("无值：…"), else `note` and `reason` on separate lines.
    static func withReason(_ note: String?, _ reason: String) -> String {
        guard let note, !note.isEmpty else { return reason }
        return note.contains(DisplayText.reasonPrefix) ? note : note + "\n" + reason
    }

    /// A percentage stored as its fraction; anything else as a plain number.
    static func value(_ value: Decimal, _ kind: ValueKind) -> CellValue {
        kind == .percent ? .percentage(NumericValue(value)) : .float(NumericValue(value))
    }
}
