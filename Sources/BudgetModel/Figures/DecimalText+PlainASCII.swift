import Foundation

extension DecimalText {
    /// The outcome of the fast path: a value, a definite rejection, or text
    /// the fast path leaves to the general parser.
    enum PlainASCIIParse {
        case parsed(Decimal)
        case rejected
        case notPlainASCII
    }

    /// Parses text made only of ASCII digits, `+`, `-`, `,` and `.` from its
    /// UTF-8 bytes, with the rules of `parseText` (one leading sign, commas in
    /// groups of three before the point, at least one digit on each side of a
    /// point). The value is built from an integer mantissa and a decimal
    /// exponent rather than from a string: `parseText` costs a trim, splits,
    /// joins and a locale, and figures are most of a department file.
    ///
    /// Text with any other character, a mantissa beyond 64 bits or a very
    /// long fraction is `.notPlainASCII`, and the general parser decides.
    static func parsePlainASCII(_ text: String) -> PlainASCIIParse {
        var text = text
        return text.withUTF8(parsePlainASCII)
    }

    /// The most fraction digits the fast path builds; longer fractions go to `Decimal(string:)`.
    private static let maximumFractionDigits = 30

    /// `Decimal(string:)` keeps the scale of a positive zero ("0.00" has
    /// exponent -2); these are those zeros, by number of fraction digits.
    private static let zeros: [Decimal] = (0...maximumFractionDigits).map { digits in
        Decimal(string: digits == 0 ? "0" : "0." + String(repeating: "0", count: digits),
                locale: Locale(identifier: "en_US_POSIX"))!
    }

    private static func parsePlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> PlainASCIIParse {
        let digit0 = UInt8(ascii: "0"), digit9 = UInt8(ascii: "9")
        let plus = UInt8(ascii: "+"), minus = UInt8(ascii: "-")
        let comma = UInt8(ascii: ","), point = UInt8(ascii: ".")
        guard !bytes.isEmpty, bytes.allSatisfy({
            ($0 >= digit0 && $0 <= digit9) || $0 == plus || $0 == minus || $0 == comma || $0 == point
        }) else { return .notPlainASCII }

        var index = 0
        let negative = bytes[0] == minus
        if bytes[0] == minus || bytes[0] == plus { index = 1 }

        var mantissa: UInt64 = 0
        func append(_ byte: UInt8) -> Bool {
            let (times10, overflow1) = mantissa.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte - digit0))
            mantissa = sum
            return !(overflow1 || overflow2)
        }

        // Integer part: digits in groups; a comma closes a group of 1–3 digits
        // (the first) or exactly 3 (the others).
        var integerDigits = 0, groupDigits = 0, commas = 0
        while index < bytes.count, bytes[index] != point {
            let byte = bytes[index]
            if byte == comma {
                guard commas == 0 ? (1...3).contains(groupDigits) : groupDigits == 3 else { return .rejected }
                commas += 1
                groupDigits = 0
            } else if byte >= digit0 && byte <= digit9 {
                guard append(byte) else { return .notPlainASCII }
                integerDigits += 1
                groupDigits += 1
            } else {
                return .rejected // a second sign
            }
            index += 1
        }
        guard integerDigits > 0, commas == 0 || groupDigits == 3 else { return .rejected }

        // Fraction: after one point, at least one digit and nothing else.
        var fractionDigits = 0
        if index < bytes.count {
            index += 1
            guard index < bytes.count else { return .rejected }
            while index < bytes.count {
                let byte = bytes[index]
                guard byte >= digit0 && byte <= digit9 else { return .rejected }
                guard append(byte) else { return .notPlainASCII }
                fractionDigits += 1
                index += 1
            }
        }
        guard fractionDigits <= maximumFractionDigits else { return .notPlainASCII }

        if mantissa == 0 { return .parsed(negative ? Decimal() : zeros[fractionDigits]) }
        return .parsed(Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits,
                               significand: Decimal(mantissa)))
    }
}
