/// A length as ODF writes it: a number and a unit, e.g. `2.4cm`, `28.95pt`.
public struct Length: Sendable, Hashable, CustomStringConvertible {
    /// The unit suffix.
    public enum Unit: String, Sendable, Hashable { case mm, cm, pt, inch = "in" }

    /// The magnitude in `unit`.
    public var value: Double
    /// The unit.
    public var unit: Unit

    /// Creates a length.
    public init(_ value: Double, _ unit: Unit) {
        self.value = value
        self.unit = unit
    }

    /// Millimetres.
    public static func mm(_ value: Double) -> Length { Length(value, .mm) }
    /// Centimetres.
    public static func cm(_ value: Double) -> Length { Length(value, .cm) }
    /// Points (1/72 inch).
    public static func pt(_ value: Double) -> Length { Length(value, .pt) }

    /// The width of `count` CJK characters at `fontSize` points (a full-width character is
    /// one em), e.g. the 2-character first-line indent of Chinese body text.
    public static func characters(_ count: Double, fontSize: Double) -> Length { .pt(count * fontSize) }

    /// The value in points, for sums (table widths) across units.
    public var points: Double {
        switch unit {
        case .pt: value
        case .mm: value * 72 / 25.4
        case .cm: value * 72 / 2.54
        case .inch: value * 72
        }
    }

    /// ODF's form: no exponent, no trailing `.0` (`6cm`, `2.4cm`).
    public var description: String { formatPlain(value) + unit.rawValue }
}

/// Formats a finite double without exponent and without a needless `.0`.
func formatPlain(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    let text = value.description
    if !text.contains("e") { return text }
    // Rare (tiny values): fall back to fixed digits, trailing zeros removed.
    var digits = String(Int64((abs(value) * 1e9).rounded()))
    while digits.count < 10 { digits = "0" + digits }
    var fixed = String(digits.dropLast(9)) + "." + String(digits.suffix(9))
    while fixed.hasSuffix("0") { fixed.removeLast() }
    if fixed.hasSuffix(".") { fixed.removeLast() }
    return (value < 0 ? "-" : "") + fixed
}
