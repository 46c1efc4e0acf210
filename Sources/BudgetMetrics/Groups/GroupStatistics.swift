import Foundation

/// One metric across the departments of a group.
///
/// - `pooled`: Σnumerator / Σdenominator over the departments whose
///   numerator and denominator are both stated (including one whose
///   denominator is zero: its figures are real and belong in the sums) — the
///   group taken as one unit; in a spreadsheet `=SUM(num)/SUM(den)`.
/// - `mean`, `median`: over the departments with a value (AVERAGE, MEDIAN).
/// - per department (`standings`, in the group's member order): rank
///   (1 = highest value, ties share the rank: RANK(x; range; 0)), deviation
///   from the median (value − median) and, when at least 8 departments have a
///   value, the interquartile outlier flag (`fences`, QUARTILE(range; 1|3)).
///
/// Rank 1 is the highest value for every metric; whether high is good
/// depends on the metric (a high 项目执行率 is, a high 人均三公经费 is not).
public struct GroupStatistics: Sendable {
    public let metric: MetricID
    /// Σnumerator / Σdenominator of the members stating both.
    public let pooled: PooledValue
    /// Number of departments with a value.
    public let count: Int
    /// AVERAGE of the members' values; `nil` without values.
    public let mean: Decimal?
    /// MEDIAN of the members' values; `nil` without values.
    public let median: Decimal?
    /// Quartiles and fences, `nil` below `InterquartileFences.minimumCount` values.
    public let fences: InterquartileFences?
    /// One per member department, in the group's order.
    public let standings: [Standing]

    /// Computes the statistics from each member's value of `metric` (member order).
    public init(_ metric: MetricID, values members: [MetricValue]) {
        self.metric = metric
        pooled = PooledValue(members)
        let values = members.compactMap(\.value)
        count = values.count
        mean = Statistics.mean(values)
        // One ascending sort for the median and both quartiles.
        let ascending = values.sorted()
        median = Statistics.median(sortedAscending: ascending)
        fences = InterquartileFences(sortedAscending: ascending)
        let ranks = Statistics.descendingRanks(values)
        var next = 0
        var standings: [Standing] = []
        // Exactly one per member: a batch holds every group's standings.
        standings.reserveCapacity(members.count)
        for member in members {
            guard let value = member.value else {
                standings.append(Standing(member.outcome, rank: nil, deviationFromMedian: nil, outlier: nil))
                continue
            }
            standings.append(Standing(
                member.outcome, rank: ranks[next],
                deviationFromMedian: median.map { value - $0 },
                outlier: fences?.outlier(value)))
            next += 1
        }
        self.standings = standings
    }

    /// Members that have no value for this metric and so are left out of the
    /// comparison, with the reason: (index into the group's departments, reason).
    public var excluded: [(index: Int, reason: NoValueReason)] {
        standings.enumerated().compactMap { index, standing in standing.reason.map { (index, $0) } }
    }
}

/// A department's place in its group for one metric.
///
/// Stored compactly (56 bytes instead of 88): the value and the reason as
/// the member's `MetricOutcome`, the rank as 32 bits. A batch holds every
/// group's standings, one per member and metric, until its outputs are written.
public struct Standing: Sendable, Hashable {
    /// The member's value, or why it has none.
    private let outcome: MetricOutcome
    /// The rank, 0 without a value.
    private let storedRank: Int32
    /// value − group median. `nil` without a value.
    public let deviationFromMedian: Decimal?
    /// Set only when the group has fences (≥ 8 values) and the value lies outside.
    public let outlier: OutlierSide?

    init(_ outcome: MetricOutcome, rank: Int?, deviationFromMedian: Decimal?, outlier: OutlierSide?) {
        self.outcome = outcome
        storedRank = rank.map { Int32($0) } ?? 0
        self.deviationFromMedian = deviationFromMedian
        self.outlier = outlier
    }

    public var value: Decimal? { outcome.value }
    /// Why the department is left out of the comparison (no value).
    public var reason: NoValueReason? { outcome.reason }
    /// 1 = highest value; ties share the rank. `nil` without a value.
    public var rank: Int? { storedRank == 0 ? nil : Int(storedRank) }
}

/// Σnumerator / Σdenominator over the departments that state both.
public struct PooledValue: Sendable, Hashable {
    /// Σ of the numerators (0 when no department contributes).
    public let numerator: Decimal
    /// Σ of the denominators (0 when no department contributes).
    public let denominator: Decimal
    /// Number of departments in the sums.
    public let contributors: Int
    public let outcome: MetricOutcome

    public var value: Decimal? { outcome.value }

    init(_ members: [MetricValue]) {
        var numerator = Decimal(0)
        var denominator = Decimal(0)
        var contributors = 0
        var denominatorTerm: String?
        for member in members {
            guard let top = member.numerator, let bottom = member.denominator else { continue }
            numerator += top.value
            denominator += bottom.value
            contributors += 1
            denominatorTerm = denominatorTerm ?? bottom.term
        }
        self.numerator = numerator
        self.denominator = denominator
        self.contributors = contributors
        if contributors == 0 {
            outcome = .noValue(.noDepartmentWithInputs)
        } else if denominator == 0 {
            outcome = .noValue(.zeroDenominator(term: "Σ" + (denominatorTerm ?? "")))
        } else {
            outcome = .value(numerator / denominator)
        }
    }
}
