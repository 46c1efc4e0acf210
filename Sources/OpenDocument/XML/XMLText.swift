/// Makes strings safe for XML 1.0 before they reach libxml2.
///
/// libxml2's text writer writes C0 control characters raw and reports success, which
/// produces a file no reader accepts. XML 1.0 allows tab, LF and CR below U+0020 and
/// excludes U+FFFE and U+FFFF (Swift strings cannot hold lone surrogates).
///
/// Decision: each excluded character is **replaced with U+FFFD** (the replacement
/// character) rather than stripped, so a reader sees that something was there and
/// neighbouring words do not run together.
enum XMLText {
    /// The replacement written in place of a character XML 1.0 cannot hold.
    static let replacement: Character = "\u{FFFD}"

    /// Returns `text` with characters that XML 1.0 cannot hold replaced by U+FFFD.
    ///
    /// Returns the original string (no copy) in the common case where nothing is wrong.
    static func sanitized(_ text: String) -> String {
        if !needsSanitizing(text) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Whether `scalar` may appear in an XML 1.0 document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// Fast byte scan: C0 controls, or the UTF-8 forms of U+FFFE/U+FFFF (EF BF BE/BF).
    static func needsSanitizing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x20 {
                    if b != 0x09 && b != 0x0A && b != 0x0D { return true }
                } else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                    return true
                }
                i += 1
            }
            return false
        }
    }
}
