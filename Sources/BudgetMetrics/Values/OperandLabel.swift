/// An operand's term and route, made once per way of reading it
/// (`OperandSpec`) and shared by every department's operand read that way:
/// one pointer in each `Operand` instead of two `String`s.
public final class OperandLabel: Sendable {
    /// The operand's name in the metric's formula, e.g. "退休 + 离休".
    public let term: String
    /// The way as model paths, e.g. "staff.actual − staff.onDuty".
    public let route: String

    public init(term: String, route: String) {
        self.term = term
        self.route = route
    }
}
