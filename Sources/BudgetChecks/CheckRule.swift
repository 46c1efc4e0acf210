import BudgetModel
import Foundation

/// One self-consistency rule: a small type that looks at one department and
/// returns what disagrees. Rules never throw and never guess: a rule applies
/// only where its inputs are present (a partial file is allowed), so a
/// missing figure is never a finding.
///
/// ```swift
/// struct RevenueEqualsExpenditure: CheckRule {
///     static let id = "totals.revenue-equals-expenditure"
///     static let description = "收入总计应等于支出总计"
///     func findings(in department: Department, file: String) -> [Finding] { … }
/// }
/// ```
public protocol CheckRule: Sendable {
    /// Stable id used in reports and JSON, e.g. `revenue.sources-sum-to-current-year`.
    static var id: String { get }
    /// What must hold, in Chinese, e.g. 收入总计应等于支出总计.
    static var description: String { get }
    /// The findings of this rule for `department`, read from `file`, in document order.
    func findings(in department: Department, file: String) -> [Finding]
}

extension CheckRule {
    /// The rule's id (same as `Self.id`).
    public var id: String { Self.id }
    /// The rule's Chinese description (same as `Self.description`).
    public var description: String { Self.description }
}

/// An amount taking part in a check, with the source lines it came from.
struct Term {
    var value: Decimal
    var lines: [Int]

    init(_ value: Decimal, lines: [Int] = []) {
        self.value = value
        self.lines = lines
    }

    /// The figure's value and line (or `fallback`, the line of its row); `nil` when absent.
    init?(_ figure: Figure<Decimal>?, line fallback: Int? = nil) {
        guard let figure else { return nil }
        self.init(figure.value, lines: [figure.source?.line ?? fallback].compactMap { $0 })
    }

    /// The sum of the stated parts; `nil` when no part is stated.
    ///
    /// A part left blank counts as nothing: in these tables a blank cell is
    /// how the disclosure says "none" (Table 1 lists every source of revenue
    /// and leaves the unused ones empty). The total a sum is compared with is
    /// never assumed: a check needs it stated.
    static func sum(_ parts: [Term?]) -> Term? {
        let stated = parts.compactMap { $0 }
        guard !stated.isEmpty else { return nil }
        return Term(stated.reduce(Decimal(0)) { $0 + $1.value }, lines: stated.flatMap(\.lines))
    }
}

/// Collects one rule's findings for one department.
struct FindingCollector<Rule: CheckRule> {
    /// 部门全称, for the findings. Only the name is kept: a `Department` is
    /// about 4 KB inline, and every rule of every department makes a collector.
    let departmentName: String
    let file: String
    private(set) var findings: [Finding] = []

    init(_ rule: Rule.Type, department: Department, file: String) {
        departmentName = department.identity.name
        self.file = file
    }

    /// Compares two amounts in 万元; nothing when either is absent or they are equal.
    /// - Parameters:
    ///   - expected: what the checked figure should be (the sum of the parts, the reference table's figure).
    ///   - actual: the figure the disclosure states.
    mutating func compare(expected: Term?, actual: Term?, detail: @autoclosure () -> String) {
        guard let expected, let actual,
              let severity = Tolerance.amountSeverity(expected: expected.value, actual: actual.value) else { return }
        findings.append(Finding(
            file: file, department: departmentName, rule: Rule.id, description: Rule.description,
            severity: severity, expected: expected.value, actual: actual.value, unit: .wanYuan,
            tolerance: 0, detail: detail(), lines: expected.lines + actual.lines))
    }

    /// Compares a stated percentage with the one recomputed from its amounts;
    /// nothing when either is absent or they agree within half a unit of the
    /// last stated decimal.
    mutating func comparePercent(stated: Percent?, recomputed: RecomputedPercent?, lines: [Int?],
                                 detail: @autoclosure () -> String) {
        guard let stated, let recomputed,
              let severity = Tolerance.percentSeverity(stated: stated.value, recomputed: recomputed.value,
                                                       explainable: recomputed.explainable) else { return }
        findings.append(Finding(
            file: file, department: departmentName, rule: Rule.id, description: Rule.description,
            severity: severity, expected: recomputed.value, actual: stated.value, unit: .percentagePoint,
            tolerance: Tolerance.percentHalfUnit(stated: stated.value), detail: detail(),
            lines: ([stated.source?.line] + lines).compactMap { $0 }))
    }
}
