import Foundation

/// A `Decimal`'s mantissa, exponent and sign, read from its storage.
///
/// `Decimal` does not expose its mantissa (its `significand` is another
/// `Decimal`), and printing or measuring one through Foundation divides a
/// heap-allocated array by ten once per digit: too slow for the millions of
/// values of a large workbook. The storage is an exponent byte, a byte of
/// length (high nibble) and sign (bit 3) flags, two reserved bytes and eight
/// little-endian 16-bit words. ``layoutIsKnown`` checks that layout once on
/// known values; where it fails, callers take Foundation's path.
public struct DecimalStorage: Sendable {
    /// The mantissa's low and high 64 bits.
    public let low: UInt64
    public let high: UInt64
    /// value = mantissa · 10^exponent.
    public let exponent: Int
    public let isNegative: Bool
    /// 16-bit words in use; 0 for zero.
    public let length: Int

    /// The 128-bit mantissa.
    public var mantissa: UInt128 { UInt128(high) << 64 | UInt128(low) }

    /// The parts of `value`; `nil` for NaN (length 0, negative) or a length
    /// beyond eight words.
    public init?(_ value: Decimal) {
        guard let parts = withUnsafeBytes(of: value, { raw -> (UInt64, UInt64, Int, Bool, Int)? in
            guard raw.count == 20 else { return nil }
            let flags = raw[1]
            let length = Int(flags >> 4)
            let negative = flags & 0x08 != 0
            guard length <= 8, !(length == 0 && negative) else { return nil }
            var low: UInt64 = 0, high: UInt64 = 0
            for word in 0..<length {
                let bits = UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
                if word < 4 { low |= bits << (16 * word) } else { high |= bits << (16 * (word - 4)) }
            }
            return (low, high, Int(Int8(bitPattern: raw[0])), negative, length)
        }) else { return nil }
        (low, high, exponent, isNegative, length) = parts
    }

    /// Whether this Foundation stores `Decimal` as read here: checked once
    /// against the exponent, sign and value of known numbers.
    public static let layoutIsKnown: Bool = {
        let posix = Locale(identifier: "en_US_POSIX")
        let samples: [(Decimal, UInt128, Int, Bool)] = [
            (Decimal(string: "123.45", locale: posix)!, 12345, -2, false), (Decimal(7), 7, 0, false),
            (Decimal(-65536), 65536, 0, true), (Decimal(string: "-0.000001", locale: posix)!, 1, -6, true),
            (Decimal(sign: .plus, exponent: 5, significand: Decimal(UInt64.max)), UInt128(UInt64.max), 5, false),
            (Decimal(string: "98765432109876543210.5", locale: posix)!,
             UInt128(98765432109876543210) * 10 + 5, -1, false),
        ]
        return samples.allSatisfy { value, mantissa, exponent, negative in
            guard let read = DecimalStorage(value) else { return false }
            return read.mantissa == mantissa && read.exponent == exponent && read.isNegative == negative
                && exponent == value.exponent
        }
    }()
}
