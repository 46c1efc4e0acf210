import BudgetModel
import Foundation
import OpenDocument

/// Pieces of OpenFormula text shared by the sheets. Text results are the
/// no-value mark "—", so a formula never shows 0 or an error for a missing
/// input or a zero denominator.
enum FormulaText {
    /// `"—"` as a formula string literal.
    static let noValue = "\"\(DisplayText.noValue)\""

    /// `[.$E$2:.$E$9]` or `[$'指标计算'.$E$2:.$E$9]`: an absolute range, so that
    /// a formula copied by the analyst keeps pointing at the group.
    static func absoluteRange(column: Int, rows: ClosedRange<Int>, sheet: String? = nil) -> String {
        let name = CellAddress.columnName(column)
        let prefix = sheet.map { "$'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? ""
        return "[\(prefix).$\(name)$\(rows.lowerBound + 1):.$\(name)$\(rows.upperBound + 1)]"
    }

    /// `[.$E$12]`: an absolute reference to one cell of the current sheet.
    static func absoluteCell(column: Int, row: Int) -> String {
        "[.$\(CellAddress.columnName(column))$\(row + 1)]"
    }

    /// `[.E2]`.
    static func cell(column: Int, row: Int) -> String {
        CellAddress(column: column, row: row).reference()
    }

    /// `IF(AND(g1;g2);then;else)`, or `IF(g1;then;else)` for one guard, or
    /// `then` alone without guards.
    static func guarded(_ guards: [String], _ then: String, otherwise: String = noValue) -> String {
        switch guards.count {
        case 0: return then
        case 1: return "IF(\(guards[0]);\(then);\(otherwise))"
        default: return "IF(AND(\(guards.joined(separator: ";")));\(then);\(otherwise))"
        }
    }

    /// `numerator / denominator` with "—" when an input is missing or the
    /// denominator is zero.
    static func quotient(_ numerator: OperandFormula, _ denominator: OperandFormula) -> String {
        let division = "IF(\(denominator.parenthesized)=0;\(noValue);\(numerator.parenthesized)/\(denominator.parenthesized))"
        return guarded(numerator.guards + denominator.guards, division)
    }

    /// A number written into a formula (an input that no data sheet shows).
    static func literal(_ value: Decimal) -> String {
        let text = DecimalText.canonical(value)
        return value < 0 ? "(\(text))" : text
    }
}

/// A numerator or denominator written as a formula over the data cells that
/// hold its inputs: `[$'人员'.F2]+[$'人员'.H2]`, `SUM([$'项目'.G5:.G6])-SUM([$'项目'.E5:.E6])`.
struct OperandFormula {
    /// One input of the operand.
    struct Term {
        /// Model path of the input (`InputValue.field`).
        var path: String
        var subtracted: Bool
        /// The stated value, written as a literal when no data sheet shows
        /// the input; `nil` when the input is not stated.
        var value: Decimal?
    }

    /// The expression.
    let expression: String
    /// Conditions that hold when every referenced input is a number:
    /// `ISNUMBER([$'人员'.C2])`, `COUNT([$'项目'.G5:.G6])=2`.
    let guards: [String]
    /// Whether the expression needs parentheses inside a quotient.
    let isCompound: Bool

    var parenthesized: String { isCompound ? "(\(expression))" : expression }

    /// The operand over `department`'s cells, or `nil` when an input that is
    /// not stated has no cell either (nothing to refer to).
    init?(_ terms: [Term], department: Int, locator: CellLocator) {
        guard !terms.isEmpty else { return nil }
        enum Item {
            case cells(sheet: String, column: Int, rows: ClosedRange<Int>)
            case literal(Decimal)
        }
        var items: [(subtracted: Bool, item: Item)] = []
        for term in terms {
            if let cell = locator.cell(term.path, department: department) {
                // Extend a run of cells of the same sign, sheet and column on consecutive rows.
                if let last = items.last, last.subtracted == term.subtracted,
                   case let .cells(sheet, column, rows) = last.item,
                   sheet == cell.sheet, column == cell.address.column, rows.upperBound + 1 == cell.address.row {
                    items[items.count - 1].item = .cells(sheet: sheet, column: column, rows: rows.lowerBound...cell.address.row)
                } else {
                    items.append((term.subtracted, .cells(sheet: cell.sheet, column: cell.address.column,
                                                          rows: cell.address.row...cell.address.row)))
                }
            } else if let value = term.value {
                items.append((term.subtracted, .literal(value)))
            } else {
                return nil
            }
        }
        var expression = ""
        var guards: [String] = []
        for (index, entry) in items.enumerated() {
            if index > 0 || entry.subtracted { expression += entry.subtracted ? "-" : (index > 0 ? "+" : "") }
            switch entry.item {
            case let .cells(sheet, column, rows) where rows.count == 1:
                let reference = CellAddress(column: column, row: rows.lowerBound).reference(sheet: sheet)
                expression += reference
                guards.append("ISNUMBER(\(reference))")
            case let .cells(sheet, column, rows):
                let range = CellRange(CellAddress(column: column, row: rows.lowerBound),
                                      CellAddress(column: column, row: rows.upperBound)).reference(sheet: sheet)
                expression += "SUM(\(range))"
                guards.append("COUNT(\(range))=\(rows.count)")
            case let .literal(value):
                expression += FormulaText.literal(value)
            }
        }
        self.expression = expression
        self.guards = guards
        isCompound = items.count > 1 || items.first?.subtracted == true
    }
}
