import BudgetMetrics
import BudgetModel
import Foundation

/// The text a cell shows, as LibreOffice will display it with the cell's
/// number format. Used only to size columns; the cells store exact values.
enum DisplayText {
    /// Shown for a figure or metric without a value.
    static let noValue = MetricFormat.noValue

    /// `value` as a cell of `kind` shows it: "3,994.84", "5.23%", "44".
    static func format(_ value: Decimal, as kind: ValueKind) -> String {
        switch kind {
        case .text, .paragraph: return DecimalText.canonical(value)
        case .amount, .ratio: return grouped(MetricFormat.fixed(value, decimals: 2))
        case .count: return grouped(MetricFormat.fixed(value, decimals: 0))
        case .rank: return MetricFormat.fixed(value, decimals: 0)
        case .percent: return MetricFormat.percent(value, decimals: 2)
        case .percentagePoints: return MetricFormat.fixed(value, decimals: 4)
        }
    }

    /// Inserts thousands separators into the integer part of a plain number.
    static func grouped(_ plain: String) -> String {
        var text = Substring(plain)
        var sign = ""
        if text.hasPrefix("-") { sign = "-"; text = text.dropFirst() }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        return sign + groups.joined(separator: ",") + (parts.count == 2 ? "." + parts[1] : "")
    }

    /// The width of `text` in ems at the body font size: CJK and other wide
    /// characters count 1, narrow ones (Latin, digits, punctuation) 0.62 (DejaVu Sans digits are 0.64 em).
    /// For text with line breaks, the longest line.
    static func ems(_ text: String) -> Double {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.unicodeScalars.reduce(0.0) { $0 + (isWide($1) ? 1.0 : 0.62) }
        }.max() ?? 0
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        case 0x2014: // — (EM DASH) is drawn full width in CJK fonts
            return true
        default:
            return false
        }
    }
}
