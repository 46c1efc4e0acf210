import Foundation

/// `Decimal.description`, digit for digit, without its slow path.
///
/// A workbook stores every ratio at full precision (up to 38 digits), and
/// swift-foundation prints a `Decimal` by dividing a heap-allocated array by
/// ten once per digit: about 20 µs per value, a fifth of the time of a large
/// comparison workbook. Here the 128-bit mantissa is read from the value's
/// storage and printed with two 64-bit divisions.
///
/// `Decimal` does not expose its mantissa, so it is read from the storage
/// (``DecimalStorage``), and the text is checked once against `description`
/// on known values; should a Foundation release
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
        guard let storage = DecimalStorage(value) else { return nil }  // NaN
        guard storage.length > 0 else { return "0" }
        var text = digits(high: storage.high, low: storage.low)
        if storage.exponent > 0 {
            text += String(repeating: "0", count: storage.exponent)
        } else if storage.exponent < 0 {
            let fraction = -storage.exponent
            if text.utf8.count > fraction {
                text.insert(".", at: text.index(text.endIndex, offsetBy: -fraction))
            } else {
                text = "0." + String(repeating: "0", count: fraction - text.utf8.count) + text
            }
        }
        return storage.isNegative ? "-" + text : text
    }

    /// Writes the text `description` gives for `value` into `buffer`, NUL-terminated,
    /// without making a `String` (the cell writer's hot path): returns its length, or
    /// nil for NaN, an unknown layout or text longer than `capacity - 1`.
    static func format(_ value: Decimal, into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int? {
        guard layoutIsKnown else { return nil }
        guard let storage = DecimalStorage(value) else { return nil }  // NaN
        let exponent = storage.exponent
        let negative = storage.isNegative
        guard storage.length > 0 else {
            guard capacity >= 2 else { return nil }
            buffer[0] = UInt8(ascii: "0")
            buffer[1] = 0
            return 1
        }
        var (high, low) = (storage.high, storage.low)
        // Digits, least significant first (at most 39 for 128 bits).
        var digits: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &digits) { scratch -> Int? in
            let reversed = scratch.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var count = 0
            let chunk: UInt64 = 10_000_000_000_000_000_000  // 10^19
            repeat {
                // (high, low) = quotient · 10^19 + remainder.
                let quotientHigh = high / chunk
                let (quotientLow, remainder) = chunk.dividingFullWidth((high: high % chunk, low: low))
                (high, low) = (quotientHigh, quotientLow)
                var part = remainder
                let last = high == 0 && low == 0
                var produced = 0
                repeat {
                    reversed[count] = UInt8(truncatingIfNeeded: part % 10) &+ 48
                    part /= 10
                    count += 1
                    produced += 1
                } while part > 0 || (!last && produced < 19)
            } while high > 0 || low > 0
            let fraction = max(0, -exponent)
            let zeros = max(0, exponent)
            let whole = count > fraction ? count - fraction : 0
            let total = (negative ? 1 : 0) + max(whole, 1) + (fraction > 0 ? 1 + fraction : 0) + zeros
            guard total < capacity else { return nil }
            var out = 0
            if negative { buffer[out] = UInt8(ascii: "-"); out += 1 }
            if whole == 0 {
                buffer[out] = UInt8(ascii: "0"); out += 1
            } else {
                for i in stride(from: count - 1, through: fraction, by: -1) { buffer[out] = reversed[i]; out += 1 }
            }
            for _ in 0..<zeros { buffer[out] = UInt8(ascii: "0"); out += 1 }
            if fraction > 0 {
                buffer[out] = UInt8(ascii: "."); out += 1
                for i in stride(from: fraction - 1, through: 0, by: -1) {
                    buffer[out] = i < count ? reversed[i] : UInt8(ascii: "0")
                    out += 1
                }
            }
            buffer[out] = 0
            return out
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
