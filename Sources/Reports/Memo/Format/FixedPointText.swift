import BudgetMetrics
import BudgetModel
import Foundation

/// A decimal rounded half-up to a fixed number of places, written as
/// `MetricFormat.fixed` writes it ("4.63", "-2.35", "3.00", "0.00"), with
/// optional thousands separators.
///
/// Why not `MetricFormat.fixed` itself: it goes through Foundation's
/// Decimal-to-string conversion (a locale lookup and a division per digit),
/// and a large group's memo prints tens of thousands of figures. A rounded
/// figure is an integer count of its last place (4.63 = 463 hundredths),
/// which, when it fits 64 bits, is written here directly; anything else
/// (a huge amount, an unusual representation) falls back to
/// `MetricFormat.fixed`, so the text is the same either way
/// (MemoNumberFormatTests compares the two).
enum FixedPointText {
    /// `value` rounded half-up to `decimals` places, as `MetricFormat.fixed`
    /// writes it; with `grouping`, thousands separated by ",".
    static func text(_ value: Decimal, decimals: Int, grouping: Bool = false) -> String {
        if let (negative, units) = scaled(value, decimals: decimals) {
            return write(negative: negative, units: units, decimals: decimals, grouping: grouping)
        }
        let plain = MetricFormat.fixed(value, decimals: decimals)
        return grouping ? group(plain) : plain
    }

    /// `value` rounded half-up to `decimals` places as a sign and a count of
    /// the last place (-2.345 at 2 places → (true, 235)); `nil` when the
    /// count does not fit 64 bits. A value that rounds to zero has no sign.
    static func scaled(_ value: Decimal, decimals: Int) -> (negative: Bool, units: UInt64)? {
        guard (0...18).contains(decimals), !value.isNaN else { return nil }
        // A value with at most `decimals` places is its own rounding.
        let rounded = value.exponent >= -decimals ? value : value.rounded(scale: decimals)
        // rounded = significand · 10^exponent, with at most `decimals` places.
        let shift = rounded.exponent + decimals
        let significand = rounded.significand
        let candidate = NSDecimalNumber(decimal: significand).uint64Value
        // uint64Value is exact only for a whole number that fits: checked.
        guard shift >= 0, significand.sign == .plus, Decimal(candidate) == significand else { return nil }
        var units = candidate
        for _ in 0..<shift {
            let (product, overflow) = units.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            units = product
        }
        return (rounded.sign == .minus && units != 0, units)
    }

    private static func write(negative: Bool, units: UInt64, decimals: Int, grouping: Bool) -> String {
        var digits = Array(String(units).utf8)
        // At least one digit before the point: 5 hundredths → "005" → "0.05".
        if digits.count <= decimals {
            digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals + 1 - digits.count), at: 0)
        }
        let integerCount = digits.count - decimals
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count + integerCount / 3 + 2)
        if negative { bytes.append(UInt8(ascii: "-")) }
        for (index, digit) in digits[..<integerCount].enumerated() {
            if grouping, index > 0, (integerCount - index) % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(digit)
        }
        if decimals > 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: digits[integerCount...])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "-1569.88" → "-1,569.88".
    static func group(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var integer = Array(parts[0])
        var groupedDigits = ""
        while integer.count > 3 {
            groupedDigits = "," + String(integer.suffix(3)) + groupedDigits
            integer.removeLast(3)
        }
        groupedDigits = String(integer) + groupedDigits
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + groupedDigits + fraction
    }
}
