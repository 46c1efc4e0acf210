import BudgetModel
import Foundation

/// A metric's value, or why there is none.
public enum MetricOutcome: Sendable, Hashable {
    /// The quotient at full `Decimal` precision (shares as 0.0523, not 5.23).
    case value(Decimal)
    case noValue(NoValueReason)

    /// The value, `nil` when there is none.
    public var value: Decimal? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// Why there is no value, `nil` when there is one.
    public var reason: NoValueReason? {
        if case .noValue(let reason) = self { return reason }
        return nil
    }
}

/// One metric of one department: the outcome and, whenever they are
/// stated, the numerator and denominator with every input they were read
/// from — the workbook writes `=numerator/denominator` over those inputs and
/// caches `value`.
public struct MetricValue: Sendable, Hashable {
    /// The value at full precision, or why there is none.
    public let outcome: MetricOutcome
    /// After `outcome`, in its tail padding (a batch holds 18 values per department).
    public let metric: MetricID
    /// Present when the numerator is stated (also with a zero denominator).
    public let numerator: Operand?
    /// Present when the denominator is stated (also when it is zero).
    public let denominator: Operand?
    /// The stated rate out of line: only exec.variance and sangong.yoy have
    /// one, and a batch holds every department's 18 values.
    private let statedBox: StatedInput?

    /// The rate the disclosure itself states for this quotient, in percent as
    /// stated (-9.77 means −9.77 %); for exec.variance and sangong.yoy.
    public var stated: InputValue? { statedBox?.input }

    public var value: Decimal? { outcome.value }
    public var reason: NoValueReason? { outcome.reason }
    public var definition: MetricDefinition { metric.definition }

    /// The stated rate as a quotient (-9.77 % → -0.0977), comparable with `value`.
    public var statedRatio: Decimal? { stated.map { $0.value / 100 } }

    /// `true` when both operands are stated, so the department contributes
    /// to the group's pooled value (Σnumerator / Σdenominator).
    public var hasOperands: Bool { numerator != nil && denominator != nil }

    public static func == (lhs: MetricValue, rhs: MetricValue) -> Bool {
        lhs.metric == rhs.metric && lhs.outcome == rhs.outcome && lhs.numerator == rhs.numerator
            && lhs.denominator == rhs.denominator && lhs.stated == rhs.stated
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(metric)
        hasher.combine(outcome)
        hasher.combine(numerator)
        hasher.combine(denominator)
        hasher.combine(stated)
    }

    /// Computes `definition` for `department`.
    public init(_ definition: MetricDefinition, for department: Department) {
        metric = definition.id
        let kind = department.identity.kind
        guard definition.applicability.applies(to: kind) else {
            outcome = .noValue(.notApplicable(kind: kind))
            numerator = nil
            denominator = nil
            statedBox = nil
            return
        }
        var firstAttempt: (numerator: Operand?, denominator: Operand?, missing: [MissingInput], stated: InputValue?)?
        for route in definition.routes {
            let top = route.numerator.resolve(department)
            let bottom = route.denominator.resolve(department)
            let statedRate = route.stated?.read(department)
            if case .success(let numerator) = top, case .success(let denominator) = bottom {
                self.numerator = numerator
                self.denominator = denominator
                statedBox = statedRate.map(StatedInput.init)
                if denominator.value == 0 {
                    outcome = .noValue(.zeroDenominator(term: denominator.term))
                } else {
                    outcome = .value(numerator.value / denominator.value)
                }
                return
            }
            if firstAttempt == nil {
                var missing: [MissingInput] = []
                if case .failure(let lacking) = top { missing += lacking.inputs }
                if case .failure(let lacking) = bottom {
                    missing += lacking.inputs.filter { !missing.contains($0) }
                }
                firstAttempt = (try? top.get(), try? bottom.get(), missing, statedRate)
            }
        }
        // No route has both operands: report what the first route lacks, and
        // keep whichever of its operands is stated (for the workbook's data sheets).
        numerator = firstAttempt?.numerator
        denominator = firstAttempt?.denominator
        statedBox = firstAttempt?.stated.map(StatedInput.init)
        outcome = .noValue(.missingInput(firstAttempt?.missing ?? []))
    }
}
