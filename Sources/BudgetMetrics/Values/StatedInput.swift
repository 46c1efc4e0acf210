/// A metric's stated rate (`MetricValue.stated`) held out of line: two of
/// the 18 metrics have one, so each value keeps a pointer rather than an
/// `InputValue?` inline.
final class StatedInput: Sendable {
    let input: InputValue

    init(_ input: InputValue) {
        self.input = input
    }
}
