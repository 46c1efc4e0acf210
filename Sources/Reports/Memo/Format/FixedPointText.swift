import BudgetMetrics
import BudgetModel
import Foundation

/// A decimal rounded half-up to a fixed number of places, written as
/// `MetricFormat.fixed` writes it ("4.63", "-2.35", "3.00", "0.00"), with
/// optional thousands separators for the memo's amounts ("11,232.93").
enum FixedPointText {
    /// `value` rounded half-up to `decimals` places, as `MetricFormat.fixed`
    /// writes it; with `grouping`, thousands separated by ",".
    static func text(_ value: Decimal, decimals: Int, grouping: Bool = false) -> String {
        let plain = MetricFormat.fixed(value, decimals: decimals)
        return grouping ? group(plain) : plain
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
