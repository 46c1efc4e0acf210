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

    /// Whether `difference` shows as zero in this unit.
    func differenceIsZero(_ difference: Decimal) -> Bool {
        switch self {
        case .metric(.percent): return ChineseNumber.roundsToZero(difference * 100)
        case .persons: return ChineseNumber.roundsToZero(difference, decimals: 0)
        case .metric, .wanYuan: return ChineseNumber.roundsToZero(difference)
        }
    }
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
        let median = compared ? Statistics.median(values) : nil
        let mean = compared ? Statistics.mean(values) : nil
        let ranks = Statistics.descendingRanks(values)
        // Outliers are a property of ratios; among amounts a large
        // department is not an anomaly, so amounts are never flagged.
        let fences = additive ? nil : InterquartileFences(values)

        func versusMedian(_ value: Decimal) -> String? {
            guard several, let median else { return nil }
            let deviation = value - median
            if unit.differenceIsZero(deviation) { return "与中位数持平" }
            return (deviation > 0 ? "高于" : "低于") + "中位数" + unit.difference(deviation)
        }

        var standings: [Standing] = []
        for (index, (entry, value)) in valued.enumerated() {
            let outlier = fences?.outlier(value).map { $0 == .high ? "明显偏高" : "明显偏低" }
            standings.append(Standing(
                department: entry.department, value: unit.text(value),
                rank: compared ? String(ranks[index]) : nil,
                versusMedian: versusMedian(value),
                stated: entry.stated.map { unit.text($0) },
                outlier: outlier))
        }

        var highest: Extreme?
        var lowest: Extreme?
        var commonValue: String?
        var gap: String?
        var multiple: String?
        if compared, let maximum = values.max(), let minimum = values.min() {
            let displays = values.map(unit.text)
            if Set(displays).count == 1 {
                commonValue = displays[0]
            } else {
                func extreme(_ value: Decimal) -> Extreme {
                    let shown = unit.text(value)
                    let names = valued.filter { unit.text($0.1) == shown }.map(\.0.department)
                    return Extreme(names: nameList(names), value: shown, tied: names.count > 1,
                                   count: String(names.count), versusMedian: versusMedian(value))
                }
                highest = extreme(maximum)
                lowest = extreme(minimum)
                gap = unit.difference(maximum - minimum)
                // "是后者的8.79倍" reads naturally for large gaps between
                // amounts or per-person figures; between percentages the
                // difference in 个百分点 is the usual way to compare.
                if minimum > 0, maximum >= 2 * minimum, !unit.isPercent {
                    multiple = MetricFormat.fixed(maximum / minimum, decimals: 2) + "倍"
                }
            }
        }

        let order = valued.indices.sorted { ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : $0 < $1 }
        let ranking = compared
            ? order.map { "\(valued[$0].0.department)（\(unit.text(valued[$0].1))）" }.joined(separator: "、")
            : nil
        var above: [String] = []
        var below: [String] = []
        if several, let median {
            for (entry, value) in valued where !unit.differenceIsZero(value - median) {
                if value > median { above.append(entry.department) } else { below.append(entry.department) }
            }
        }

        let excluded = entries.compactMap { entry -> Exclusion? in
            guard entry.value == nil else { return nil }
            return Exclusion(department: entry.department, reason: entry.exclusion ?? "无数据")
        }
        let statedDiffers = standings.filter { standing in standing.stated.map { $0 != standing.value } ?? false }
        let outliers = standings.filter { $0.outlier != nil }
        func outlierText(_ side: String) -> String? {
            let named = standings.filter { $0.outlier == side }.map { "\($0.department)（\($0.value)）" }
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

    /// A metric's reason for having no value, in plain words.
    static func plainWords(_ reason: NoValueReason) -> String {
        switch reason {
        case .missingInput(let inputs):
            var terms: [String] = []
            for input in inputs where !terms.contains(input.term) { terms.append(input.term) }
            return terms.isEmpty ? "缺少计算所需数据" : "未列明" + terms.joined(separator: "、")
        case .zeroDenominator(let term):
            return "\(term)为零"
        case .notApplicable(let kind):
            return "不适用于\(kind.chineseName)"
        case .noDepartmentWithInputs:
            return "没有部门同时列明分子和分母"
        }
    }
}
