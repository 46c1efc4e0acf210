import Foundation

/// Strict text ⇄ `Decimal` conversion, independent of the machine's locale.
public enum DecimalText {
    /// Parses "-1,234.56", "1234.56", "+12", "−3.5" (U+2212 minus). Commas are
    /// accepted only as thousands separators in groups of three before the
    /// decimal point; anything else (letters, two points, "3.994,84") is rejected.
    ///
    /// Text made only of ASCII digits, signs, commas and points (nearly every
    /// figure in a department file) takes the byte-level fast path of
    /// `parsePlainASCII`; any other text (spaces around it, U+2212, letters)
    /// is parsed by `parseText`. Both accept and reject the same texts and give
    /// the same `Decimal`.
    public static func parse(_ raw: String) -> Decimal? {
        switch parsePlainASCII(raw) {
        case let .parsed(value): return value
        case .rejected: return nil
        case .notPlainASCII: return parseText(raw)
        }
    }

    /// The general parser: trims spaces, checks signs, grouping and the
    /// decimal point on characters, then lets `Decimal(string:)` build the value.
    static func parseText(_ raw: String) -> Decimal? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        var negative = false
        if let first = text.first, first == "-" || first == "−" || first == "+" {
            negative = first != "+"
            text.removeFirst()
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let integerPart = String(parts[0])
        let fractionPart = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2 && fractionPart.isEmpty { return nil }
        guard !integerPart.isEmpty, fractionPart.allSatisfy(\.isASCIIDigit) else { return nil }
        let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let head = groups.first, (1...3).contains(head.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        let plain = (negative ? "-" : "") + digits + (fractionPart.isEmpty ? "" : "." + fractionPart)
        return Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The value as plain text: no grouping, `.` decimal point, no exponent.
    public static func canonical(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
