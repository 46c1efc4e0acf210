import BudgetMetrics
import BudgetModel
import Foundation

/// The unit a compared quantity is shown in.
enum ValueUnit: Sendable {
    case metric(MetricUnit)
    /// 万元.
    case wanYuan
    /// 人.
    case persons

    func text(_ value: Decimal) -> String {
        switch self {
        case .metric(let unit): return unit.memoText(value)
        case .wanYuan: return ChineseNumber.wanYuan(value)
        case .persons: return ChineseNumber.persons(value)
        }
    }

    /// The size of a difference, without sign.
    func difference(_ value: Decimal) -> String {
        switch self {
        case .metric(let unit): return unit.memoDifference(value)
        case .wanYuan, .persons: return text(abs(value))
        }
    }

    var isPercent: Bool {
        if case .metric(let unit) = self { return unit.isPercent }
        return false
    }

    /// `value` as `text` prints it, rounded half-up: a percentage to 0.01 %
    /// (0.310645 → 0.3106), people to whole persons, others to two decimals.
    ///
    /// Gaps, multiples and distances from the median in a sentence are
    /// computed from these displayed figures, as official documents do, so
    /// that a reader can check them against the figures printed beside them
    /// (31.06% − 30.91% = 0.15个百分点, not the 0.16 of the unrounded values).
    func displayed(_ value: Decimal) -> Decimal {
        switch self {
        // × 0.01 is / 100 (exact either way), without a Decimal division.
        case .metric(.percent): return (value * 100).rounded(scale: 2) * Self.hundredth
        case .persons: return value.rounded(scale: 0)
        case .metric, .wanYuan: return value.rounded(scale: 2)
        }
    }

    private static let hundredth = Decimal(sign: .plus, exponent: -2, significand: 1)
}

/// One department's input to a comparison: its value, or why it has none.
struct ComparisonEntry: Sendable {
    var department: String
    var value: Decimal?
    /// Why there is no value, in plain words ("未列明编制数").
    var exclusion: String?
    /// The reason is that the quantity does not apply to this kind of disclosure.
    var notApplicable = false
    /// The same quotient as the disclosure states it (metrics with a stated rate).
    var stated: Decimal?
}

/// Builds a `Comparison` from the departments' values: extremes by the
/// displayed value (two values that print the same are tied), the median and
/// mean over the departments with a value, ranks from highest (ties share a
/// rank), and, for ratio metrics, the group's pooled value.
enum ComparisonBuilder {
    /// - Parameters:
    ///   - additive: the values can be summed (amounts, head counts): `total` is given.
    ///   - pooled: the group's Σnumerator / Σdenominator (ratio metrics).
    static func build(metric: String, unit: ValueUnit, entries: [ComparisonEntry],
                      additive: Bool, pooled: Decimal? = nil) -> Comparison {
        let valued = entries.compactMap { entry in entry.value.map { (entry, $0) } }
        let values = valued.map(\.1)
        let count = values.count
        let notApplicable = count == 0 && !entries.isEmpty && entries.allSatisfy(\.notApplicable)
        let compared = count >= 2
        let several = count >= 3
        // Decimal comparisons are slow and a group may hold thousands of
        // departments: the values are sorted once, from highest (ties in
        // department order, the order of `ranking`), and the statistics are
        // given them already in order.
        let order = DescendingOrder.of(values)
        let descending = order.map { values[$0] }
        let ascending = Array(descending.reversed())
        var ranks = [Int](repeating: 0, count: count)
        for (position, rank) in Statistics.descendingRanks(descending).enumerated() { ranks[order[position]] = rank }
        let median = compared ? Statistics.median(sortedAscending: ascending) : nil
        let mean = compared ? Statistics.mean(values) : nil
        // Outliers are a property of ratios; among amounts a large
        // department is not an anomaly, so amounts are never flagged.
        // A zero interquartile range flags nothing (see InterquartileFences.outlier).
        let fences = additive ? nil : InterquartileFences(sortedAscending: ascending)
        // A value within the fences is no outlier: only the others are asked.
        let bounds = fences.map { (lower: $0.lower, upper: $0.upper) }
        func outlier(_ value: Decimal) -> OutlierSide? {
            guard let fences, let bounds, value < bounds.lower || value > bounds.upper else { return nil }
            return fences.outlier(value)
        }

        // Each value as printed: rounded once (a figure that is already
        // rounded prints as the value itself does), then written.
        let shown = values.map(unit.displayed)
        let texts = shown.map(unit.text)
        // Distances from the median are between the displayed figures.
        let shownMedian = several ? median.map(unit.displayed) : nil
        func deviation(_ value: Decimal) -> Decimal? {
            deviation(shown: unit.displayed(value))
        }
        func deviation(shown value: Decimal) -> Decimal? {
            shownMedian.map { value - $0 }
        }
        func versusMedian(_ deviation: Decimal?) -> String? {
            guard let deviation else { return nil }
            if deviation == 0 { return "与中位数持平" }
            return (deviation > 0 ? "高于" : "低于") + "中位数" + unit.difference(deviation)
        }
        let deviations = shown.map { deviation(shown: $0) }

        var standings: [Standing] = []
        standings.reserveCapacity(count)
        for (index, (entry, value)) in valued.enumerated() {
            standings.append(Standing(
                department: entry.department, value: texts[index],
                rank: compared ? String(ranks[index]) : nil,
                versusMedian: versusMedian(deviations[index]),
                stated: entry.stated.map { unit.text($0) },
                outlier: outlier(value).map { $0 == .high ? "明显偏高" : "明显偏低" }))
        }

        var highest: Extreme?
        var lowest: Extreme?
        var commonValue: String?
        var gap: String?
        var multiple: String?
        var extremesTied = false
        // (Equal to `values.max()` and `.min()`, without comparing again.)
        if compared, let maximum = descending.first, let minimum = descending.last {
            if texts.allSatisfy({ $0 == texts[0] }) {
                commonValue = texts[0]
            } else {
                func extreme(_ value: Decimal) -> Extreme {
                    let text = unit.text(value)
                    let names = valued.indices.filter { texts[$0] == text }.map { valued[$0].0.department }
                    return Extreme(names: nameList(names), value: text, tied: names.count > 1,
                                   count: String(names.count), versusMedian: versusMedian(deviation(value)))
                }
                highest = extreme(maximum)
                lowest = extreme(minimum)
                extremesTied = highest!.tied || lowest!.tied
                // Gap and multiple of the figures as printed (see `displayed`).
                let top = unit.displayed(maximum), bottom = unit.displayed(minimum)
                gap = unit.difference(top - bottom)
                // "是后者的8.79倍" reads naturally for large gaps between
                // amounts or per-person figures; between percentages the
                // difference in 个百分点 is the usual way to compare.
                if bottom > 0, top >= 2 * bottom, !unit.isPercent {
                    multiple = MetricFormat.fixed(top / bottom, decimals: 2) + "倍"
                }
            }
        }

        let ranking = compared
            ? order.map { "\(valued[$0].0.department)（\(texts[$0])）" }.joined(separator: "、")
            : nil
        var above: [String] = []
        var below: [String] = []
        for (index, (entry, _)) in valued.enumerated() {
            guard let deviation = deviations[index], deviation != 0 else { continue }
            if deviation > 0 { above.append(entry.department) } else { below.append(entry.department) }
        }

        let excluded = entries.compactMap { entry -> Exclusion? in
            guard entry.value == nil else { return nil }
            return Exclusion(department: entry.department, reason: entry.exclusion ?? "无数据")
        }
        let statedDiffers = standings.filter { standing in standing.stated.map { $0 != standing.value } ?? false }
        let outliers = standings.filter { $0.outlier != nil }
        // Named from the most extreme: the highest first among high
        // outliers, the lowest first among low ones.
        func outlierText(_ side: String) -> String? {
            let named = zip(standings, values).filter { $0.0.outlier == side }
                .sorted { side == "明显偏高" ? $0.1 > $1.1 : $0.1 < $1.1 }
                .map { "\($0.0.department)（\($0.0.value)）" }
            return named.isEmpty ? nil : named.joined(separator: "、")
        }

        return Comparison(
            metric: metric,
            notApplicable: notApplicable,
            none: !notApplicable && count == 0,
            single: count == 1,
            compared: compared,
            several: several,
            valueCount: String(count),
            only: count == 1 ? standings.first : nil,
            highest: highest,
            lowest: lowest,
            commonValue: commonValue,
            gap: gap,
            multiple: multiple,
            extremesTied: extremesTied,
            median: median.map(unit.text),
            mean: mean.map(unit.text),
            pooled: compared ? pooled.map(unit.text) : nil,
            total: additive && count > 0 ? unit.text(values.reduce(0, +)) : nil,
            ranking: ranking,
            aboveMedian: above.isEmpty ? nil : nameList(above),
            belowMedian: below.isEmpty ? nil : nameList(below),
            entries: standings,
            excluded: excluded,
            hasExcluded: !excluded.isEmpty,
            excludedText: excludedText(excluded),
            outliers: outliers,
            hasOutliers: !outliers.isEmpty,
            highOutliers: outlierText("明显偏高"),
            lowOutliers: outlierText("明显偏低"),
            statedDiffers: statedDiffers,
            hasStatedDiffers: !statedDiffers.isEmpty)
    }

    /// "甲、乙未列明编制数；丙在职为零": departments with the same reason
    /// together, reasons in order of first appearance; `nil` when none.
    static func excludedText(_ excluded: [Exclusion]) -> String? {
        guard !excluded.isEmpty else { return nil }
        var groups: [(reason: String, names: [String])] = []
        for exclusion in excluded {
            if let index = groups.firstIndex(where: { $0.reason == exclusion.reason }) {
                groups[index].names.append(exclusion.department)
            } else {
                groups.append((exclusion.reason, [exclusion.department]))
            }
        }
        return groups.map { nameList($0.names) + $0.reason }.joined(separator: "；")
    }

    /// Names in running text: up to three in full, more as
    /// "甲、乙、丙等12个部门" (the key-metrics table lists every department).
    static func nameList(_ names: [String]) -> String {
        guard names.count > 3 else { return names.joined(separator: "、") }
        return names.prefix(3).joined(separator: "、") + "等\(names.count)个部门"
    }

    /// A metric's reason for having no value, in plain words: "未列明编制数";
    /// a missing year-on-year statement as "未说明“三公”经费与上年的比较"
    /// rather than its two inputs (本年数, 增减额).
    static func plainWords(_ reason: NoValueReason, kind: DisclosureKind = .budget) -> String {
        switch reason {
        case .missingInput(let inputs):
            var terms: [String] = []
            var comparisons: [String] = []
            for input in inputs {
                let term = MemoContext.memoName(input.term, kind: kind)
                var subject: String?
                for suffix in ["本年数（同比说明）", "比上年增减额"] where term.hasSuffix(suffix) {
                    subject = String(term.dropLast(suffix.count))
                }
                if let subject {
                    if !comparisons.contains(subject) { comparisons.append(subject) }
                } else if !terms.contains(term) {
                    terms.append(term)
                }
            }
            var parts: [String] = []
            if !terms.isEmpty { parts.append("未列明" + terms.joined(separator: "、")) }
            if !comparisons.isEmpty { parts.append("未说明" + comparisons.joined(separator: "、") + "与上年的比较") }
            return parts.isEmpty ? "缺少计算所需数据" : parts.joined(separator: "，")
        case .zeroDenominator(let term):
            return "\(MemoContext.memoName(term, kind: kind))为零"
        case .notApplicable(let kind):
            return "不适用于\(kind.chineseName)"
        case .noDepartmentWithInputs:
            return "没有部门同时列明分子和分母"
        }
    }
}
