import Foundation

/// A value that a disclosure states and a department file spells as text:
/// an amount in 万元 (`Decimal`) or a count of people or things (`Int`).
///
/// Parsing is strict on purpose: "3,994.84" is an amount, "3.994,84" is not
/// (a European grouping would silently turn 3 994.84 into 3.99484), and
/// "abc" is an error rather than a zero.
public protocol FigureValue: Sendable, Hashable, Codable {
    /// Parses the text of a figure; `nil` when the text is not a valid figure.
    static func parseFigure(_ text: String) -> Self?
    /// What a valid figure looks like, for error messages.
    static var expectation: String { get }
    /// The canonical text of the value (no grouping, `.` as decimal separator).
    var figureText: String { get }
}

extension Decimal: FigureValue {
    public static func parseFigure(_ text: String) -> Decimal? { DecimalText.parse(text) }
    public static var expectation: String {
        "an amount in 万元 such as 3994.84 or \"3,994.84\" (comma only as a thousands separator, '.' as decimal point)"
    }
    public var figureText: String { DecimalText.canonical(self) }
}

extension Int: FigureValue {
    public static func parseFigure(_ text: String) -> Int? {
        guard let decimal = DecimalText.parse(text), decimal == decimal.rounded(scale: 0) else { return nil }
        return Int(exactly: NSDecimalNumber(decimal: decimal).int64Value).flatMap {
            Decimal($0) == decimal ? $0 : nil
        }
    }
    public static var expectation: String { "a whole number such as 44" }
    public var figureText: String { String(self) }
}

extension Decimal {
    /// Rounds half away from zero (四舍五入) to `scale` decimal places.
    public func rounded(scale: Int) -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }
}
