/// The model path and Chinese term of a metric input, made once per field
/// and shared by every department's inputs of that field.
///
/// An `InputValue` holds one pointer to it instead of two `String`s inline
/// (8 bytes instead of 32): a batch holds every department's inputs, in
/// metrics and year-on-year figures, until its workbook is written.
public final class InputLabel: Sendable {
    /// Model path of the figure, e.g. "staff.onDuty".
    public let field: String
    /// The Chinese term, e.g. 在职.
    public let term: String

    public init(field: String, term: String) {
        self.field = field
        self.term = term
    }
}
