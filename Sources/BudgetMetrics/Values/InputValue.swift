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
    /// Model path of the figure (see `ModelField` for the fixed ones).
    public var field: String
    /// The Chinese term, e.g. 在职, 公用经费, 全年执行数（运行补助经费）.
    public var term: String
    /// Value and provenance as one `Amount`, whose provenance is stored out
    /// of line (a batch holds every department's operands until its workbook
    /// is written).
    private var figure: Amount

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
        self.field = field
        self.term = term
        figure = Amount(value, source: source)
    }

    /// An input with the value and provenance of `figure` (sharing its
    /// provenance rather than copying it).
    public init(field: String, term: String, figure: Amount) {
        self.field = field
        self.term = term
        self.figure = figure
    }
}

/// An input added to or subtracted from an operand.
public struct OperandTerm: Sendable, Hashable {
    /// `true` when the input is subtracted (e.g. 上年 = 本年 − 增减额).
    public var subtracted: Bool
    public var input: InputValue

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
public struct Operand: Sendable, Hashable {
    /// The operand's name in the metric's formula, e.g. "退休 + 离休", "在职".
    public var term: String
    /// The way the value was obtained, as model paths, e.g.
    /// "staff.retired + staff.separated" or, after a fallback, "staff.actual − staff.onDuty".
    public var route: String
    /// The inputs, in formula order. Never empty.
    public var terms: [OperandTerm]

    public init(term: String, route: String, terms: [OperandTerm]) {
        self.term = term
        self.route = route
        self.terms = terms
    }

    /// Σ of the signed inputs, exact.
    public var value: Decimal { terms.reduce(Decimal(0)) { $0 + $1.signedValue } }

    /// Every input of the operand (without signs).
    public var inputs: [InputValue] { terms.map(\.input) }
}
