import Foundation

/// Reads numbers from folded scalars: "3,994.84", "-9.77", "0", "1,451.49".
///
/// Decimals are built from their digits (never through `Double`), so
/// "3,994.84" is exactly 3994.84. Commas are accepted only as thousands
/// separators (a comma followed by exactly three digits); anything else ends
/// the number. At most 18 significant digits are read: longer runs of digits
/// are not amounts in a disclosure and are rejected.
enum NumberScanner {
    struct Found {
        var value: Decimal
        /// Index just past the number.
        var end: Int
        /// Digits after the decimal point.
        var fractionDigits: Int
        var isInteger: Bool { fractionDigits == 0 }
    }

    /// Parses a number starting exactly at `start` (a sign, or a digit).
    /// Spaces inside the number are not accepted, except one after a sign.
    static func number(in s: [Unicode.Scalar], at start: Int, end limit: Int? = nil) -> Found? {
        let end = limit ?? s.count
        var i = start
        guard i < end else { return nil }
        var negative = false
        if s[i] == "-" || s[i] == "+" {
            negative = s[i] == "-"
            i += 1
            if i < end, s[i] == " " { i += 1 }
        }
        guard i < end, Folding.isDigit(s[i]) else { return nil }
        var significand: UInt64 = 0
        var digits = 0
        var fraction = 0
        var integerDigits = 0
        var firstGroup = true
        var grouped = false
        while i < end {
            let c = s[i]
            if Folding.isDigit(c) {
                digits += 1
                integerDigits += 1
                guard digits <= 18 else { return nil }
                significand = significand * 10 + UInt64(c.value - 0x30)
                i += 1
            } else if c == ",",
                      (firstGroup ? (1...3).contains(integerDigits) : integerDigits == 3),
                      isDigit(s, i + 1, end), isDigit(s, i + 2, end), isDigit(s, i + 3, end),
                      !isDigit(s, i + 4, end) {
                firstGroup = false
                grouped = true
                integerDigits = 0
                i += 1
            } else {
                break
            }
        }
        if grouped && integerDigits != 3 { return nil }
        if i + 1 < end, s[i] == ".", Folding.isDigit(s[i + 1]) {
            i += 1
            while i < end, Folding.isDigit(s[i]) {
                digits += 1
                fraction += 1
                guard digits <= 18 else { return nil }
                significand = significand * 10 + UInt64(s[i].value - 0x30)
                i += 1
            }
        }
        let value = Decimal(sign: negative ? .minus : .plus, exponent: -fraction, significand: Decimal(significand))
        return Found(value: value, end: i, fractionDigits: fraction)
    }

    /// The whole of `s[range]` (trimmed of spaces) as a number, or nil.
    /// Accepts a trailing "%" or "分" (scores) when `suffixes` allows it.
    static func wholeNumber(in s: [Unicode.Scalar], _ range: Range<Int>, suffixes: Set<Unicode.Scalar> = []) -> Found? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, s[lower] == " " { lower += 1 }
        while upper > lower, s[upper - 1] == " " { upper -= 1 }
        while upper > lower, suffixes.contains(s[upper - 1]) || s[upper - 1] == " " { upper -= 1 }
        guard lower < upper, let found = number(in: s, at: lower, end: upper), found.end == upper else { return nil }
        return found
    }

    @inline(__always)
    private static func isDigit(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        i < end && Folding.isDigit(s[i])
    }
}
