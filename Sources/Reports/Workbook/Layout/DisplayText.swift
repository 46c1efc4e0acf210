import BudgetMetrics
import BudgetModel
import Foundation

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
        let count: Int
        switch kind {
        case .text, .paragraph: return ems(format(value, as: kind))
        case .amount, .ratio: count = groupedLength(MetricFormat.fixed(value, decimals: 2))
        case .count: count = groupedLength(MetricFormat.fixed(value, decimals: 0))
        case .rank: count = MetricFormat.fixed(value, decimals: 0).utf8.count
        case .percent: count = MetricFormat.percent(value, decimals: 2).utf8.count
        case .percentagePoints: count = MetricFormat.fixed(value, decimals: 4).utf8.count
        }
        var width = 0.0
        for _ in 0..<count { width += 0.62 }
        return width
    }

    /// A width `numberEms(value, as: kind)` cannot exceed, from the number's
    /// digit count alone (its significand's bit length and its exponent), with
    /// room for a sign and a carry in rounding; `nil` for text kinds. Lets
    /// column sizing skip formatting the many numbers that cannot widen their
    /// column.
    static func numberEmsUpperBound(_ value: Decimal, as kind: ValueKind) -> Double? {
        let decimals: Int, shift: Int, suffix: Int, grouping: Bool
        switch kind {
        case .text, .paragraph: return nil
        case .amount, .ratio: (decimals, shift, suffix, grouping) = (2, 0, 0, true)
        case .count: (decimals, shift, suffix, grouping) = (0, 0, 0, true)
        case .rank: (decimals, shift, suffix, grouping) = (0, 0, 0, false)
        case .percent: (decimals, shift, suffix, grouping) = (2, 2, 1, false)
        case .percentagePoints: (decimals, shift, suffix, grouping) = (4, 0, 0, false)
        }
        guard storageLayoutIsKnown, let (bits, exponent) = significandBits(value) else { return nil }
        // digits(n) ≤ floor(bits · log10 2) + 1; 1233 / 4096 exceeds log10 2.
        let digits = (bits * 1233) >> 12 + 1
        let integerDigits = max(1, digits + exponent + shift) + 1  // + a carry
        let count = 1 + integerDigits + (grouping ? (integerDigits - 1) / 3 : 0) + (decimals > 0 ? decimals + 1 : 0) + suffix
        var width = 0.0
        for _ in 0..<count { width += 0.62 }
        return width
    }

    /// The bit length of `value`'s significand and its exponent, read from the
    /// storage (`Decimal` does not expose its mantissa; its `significand` is
    /// another `Decimal`): exponent byte, length and sign bits, eight
    /// little-endian 16-bit words. `nil` for zero and NaN.
    private static func significandBits(_ value: Decimal) -> (bits: Int, exponent: Int)? {
        withUnsafeBytes(of: value) { raw -> (Int, Int)? in
            guard raw.count == 20 else { return nil }
            let length = Int(raw[1] >> 4)
            guard (1...8).contains(length) else { return nil }
            let top = UInt16(raw[2 + 2 * length]) | UInt16(raw[3 + 2 * length]) << 8
            let bits = 16 * (length - 1) + (top == 0 ? 0 : 16 - top.leadingZeroBitCount)
            return (bits, Int(Int8(bitPattern: raw[0])))
        }
    }

    /// Whether `significandBits` reads this Foundation's layout: checked once
    /// on known values; otherwise every number is formatted to be measured.
    static let storageLayoutIsKnown: Bool = {
        let samples: [(Decimal, bits: Int, exponent: Int)] = [
            (Decimal(string: "123.45", locale: Locale(identifier: "en_US_POSIX"))!, 14, -2), (Decimal(7), 3, 0),
            (Decimal(-65536), 17, 0),
            (Decimal(sign: .plus, exponent: 5, significand: Decimal(UInt64.max)), 64, 5),
        ]
        return samples.allSatisfy { sample in
            guard let (bits, exponent) = significandBits(sample.0) else { return false }
            return bits == sample.bits && exponent == sample.exponent && exponent == sample.0.exponent
        }
    }()

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
