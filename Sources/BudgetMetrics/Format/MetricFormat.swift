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
    /// Every figure of the workbook and the memo passes through here, so the
    /// common case avoids `Decimal`'s own text conversion (slow on Linux): the
    /// rounded value times 10^decimals is a whole number, printed as an
    /// integer with the decimal point put back. Values beyond 18 digits take
    /// the general path.
    public static func fixed(_ value: Decimal, decimals: Int) -> String {
        let rounded = value.rounded(scale: decimals)
        if decimals >= 0, decimals < powersOfTen.count {
            let scaled = rounded * powersOfTen[decimals]
            let whole = NSDecimalNumber(decimal: scaled).int64Value
            if whole != .min, Decimal(whole) == scaled {
                return fixed(whole: whole, decimals: decimals)
            }
        }
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

    /// 10^0 … 10^18, exact.
    private static let powersOfTen: [Decimal] = (0...18).map { power in
        (0..<power).reduce(Decimal(1)) { product, _ in product * 10 }
    }

    /// `whole` / 10^decimals as text: (-12345, 2) → "-123.45", (5, 2) → "0.05".
    private static func fixed(whole: Int64, decimals: Int) -> String {
        var digits = String(whole.magnitude)
        if decimals > 0 {
            if digits.count <= decimals {
                digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (whole < 0 ? "-" : "") + digits
    }

    /// A group's pooled, mean or median value for display.
    public static func display(_ value: Decimal?, metric: MetricID) -> String {
        display(value, unit: metric.definition.unit)
    }
}
