import BudgetMetrics
import BudgetModel
import Foundation

/// Numbers as a Chinese official document writes them: amounts in 万元 with
/// two decimals and thousands separators ("3,994.84万元"), percentages with
/// two decimals ("5.23%"), and a change's sign turned into a word
/// ("增加12.61万元", "下降2.62%").
///
/// Rounding is half-up (四舍五入, away from zero), for display only: the
/// figures themselves keep full precision.
enum ChineseNumber {
    /// `value` rounded half-up to `decimals` places with thousands separators:
    /// 3994.84 → "3,994.84", -1569.875 → "-1,569.88". A value that rounds to
    /// zero prints without a sign.
    static func grouped(_ value: Decimal, decimals: Int = 2) -> String {
        let plain = MetricFormat.fixed(value, decimals: decimals)
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

    /// An amount in 万元: "3,994.84万元".
    static func wanYuan(_ value: Decimal) -> String { grouped(value) + "万元" }

    /// A number of people: "44人".
    static func persons(_ value: Decimal) -> String { grouped(value, decimals: 0) + "人" }

    /// A quotient as a percentage: 0.052345 → "5.23%".
    static func percent(_ ratio: Decimal) -> String { MetricFormat.percent(ratio, decimals: 2) }

    /// A percentage already in percent units (5.08 → "5.08%").
    static func percentUnits(_ percent: Decimal) -> String { MetricFormat.fixed(percent, decimals: 2) + "%" }

    /// `true` when `value` shows as zero at two decimals.
    static func roundsToZero(_ value: Decimal, decimals: Int = 2) -> Bool {
        value.rounded(scale: decimals) == 0
    }

    /// A signed change in 万元 as words: "增加12.61万元", "减少77.05万元";
    /// `nil` when it rounds to zero (the caller says 持平).
    static func amountChange(_ change: Decimal) -> String? {
        guard !roundsToZero(change) else { return nil }
        return (change > 0 ? "增加" : "减少") + wanYuan(abs(change))
    }

    /// A signed rate in percent units as words: 0.98 → "增长0.98%",
    /// -2.62 → "下降2.62%"; a non-zero rate below 0.005 % → "增长不足0.01%";
    /// `nil` for zero.
    static func rateChange(percent: Decimal) -> String? {
        guard percent != 0 else { return nil }
        let word = percent > 0 ? "增长" : "下降"
        guard !roundsToZero(percent) else { return word + "不足0.01%" }
        return word + percentUnits(abs(percent))
    }
}

extension MetricUnit {
    /// A metric value with its unit as the memo writes it: "73.33%",
    /// "4.63万元/人", "0.73" (persons per person carry no unit in the sentence).
    func memoText(_ value: Decimal) -> String {
        switch self {
        case .percent: return ChineseNumber.percent(value)
        case .wanYuanPerPerson: return ChineseNumber.grouped(value) + "万元/人"
        case .personsPerPerson: return ChineseNumber.grouped(value)
        }
    }

    /// The size of a difference between two values of this unit, without
    /// sign: percentages in 个百分点 ("1.23个百分点"), others as the value.
    func memoDifference(_ difference: Decimal) -> String {
        switch self {
        case .percent: return ChineseNumber.grouped(abs(difference) * 100) + "个百分点"
        case .wanYuanPerPerson, .personsPerPerson: return memoText(abs(difference))
        }
    }
}
