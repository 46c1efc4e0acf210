/// Character folding for matching disclosure text.
///
/// Published disclosures mix full-width and half-width forms (`（类）` and
/// `(类)`, `：` and `:`, `％` and `%`), non-breaking and ideographic spaces,
/// and artefacts of PDF extraction (`$= 652$`, `**财政拨款**`, `\%`). The
/// importer matches on *folded* scalars and extracts names from the *raw*
/// ones, so folding is length-preserving: every scalar maps to exactly one
/// scalar (characters that carry no meaning fold to a space).
enum Folding {
    /// The folded form of `scalar`.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x21...0x7E:
            switch value {
            case 0x24, 0x2A, 0x5C: return " " // $ * \ : LaTeX and Markdown artefacts
            default: return scalar
            }
        case 0xFF01...0xFF5E:
            // Full-width ASCII forms (digits, letters, （）：；，％．＋－) → ASCII.
            let folded = Unicode.Scalar(value - 0xFEE0)!
            return fold(folded)
        case 0x3000, 0x00A0, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF, 0x0D, 0x0B, 0x0C:
            return " "
        case 0x2212, 0x2010, 0x2011, 0xFE63: return "-" // minus signs and hyphens
        case 0xFF64: return "、"
        case 0x3002, 0xFF61: return "。"
        case 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D: return "\"" // quotes around 三公
        case 0x3014, 0x3010: return "["
        case 0x3015, 0x3011: return "]"
        default: return scalar
        }
    }

    /// Whitespace after folding (tabs are cell separators and are not whitespace here).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// CJK ideographs, CJK punctuation and full-width forms: text in which a
    /// space between two characters is always an extraction artefact.
    @inline(__always)
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x3000...0x303F).contains(value) || (0x3400...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFFEF).contains(value)
            || (0x2E80...0x2FDF).contains(value) || value == 0x201C || value == 0x201D
    }

    /// Folds a whole string (used for keywords written in code).
    static func fold(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { fold($0) }
    }
}
