/// One border line, e.g. `0.5pt solid #000000`.
public struct Border: Sendable, Hashable, CustomStringConvertible {
    /// The line style.
    public enum Style: String, Sendable, Hashable { case solid, double, dashed, dotted }

    /// Line width, e.g. 0.5 pt.
    public var width: Length
    /// Solid, double, dashed or dotted.
    public var style: Style
    /// Line colour.
    public var color: Color

    /// Creates a border line; the default is a thin black solid line.
    public init(width: Length = .pt(0.5), style: Style = .solid, color: Color = .black) {
        self.width = width
        self.style = style
        self.color = color
    }

    /// A thin (0.5 pt) black solid line.
    public static let thin = Border()

    public var description: String { "\(width) \(style.rawValue) \(color)" }
}

/// The four borders of a cell; nil sides have none.
public struct Borders: Sendable, Hashable {
    /// The line on each side; nil for none.
    public var top: Border?, bottom: Border?, left: Border?, right: Border?

    /// Creates borders side by side.
    public init(top: Border? = nil, bottom: Border? = nil, left: Border? = nil, right: Border? = nil) {
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }

    /// The same line on all four sides.
    public static func all(_ border: Border) -> Borders { Borders(top: border, bottom: border, left: border, right: border) }

    /// `fo:border*` attributes: one `fo:border` when all sides agree.
    var attributes: [(String, String)] {
        if let top, top == bottom, top == left, top == right { return [("fo:border", top.description)] }
        var result: [(String, String)] = []
        if let top { result.append(("fo:border-top", top.description)) }
        if let bottom { result.append(("fo:border-bottom", bottom.description)) }
        if let left { result.append(("fo:border-left", left.description)) }
        if let right { result.append(("fo:border-right", right.description)) }
        return result
    }
}

/// Horizontal text alignment (`fo:text-align`).
public enum HorizontalAlignment: String, Sendable, Hashable { case start, center, end, justify }

/// Vertical alignment in a cell (`style:vertical-align`).
public enum VerticalAlignment: String, Sendable, Hashable { case top, middle, bottom }
