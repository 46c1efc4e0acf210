import Foundation
import OpenDocument

/// One cell of a sheet being laid out, with the text it shows (for the
/// column width).
struct Entry {
    var cell: Cell
    /// Whether the text may wrap (headers, descriptions): then it widens its
    /// column only up to the column's wrapping width.
    var wraps: Bool
    private let shown: Shown

    /// What a cell displays: a number is formatted only when its column is
    /// measured, not when the row is streamed (where nobody reads the text).
    private enum Shown {
        case text(String)
        case number(Decimal, ValueKind)
    }

    /// A cell that displays `text`.
    init(cell: Cell, text: String, wraps: Bool) {
        self.cell = cell
        self.wraps = wraps
        shown = .text(text)
    }

    /// A cell that displays `value` formatted as `kind` (see `DisplayText.format`).
    init(cell: Cell, showing value: Decimal, as kind: ValueKind) {
        self.cell = cell
        wraps = false
        shown = .number(value, kind)
    }

    /// What the cell displays; "" for an empty cell.
    var text: String {
        switch shown {
        case .text(let text): return text
        case .number(let value, let kind): return DisplayText.format(value, as: kind)
        }
    }

    /// The width of the displayed text in ems (`DisplayText.ems`), for sizing its column.
    var ems: Double {
        switch shown {
        case .text(let text): return DisplayText.ems(text)
        case .number(let value, let kind): return DisplayText.numberEms(value, as: kind)
        }
    }

    static let empty = Entry(cell: .empty, text: "", wraps: false)
}
