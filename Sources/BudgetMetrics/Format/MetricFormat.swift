import BudgetModel
import Foundation

/// Display formatting. Values are stored at full precision; rounding
/// (四舍五入: half away from zero, like spreadsheet ROUND) happens only here,
/// for display. No value is shown as "—".
public enum MetricFormat {
    /// Shown for a metric without a value.
    public static let noValue = "—"

    /// `value` in `unit`: percentages with two decimals ("5.23%"), other units
    /// with two decimals ("4.63"); "—" for `nil`.
    public static func display(_ value: Decimal?, unit: MetricUnit) -> String {
        guard let value else { return noValue }
        return unit.isPercent ? percent(value, decimals: unit.displayDecimals) : fixed(value, decimals: unit.displayDecimals)
    }

    /// A metric's value for display ("—" without one).
    public static func display(_ metric: MetricValue) -> String {
        display(metric.value, unit: metric.definition.unit)
    }

    /// A quotient as a percentage rounded half-up: 0.052345 → "5.23%", -0.0977 → "-9.77%".
    public static func percent(_ ratio: Decimal, decimals: Int = 2) -> String {
        fixed(ratio * 100, decimals: decimals) + "%"
    }

    /// `value` rounded half-up (away from zero) to exactly `decimals` places,
    /// with no grouping: 4.625 → "4.63", -2.345 → "-2.35", 3 → "3.00".
    /// A value that rounds to zero prints without a sign ("0.00").
    ///
    /// Every figure of the workbook, the memo and the profiles passes through
    /// here, so the common case avoids `Decimal`'s own text conversion (a
    /// division per digit, slow on Linux): a rounded figure is a whole number
    /// of its last place (4.63 = 463 hundredths), printed as an integer with
    /// the point put back. Counts beyond 64 bits take the general path.
    public static func fixed(_ value: Decimal, decimals: Int) -> String {
        if let (negative, units) = scaledUnits(value, decimals: decimals) {
            return fixed(negative: negative, units: units, decimals: decimals)
        }
        return fixedThroughFoundation(value, decimals: decimals)
    }

    /// `fixed` by way of Foundation's text of the rounded value: the general
    /// path, and the reference the tests hold the fast path to.
    static func fixedThroughFoundation(_ value: Decimal, decimals: Int) -> String {
        let rounded = value.rounded(scale: decimals)
        let negative = rounded < 0
        var text = DecimalText.canonical(negative ? -rounded : rounded)
        if decimals > 0 {
            if let point = text.firstIndex(of: ".") {
                let have = text.distance(from: text.index(after: point), to: text.endIndex)
                text += String(repeating: "0", count: max(0, decimals - have))
            } else {
                text += "." + String(repeating: "0", count: decimals)
            }
        }
        return (negative ? "-" : "") + text
    }

    /// `value` rounded half-up to `decimals` places as a sign and a count of
    /// the last place (-2.345 at 2 places → (true, 235)); `nil` when the
    /// count does not fit 64 bits. A value that rounds to zero has no sign.
    static func scaledUnits(_ value: Decimal, decimals: Int) -> (negative: Bool, units: UInt64)? {
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

    /// `units` / 10^decimals as text: (true, 12345, 2) → "-123.45", (false, 5, 2) → "0.05".
    private static func fixed(negative: Bool, units: UInt64, decimals: Int) -> String {
        var digits = String(units)
        if decimals > 0 {
            if digits.utf8.count <= decimals {
                digits = String(repeating: "0", count: decimals - digits.utf8.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return negative ? "-" + digits : digits
    }

    /// A group's pooled, mean or median value for display.
    public static func display(_ value: Decimal?, metric: MetricID) -> String {
        display(value, unit: metric.definition.unit)
    }
}
