import Foundation

/// Descriptive statistics on exact `Decimal`s, each defined as the
/// spreadsheet function of the same name computes it, so the workbook can
/// show them as live formulas (LibreOffice, WPS, Excel) that recalculate to
/// the cached values.
public enum Statistics {
    /// Arithmetic mean (spreadsheet AVERAGE); `nil` for no values.
    public static func mean(_ values: [Decimal]) -> Decimal? {
        guard !values.isEmpty else { return nil }
        return values.reduce(Decimal(0), +) / Decimal(values.count)
    }

    /// Median (spreadsheet MEDIAN): the middle value, or the mean of the two
    /// middle values for an even count; `nil` for no values.
    public static func median(_ values: [Decimal]) -> Decimal? {
        median(sortedAscending: values.sorted())
    }

    /// `median` of values already sorted ascending (one sort shared with the quartiles).
    public static func median(sortedAscending sorted: [Decimal]) -> Decimal? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        return (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The `quart`-th quartile (0…4) by linear interpolation between closest
    /// ranks, as spreadsheet QUARTILE / QUARTILE.INC computes it: with the
    /// values sorted ascending as x₀ … xₙ₋₁, h = (n − 1)·quart/4 and
    /// Q = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). `nil` for no values.
    public static func quartileInclusive(_ values: [Decimal], _ quart: Int) -> Decimal? {
        quartileInclusive(sortedAscending: values.sorted(), quart)
    }

    /// `quartileInclusive` of values already sorted ascending.
    static func quartileInclusive(sortedAscending sorted: [Decimal], _ quart: Int) -> Decimal? {
        precondition((0...4).contains(quart), "quartile must be 0…4")
        guard !sorted.isEmpty else { return nil }
        let scaled = (sorted.count - 1) * quart      // h = scaled / 4
        let lower = scaled / 4
        let remainder = scaled % 4
        guard remainder != 0 else { return sorted[lower] }
        let fraction = Decimal(remainder) / 4
        return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
    }

    /// Ranks in descending order (spreadsheet RANK / RANK.EQ with order 0):
    /// 1 for the largest value; equal values share the best rank and the next
    /// rank is skipped (10, 8, 8, 5 → 1, 2, 2, 4). Returned in input order.
    public static func descendingRanks(_ values: [Decimal]) -> [Int] {
        let order = values.indices.sorted { values[$0] > values[$1] }
        var ranks = [Int](repeating: 0, count: values.count)
        for (position, index) in order.enumerated() {
            if position > 0, values[order[position - 1]] == values[index] {
                ranks[index] = ranks[order[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        return ranks
    }
}

/// Interquartile fences (Tukey): a value below Q1 − 1.5·IQR or above
/// Q3 + 1.5·IQR is an outlier, with quartiles by `Statistics.quartileInclusive`.
public struct InterquartileFences: Sendable, Hashable {
    /// Fewest departments with a value for which outliers are flagged.
    public static let minimumCount = 8

    /// First quartile, QUARTILE(range; 1).
    public let q1: Decimal
    /// Third quartile, QUARTILE(range; 3).
    public let q3: Decimal
    /// Interquartile range Q3 − Q1.
    public var iqr: Decimal { q3 - q1 }
    /// Lower fence Q1 − 1.5·IQR (computed once: `outlier` asks for every value of a group).
    public let lower: Decimal
    /// Upper fence Q3 + 1.5·IQR.
    public let upper: Decimal
    /// Tukey's 1.5, exact (parsed once: the fences are read for every value of a group).
    private static let multiplier = Decimal(15) / Decimal(10)

    /// The fences of `values`, or `nil` when there are fewer than `minimumCount`.
    public init?(_ values: [Decimal]) {
        self.init(sortedAscending: values.sorted())
    }

    /// The fences of values already sorted ascending.
    public init?(sortedAscending sorted: [Decimal]) {
        guard sorted.count >= Self.minimumCount,
              let q1 = Statistics.quartileInclusive(sortedAscending: sorted, 1),
              let q3 = Statistics.quartileInclusive(sortedAscending: sorted, 3) else { return nil }
        self.q1 = q1
        self.q3 = q3
        lower = q1 - Self.multiplier * (q3 - q1)
        upper = q3 + Self.multiplier * (q3 - q1)
    }

    /// `.low`, `.high`, or `nil` when `value` lies within the fences (inclusive).
    ///
    /// When more than half the departments share one value the interquartile
    /// range is zero and every other value would fall outside the fences (a
    /// 1.16 % share flagged among 0.00 %s). Such a spread says nothing about
    /// anomalies, so nothing is flagged; the workbook and the memo agree on this.
    public func outlier(_ value: Decimal) -> OutlierSide? {
        guard iqr > 0 else { return nil }
        if value < lower { return .low }
        if value > upper { return .high }
        return nil
    }
}

/// Which fence an outlier lies beyond.
public enum OutlierSide: String, Sendable, Hashable {
    case low, high
}
