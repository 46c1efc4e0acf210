/// An sRGB colour, written as `#rrggbb`.
public struct Color: Sendable, Hashable, CustomStringConvertible {
    /// Red, green, blue components.
    public var red: UInt8, green: UInt8, blue: UInt8

    /// Creates a colour from components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#rrggbb` (or `rrggbb`); nil when malformed.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// `#000000`.
    public static let black = Color(red: 0, green: 0, blue: 0)
    /// `#ffffff`.
    public static let white = Color(red: 255, green: 255, blue: 255)

    /// `#rrggbb`, lower case.
    public var description: String {
        let hex = Array("0123456789abcdef")
        var s = "#"
        for c in [red, green, blue] { s.append(hex[Int(c >> 4)]); s.append(hex[Int(c & 15)]) }
        return s
    }
}
