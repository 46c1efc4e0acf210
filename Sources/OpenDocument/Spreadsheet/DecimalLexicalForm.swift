import Foundation

/// `Decimal.description`, digit for digit, without its slow path.
///
/// A workbook stores every ratio at full precision (up to 38 digits), and
/// swift-foundation prints a `Decimal` by dividing a heap-allocated array by
/// ten once per digit: about 20 µs per value, a fifth of the time of a large
/// comparison workbook. Here the 128-bit mantissa is read from the value's
/// storage and printed with two 64-bit divisions.
///
/// `Decimal` does not expose its mantissa, so the storage layout (exponent
/// byte, length and sign bits, eight little-endian 16-bit words) is checked
/// once against `description` on known values; should a Foundation release
/// change it, every value takes `description` instead. Tests compare both on
/// many values.
enum DecimalLexicalForm {
    /// The text `description` gives for `value`.
    static func text(_ value: Decimal) -> String {
        guard layoutIsKnown, let text = fastText(value) else { return value.description }
        return text
    }

    /// Whether the storage layout read by `fastText` is the one of this Foundation.
    static let layoutIsKnown: Bool = {
        let samples = ["-123.45", "70000.1", "0.000123", "1.2345678901234567890123456789012345678",
                       "-98765432109876543210.5", "42"]
        for sample in samples {
            guard let value = Decimal(string: sample, locale: Locale(identifier: "en_US_POSIX")),
                  fastText(value) == value.description else { return false }
        }
        let scaled = Decimal(15) * Decimal(100)  // mantissa 15, exponent 2
        return fastText(scaled) == scaled.description
    }()

    /// The text from the raw storage, or nil for NaN.
    static func fastText(_ value: Decimal) -> String? {
        withUnsafeBytes(of: value) { raw -> String? in
            guard raw.count == 20 else { return nil }
            let exponent = Int(Int8(bitPattern: raw[0]))
            let flags = raw[1]
            let length = Int(flags >> 4)
            let negative = flags & 0x08 != 0
            guard length > 0 else { return negative ? nil : "0" }  // length 0: zero, or NaN when negative
            guard length <= 8 else { return nil }
            var low: UInt64 = 0, high: UInt64 = 0
            for word in 0..<length {
                let bits = UInt64(raw[4 + 2 * word]) | UInt64(raw[5 + 2 * word]) << 8
                if word < 4 { low |= bits << (16 * word) } else { high |= bits << (16 * (word - 4)) }
            }
            var text = digits(high: high, low: low)
            if exponent > 0 {
                text += String(repeating: "0", count: exponent)
            } else if exponent < 0 {
                let fraction = -exponent
                if text.utf8.count > fraction {
                    text.insert(".", at: text.index(text.endIndex, offsetBy: -fraction))
                } else {
                    text = "0." + String(repeating: "0", count: fraction - text.utf8.count) + text
                }
            }
            return negative ? "-" + text : text
        }
    }

    /// The decimal digits of the 128-bit integer `high·2^64 + low`, without leading zeros.
    static func digits(high: UInt64, low: UInt64) -> String {
        let chunk: UInt64 = 10_000_000_000_000_000_000  // 10^19
        guard high > 0 || low >= chunk else { return String(low) }
        // (high, low) = quotient · 10^19 + remainder; the quotient fits 2^128 / 10^19 < 2^65.
        let quotientHigh = high / chunk
        let (quotientLow, remainder) = chunk.dividingFullWidth((high: high % chunk, low: low))
        let head = digits(high: quotientHigh, low: quotientLow)
        let tail = String(remainder)
        return head + String(repeating: "0", count: 19 - tail.utf8.count) + tail
    }
}
