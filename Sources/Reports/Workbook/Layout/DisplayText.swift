import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

/// The text a cell shows, as LibreOffice will display it with the cell's
/// number format. Used only to size columns; the cells store exact values.
enum DisplayText {
    /// Shown for a figure or metric without a value.
    static let noValue = MetricFormat.noValue
    /// How every reason annotated on a "—" begins.
    static let reasonPrefix = "无值："
    /// The reason of a "—" for a figure the disclosure does not state.
    static let notStated = "无值：公开文本未列此数"
    /// The reason of a "—" for a formula whose inputs are not all stated.
    static let noInputs = "无值：公式引用的数字未全部列出（或分母为零）"
    /// The reason of a "—" in a 合计 row.
    static let noneStated = "无值：各单位均未列此数"

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

    /// `ems(format(value, as: kind))` without building the grouped text: a
    /// formatted number has only narrow characters (digits, `-`, `.`, `,`,
    /// `%`), so its width is its length in narrow characters, added up as
    /// `ems` adds them (the same `Double` sum).
    static func numberEms(_ value: Decimal, as kind: ValueKind) -> Double {
        var width = 0.0
        for _ in 0..<numberLength(value, as: kind) { width += 0.62 }
        return width
    }

    /// The length of `format(value, as: kind)` for a number kind, from the
    /// rounded value's digits (`fixedLength`), else by formatting it.
    static func numberLength(_ value: Decimal, as kind: ValueKind) -> Int {
        let fast: (length: Int, integerDigits: Int)?
        switch kind {
        case .text, .paragraph: fast = nil
        case .amount, .ratio: fast = fixedLength(value, decimals: 2).map { ($0.length + ($0.integerDigits - 1) / 3, 0) }
        case .count: fast = fixedLength(value, decimals: 0).map { ($0.length + ($0.integerDigits - 1) / 3, 0) }
        case .rank: fast = fixedLength(value, decimals: 0)
        case .percent: fast = fixedLength(value, decimals: 2, shift: 2).map { ($0.length + 1, 0) }
        case .percentagePoints: fast = fixedLength(value, decimals: 4)
        }
        if let fast { return fast.length }
        return formattedLength(value, as: kind)
    }

    /// The length of `MetricFormat.fixed(value × 10^shift, decimals:)` and
    /// its integer digits, computed on the significand (rounded half away
    /// from zero, no sign on a value that rounds to zero, as `fixed` does),
    /// without `Decimal` arithmetic; `nil` when the storage cannot be read.
    static func fixedLength(_ value: Decimal, decimals: Int, shift: Int = 0) -> (length: Int, integerDigits: Int)? {
        guard DecimalStorage.layoutIsKnown, let storage = DecimalStorage(value) else { return nil }
        let (significand, exponent, negative) = (storage.mantissa, storage.exponent, storage.isNegative)
        let scale = exponent + shift + decimals  // units = significand · 10^scale
        var units: UInt128
        if scale >= 0 {
            guard scale < powersOfTen.count, significand <= UInt128.max / powersOfTen[scale] else { return nil }
            units = significand * powersOfTen[scale]
        } else if -scale >= powersOfTen.count {
            units = 0  // below half a unit: 10^38 · 5 exceeds any significand
        } else {
            let divisor = powersOfTen[-scale]
            units = significand / divisor
            if significand % divisor >= divisor / 2 { units += 1 }
        }
        var digits = 1
        while digits < powersOfTen.count, units >= powersOfTen[digits] { digits += 1 }
        digits = max(digits, decimals + 1)
        let length = digits + (decimals > 0 ? 1 : 0) + (negative && units != 0 ? 1 : 0)
        return (length, digits - decimals)
    }

    /// 10^0 … 10^38.
    private static let powersOfTen: [UInt128] = (0...38).map { power in
        (0..<power).reduce(UInt128(1)) { value, _ in value * 10 }
    }

    /// The length of the formatted text: the general path.
    static func formattedLength(_ value: Decimal, as kind: ValueKind) -> Int {
        let count: Int
        switch kind {
        case .text, .paragraph: count = format(value, as: kind).utf8.count
        case .amount, .ratio: count = groupedLength(MetricFormat.fixed(value, decimals: 2))
        case .count: count = groupedLength(MetricFormat.fixed(value, decimals: 0))
        case .rank: count = MetricFormat.fixed(value, decimals: 0).utf8.count
        case .percent: count = MetricFormat.percent(value, decimals: 2).utf8.count
        case .percentagePoints: count = MetricFormat.fixed(value, decimals: 4).utf8.count
        }
        return count
    }

    /// The length of `grouped(plain)`: one separator per three integer digits after the first.
    static func groupedLength(_ plain: String) -> Int {
        var integerDigits = 0
        for byte in plain.utf8 {
            if byte == UInt8(ascii: ".") { break }
            if byte != UInt8(ascii: "-") { integerDigits += 1 }
        }
        return plain.utf8.count + max(0, (integerDigits - 1) / 3)
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
    ///
    /// Counts over the Unicode scalars line by line, without splitting the
    /// string: every cell of a workbook is measured.
    static func ems(_ text: String) -> Double {
        var widest = 0.0
        var line = 0.0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, line)
                line = 0
            } else {
                line += isWide(scalar) ? 1.0 : 0.62
            }
        }
        return max(widest, line)
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
