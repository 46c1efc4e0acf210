import Foundation

/// An exact or binary number as a cell stores it (`office:value`, an xsd:double).
///
/// Money stays exact: a `Decimal` or a scaled integer (`units × 10^-scale`, e.g. cents)
/// is written digit for digit, with `.` as separator and no grouping, whatever the
/// locale. A `Double` is written in its shortest round-trip form.
public struct NumericValue: Sendable, Hashable {
    enum Storage: Sendable, Hashable {
        case scaled(Int64, scale: Int)
        case decimal(Decimal)
        case double(Double)
    }

    let storage: Storage

    /// An exact decimal.
    public init(_ value: Decimal) { storage = .decimal(value) }
    /// An integer.
    public init(_ value: Int) { storage = .scaled(Int64(value), scale: 0) }
    /// A binary floating-point value (ratios, computed results).
    public init(_ value: Double) { storage = .double(value) }
    /// `units × 10^-scale` exactly, e.g. `NumericValue(units: 508650, scale: 2)` is 5086.50.
    public init(units: Int64, scale: Int) {
        precondition((0...18).contains(scale), "scale must be 0...18")
        storage = .scaled(units, scale: scale)
    }

    /// The value as a `Double` (for comparisons and cached results).
    public var doubleValue: Double {
        switch storage {
        case let .scaled(units, scale): Double(units) / pow(10, Double(scale))
        case let .decimal(value): NSDecimalNumber(decimal: value).doubleValue
        case let .double(value): value
        }
    }

    /// Whether the value can be written (xsd:double has no Decimal NaN; we refuse NaN and ±∞).
    var isFinite: Bool {
        switch storage {
        case .scaled: true
        case let .decimal(value): !value.isNaN
        case let .double(value): value.isFinite
        }
    }

    /// The xsd:double lexical form ("1234.5", "-0.0123").
    public var lexicalForm: String {
        var buffer = [UInt8](repeating: 0, count: 48)
        let count = buffer.withUnsafeMutableBufferPointer { format(into: $0.baseAddress!) }
        if let count { return String(decoding: buffer[0..<count], as: UTF8.self) }
        switch storage {
        case let .decimal(value): return DecimalLexicalForm.text(value)
        case let .double(value): return value.description
        case .scaled: fatalError("unreachable")
        }
    }

    /// Formats a scaled integer into `buffer` (≥ 48 bytes), NUL-terminated; returns the
    /// length, or nil for the `Decimal`/`Double` storages that need `String` formatting.
    func format(into buffer: UnsafeMutablePointer<UInt8>) -> Int? {
        guard case let .scaled(units, storedScale) = storage else { return nil }
        var magnitude = units.magnitude
        var scale = storedScale
        // Drop trailing fractional zeros: 5086.50 → 5086.5, 12.00 → 12.
        while scale > 0, magnitude % 10 == 0 { magnitude /= 10; scale -= 1 }
        // Digits, least significant first, into the end of a small stack area.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return withUnsafeMutableBytes(of: &digits) { raw -> Int in
            let tmp = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var n = 0
            repeat {
                tmp[n] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 48
                magnitude /= 10
                n += 1
            } while magnitude > 0
            while n <= scale { tmp[n] = 48; n += 1 }  // at least one digit before the point
            var out = 0
            if units < 0 { buffer[out] = 45; out += 1 }  // "-"
            var i = n - 1
            while i >= 0 {
                if i == scale - 1 { buffer[out] = 46; out += 1 }  // "."
                buffer[out] = tmp[i]
                out += 1
                i -= 1
            }
            buffer[out] = 0
            return out
        }
    }
}

extension NumericValue {
    /// Formats a `Decimal` into `buffer` as ``lexicalForm`` does, NUL-terminated
    /// (see ``DecimalLexicalForm/format(_:into:capacity:)``); false for the other
    /// storages or when the fast path does not apply.
    func formatDecimal(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) -> Bool {
        guard case let .decimal(value) = storage else { return false }
        return DecimalLexicalForm.format(value, into: buffer, capacity: capacity) != nil
    }
}

extension NumericValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
    public init(floatLiteral value: Double) { self.init(value) }
}
