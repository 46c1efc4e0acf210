/// Chinese numerals as used in headings: 一 … 十, 十一 … 九十九, and the
/// "一十一" spelling some disclosures use for 11.
enum ChineseNumeral {
    private static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        digits[scalar] != nil || scalar == "十"
    }

    /// The value of a whole numeral string, or nil.
    static func value<S: Collection>(_ scalars: S) -> Int? where S.Element == Unicode.Scalar {
        guard !scalars.isEmpty, scalars.count <= 4 else { return nil }
        var total = 0
        var current = 0
        var sawTen = false
        for scalar in scalars {
            if scalar == "十" {
                guard !sawTen else { return nil }
                total += (current == 0 ? 1 : current) * 10
                current = 0
                sawTen = true
            } else if let digit = digits[scalar] {
                current = current * 10 + digit
                guard current < 10 || !sawTen else { return nil }
            } else {
                return nil
            }
        }
        let result = total + current
        return result > 0 ? result : nil
    }

    /// A leading numeral followed by `terminator` (e.g. "、"): its value and
    /// the index after the terminator.
    static func leading(_ s: [Unicode.Scalar], from start: Int = 0, terminators: Set<Unicode.Scalar>) -> (Int, Int)? {
        var i = start
        while i < s.count, i - start < 4, isNumeralScalar(s[i]) { i += 1 }
        guard i > start, i < s.count, terminators.contains(s[i]), let value = value(s[start..<i]) else { return nil }
        return (value, i + 1)
    }

    /// 1 → "一", 11 → "十一", 21 → "二十一".
    static func spell(_ n: Int) -> String {
        let names = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return names[n] }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : names[tens]) + "十" + names[ones]
    }
}
