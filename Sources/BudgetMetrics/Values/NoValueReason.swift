import BudgetModel

/// A figure a metric needed and the department file does not state.
public struct MissingInput: Sendable, Hashable {
    /// Model path, e.g. "staff.authorized".
    public var field: String
    /// Chinese term, e.g. 编制数.
    public var term: String

    public init(field: String, term: String) {
        self.field = field
        self.term = term
    }
}

/// Why a metric has no value. A metric without a value is shown as "—";
/// it is never 0 and never NaN.
public enum NoValueReason: Sendable, Hashable, CustomStringConvertible {
    /// One or more inputs are not stated (named in formula order).
    case missingInput([MissingInput])
    /// The denominator is stated and equals zero; `term` names it.
    case zeroDenominator(term: String)
    /// The metric does not apply to this kind of disclosure (e.g. project
    /// execution, which only a 决算 reports).
    case notApplicable(kind: DisclosureKind)
    /// Group statistics only: no department of the group has both operands.
    case noDepartmentWithInputs

    /// A stable machine-readable code: `missing-input`, `zero-denominator`,
    /// `not-applicable`, `no-department-with-inputs`.
    public var code: String {
        switch self {
        case .missingInput: return "missing-input"
        case .zeroDenominator: return "zero-denominator"
        case .notApplicable: return "not-applicable"
        case .noDepartmentWithInputs: return "no-department-with-inputs"
        }
    }

    /// The reason in Chinese, naming the missing fields, e.g.
    /// "缺少输入：编制数 (staff.authorized)", "分母为零：编制数 = 0",
    /// "不适用：预算公开不含此指标（仅适用于决算）".
    public var description: String {
        switch self {
        case .missingInput(let inputs):
            return "缺少输入：" + inputs.map { "\($0.term) (\($0.field))" }.joined(separator: "、")
        case .zeroDenominator(let term):
            return "分母为零：\(term) = 0"
        case .notApplicable(let kind):
            let other: DisclosureKind = kind == .budget ? .final : .budget
            return "不适用：\(kind.chineseName)公开不含此指标（仅适用于\(other.chineseName)）"
        case .noDepartmentWithInputs:
            return "组内没有同时具备分子和分母的部门"
        }
    }
}
