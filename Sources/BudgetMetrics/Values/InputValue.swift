import BudgetModel
import Foundation

/// One figure a metric read from a department, with where it sits in the
/// model and where the disclosure states it.
///
/// `field` is a stable model path ("staff.onDuty", "basicExpenditure.publicFunds",
/// "finalAccount.performance[1].executed", "yearOnYear[sangong.total].change"):
/// the workbook maps it to the data cell that holds the same figure, so that a
/// ratio becomes a live formula over those cells.
public struct InputValue: Sendable, Hashable {
    /// Path and term, shared with every other input of the same field.
    public private(set) var label: InputLabel
    /// Value and provenance as one `Amount`, whose provenance is stored out
    /// of line (a batch holds every department's operands until its workbook
    /// is written).
    private var figure: Amount

    /// Model path of the figure (see `ModelField` for the fixed ones).
    public var field: String {
        get { label.field }
        set { label = InputLabel(field: newValue, term: label.term) }
    }

    /// The Chinese term, e.g. 在职, 公用经费, 全年执行数（运行补助经费）.
    public var term: String {
        get { label.term }
        set { label = InputLabel(field: label.field, term: newValue) }
    }

    /// The figure: 万元 for amounts, persons for counts, exact.
    public var value: Decimal {
        get { figure.value }
        set { figure.value = newValue }
    }

    /// Table and line of the disclosure, when the department file records them.
    public var source: Provenance? {
        get { figure.source }
        set { figure.source = newValue }
    }

    public init(field: String, term: String, value: Decimal, source: Provenance? = nil) {
        self.init(InputLabel(field: field, term: term), value: value, source: source)
    }

    /// An input with the value and provenance of `figure` (sharing its
    /// provenance rather than copying it).
    public init(field: String, term: String, figure: Amount) {
        self.init(InputLabel(field: field, term: term), figure: figure)
    }

    /// An input of a shared `label` (a catalogue field's), with the value and
    /// provenance of `figure`.
    public init(_ label: InputLabel, figure: Amount) {
        self.label = label
        self.figure = figure
    }

    /// An input of a shared `label` with `value` and `source`.
    public init(_ label: InputLabel, value: Decimal, source: Provenance? = nil) {
        self.init(label, figure: Amount(value, source: source))
    }

    public static func == (lhs: InputValue, rhs: InputValue) -> Bool {
        lhs.figure == rhs.figure && (lhs.label === rhs.label || (lhs.field == rhs.field && lhs.term == rhs.term))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(field)
        hasher.combine(term)
        hasher.combine(figure)
    }
}

/// An input added to or subtracted from an operand.
public struct OperandTerm: Sendable, Hashable {
    // `input` first: the flag then fits in the input's tail padding (40 bytes, not 48).
    public var input: InputValue
    /// `true` when the input is subtracted (e.g. 上年 = 本年 − 增减额).
    public var subtracted: Bool

    public init(_ input: InputValue, subtracted: Bool = false) {
        self.input = input
        self.subtracted = subtracted
    }

    /// The input's contribution to the operand: its value, negated when subtracted.
    public var signedValue: Decimal { subtracted ? -input.value : input.value }
}

/// The numerator or the denominator of a metric for one department: a signed
/// sum of inputs, so that the workbook can write it as a formula over the
/// input cells (`=(B2+C2)/D2`, `=E2/(F2-E2)`).
///
/// Stored compactly because a batch holds every department's operands until
/// its workbook is written: the term and route are one shared `OperandLabel`,
/// and the first input is held inline, so that the common one-input operand
/// needs no array of its own.
public struct Operand: Sendable, Hashable {
    private var label: OperandLabel
    private var first: OperandTerm
    /// The inputs after the first, empty (no buffer) for one input.
    private var rest: [OperandTerm]

    /// The operand's name in the metric's formula, e.g. "退休 + 离休", "在职".
    public var term: String {
        get { label.term }
        set { label = OperandLabel(term: newValue, route: label.route) }
    }

    /// The way the value was obtained, as model paths, e.g.
    /// "staff.retired + staff.separated" or, after a fallback, "staff.actual − staff.onDuty".
    public var route: String {
        get { label.route }
        set { label = OperandLabel(term: label.term, route: newValue) }
    }

    /// The inputs, in formula order. Never empty.
    public var terms: [OperandTerm] {
        get { rest.isEmpty ? [first] : [first] + rest }
        set {
            precondition(!newValue.isEmpty, "an operand has at least one input")
            first = newValue[0]
            rest = Array(newValue.dropFirst())
        }
    }

    public init(term: String, route: String, terms: [OperandTerm]) {
        self.init(OperandLabel(term: term, route: route), terms: terms)
    }

    /// An operand of a shared `label` (one per catalogue source).
    init(_ label: OperandLabel, terms: [OperandTerm]) {
        precondition(!terms.isEmpty, "an operand has at least one input")
        self.label = label
        first = terms[0]
        rest = terms.count == 1 ? [] : Array(terms.dropFirst())
    }

    /// Σ of the signed inputs, exact (summed from 0 in formula order, as ever).
    public var value: Decimal {
        rest.reduce(Decimal(0) + first.signedValue) { $0 + $1.signedValue }
    }

    /// Every input of the operand (without signs).
    public var inputs: [InputValue] { terms.map(\.input) }

    public static func == (lhs: Operand, rhs: Operand) -> Bool {
        lhs.term == rhs.term && lhs.route == rhs.route && lhs.first == rhs.first && lhs.rest == rhs.rest
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(term)
        hasher.combine(route)
        hasher.combine(first)
        hasher.combine(rest)
    }
}
