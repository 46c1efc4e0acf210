import BudgetModel
import Foundation

/// How far two figures may differ, and how a difference is graded.
///
/// Amounts: equal figures give no finding; a difference of at most 0.01 万元
/// is rounding (尾差: the parts and the total were rounded separately to the
/// 0.01 万元 the disclosures print); more is an inconsistency.
///
/// Percentages: a stated percentage is rounded to its last stated decimal, so
/// it agrees with the recomputed one when they differ by at most half a unit
/// of that decimal (0.005 percentage points for "0.32%"). Beyond that, the
/// difference is still rounding when the amounts the percentage is computed
/// from, each known only to ±0.005 万元, can explain it (a change of 176.72 on
/// a prior year of 25.33 万元 moves by ±0.3 percentage points within that
/// rounding); otherwise it is an inconsistency.
public enum Tolerance {
    /// The largest difference between amounts graded as rounding: 0.01 万元.
    public static let amountRounding = Decimal(string: "0.01")!
    /// Half a unit of the 0.01 万元 the disclosures print amounts in.
    public static let amountHalfUnit = Decimal(string: "0.005")!
    /// Decimals a stated percentage is assumed to have at least. `Decimal`
    /// does not keep trailing zeros ("100.00" reads as 100), and the
    /// disclosures print percentages with two decimals, so 100 is read as
    /// "100.00" and 0.325 keeps its three.
    public static let minimumPercentDecimals = 2

    /// The grade of a difference between two amounts; `nil` when they are equal.
    public static func amountSeverity(expected: Decimal, actual: Decimal) -> Finding.Severity? {
        let difference = (actual - expected).magnitude
        if difference == 0 { return nil }
        return difference <= amountRounding ? .rounding : .inconsistency
    }

    /// Half a unit of the last stated decimal of `stated` (at least two decimals): 0.005 for 0.32.
    public static func percentHalfUnit(stated: Decimal) -> Decimal {
        let decimals = max(minimumPercentDecimals, stated.exponent < 0 ? -stated.exponent : 0)
        return Decimal(sign: .plus, exponent: -(decimals + 1), significand: 5)
    }

    /// The grade of a stated percentage against the recomputed one; `nil` when
    /// they agree within half a unit of the last stated decimal.
    /// - Parameter explainable: the range the percentage can take when its
    ///   amounts vary within their rounding (`nil`: unbounded).
    public static func percentSeverity(stated: Decimal, recomputed: Decimal,
                                       explainable: @autoclosure () -> ClosedRange<Decimal>?) -> Finding.Severity? {
        let halfUnit = percentHalfUnit(stated: stated)
        if (stated - recomputed).magnitude <= halfUnit { return nil }
        guard let explainable = explainable() else { return .rounding }
        let low = explainable.lowerBound - halfUnit
        let high = explainable.upperBound + halfUnit
        return stated >= low && stated <= high ? .rounding : .inconsistency
    }
}

/// A percentage recomputed from two amounts: 100 × numerator / denominator,
/// where both are linear in two stated amounts `a` and `b`.
struct RecomputedPercent {
    /// The percentage from the amounts as stated, full precision.
    var value: Decimal
    private let a: Decimal, b: Decimal
    private let denominatorSign: Bool
    private let ratio: (Decimal, Decimal) -> (numerator: Decimal, denominator: Decimal)

    /// - Parameters:
    ///   - a, b: the stated amounts.
    ///   - ratio: numerator and denominator from (a, b); `nil` parts mean "cannot compute".
    /// - Returns: `nil` when the denominator of the stated amounts is zero.
    init?(a: Decimal, b: Decimal, ratio: @escaping (Decimal, Decimal) -> (numerator: Decimal, denominator: Decimal)) {
        let centre = ratio(a, b)
        guard centre.denominator != 0 else { return nil }
        value = centre.numerator / centre.denominator * 100
        self.a = a
        self.b = b
        denominatorSign = centre.denominator < 0
        self.ratio = ratio
    }

    /// The range it can take when `a` and `b` each move by ±0.005 万元;
    /// `nil` when the denominator can reach zero (any percentage is possible).
    /// Computed when asked: only a stated percentage that differs from
    /// `value` needs it, and its four divisions were most of the check's time.
    var explainable: ClosedRange<Decimal>? {
        let e = Tolerance.amountHalfUnit
        var values: [Decimal] = []
        // A ratio of functions linear in a and in b is monotonic in each while
        // the denominator keeps its sign: its extremes lie at the corners.
        for da in [-e, e] {
            for db in [-e, e] {
                let corner = ratio(a + da, b + db)
                if corner.denominator == 0 || (corner.denominator < 0) != denominatorSign { return nil }
                values.append(corner.numerator / corner.denominator * 100)
            }
        }
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }
}
