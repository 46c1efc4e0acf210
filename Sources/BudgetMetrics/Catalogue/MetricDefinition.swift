import BudgetModel
import Foundation

/// One metric of the catalogue: what it means, how it is computed from the
/// model, and how it is shown. Every metric is defined once, in
/// `MetricCatalogue.definitions`; docs/METRICS.md is generated from it.
public struct MetricDefinition: Sendable {
    public let id: MetricID
    /// 名称, e.g. 人均公用经费.
    public let name: String
    /// The formula in symbols over the terms of the disclosure, e.g. "公用经费 / 在职".
    public let formula: String
    /// The formula in words: what the number says.
    public let meaning: String
    public let unit: MetricUnit
    /// The kinds of disclosure the metric applies to.
    public let applicability: Applicability
    /// Numerator/denominator pairs, tried in order: the first whose two
    /// operands are both stated is used, so that a numerator and its
    /// denominator always come from the same place (e.g. the same budget comparison).
    public let routes: [MetricRoute]
    /// Decisions worth knowing when reading the value.
    public let notes: [String]

    /// The numerator's term in the formula (of the first route).
    public var numeratorTerm: String { routes[0].numerator.term }
    /// The denominator's term in the formula (of the first route).
    public var denominatorTerm: String { routes[0].denominator.term }
}

/// A numerator and a denominator read together, with the rate the
/// disclosure states for the same quotient (if any), for comparison.
public struct MetricRoute: Sendable {
    public let numerator: OperandSpec
    public let denominator: OperandSpec
    /// The stated rate of the same quotient, e.g. 预决算差异率 "-9.77%".
    public let stated: StatedRate?
    /// Why this route (documented).
    public let note: String?

    init(_ numerator: OperandSpec, _ denominator: OperandSpec, stated: StatedRate? = nil, note: String? = nil) {
        self.numerator = numerator
        self.denominator = denominator
        self.stated = stated
        self.note = note
    }
}

/// A rate the disclosure states, kept beside the computed metric.
public struct StatedRate: Sendable {
    /// Model path, e.g. "finalAccount.budgetComparisons[fiscal].statedVarianceRate".
    public let path: String
    let read: @Sendable (Department) -> InputValue?
}

/// The kinds of disclosure a metric applies to.
public enum Applicability: String, Sendable, Hashable, CaseIterable {
    /// 预算 and 决算.
    case both
    /// 决算 only (budget execution, which a budget cannot report).
    case finalOnly

    public func applies(to kind: DisclosureKind) -> Bool {
        switch self {
        case .both: return true
        case .finalOnly: return kind == .final
        }
    }

    /// 适用: "预算、决算" or "决算".
    public var chineseName: String { self == .both ? "预算、决算" : "决算" }
}
