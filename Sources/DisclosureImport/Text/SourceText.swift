/// The disclosure text split into lines, each kept twice: as written (`raw`,
/// for names) and folded (`folded`, for matching and numbers), with the
/// same length so that a position in one is the same position in the other.
struct SourceText {
    /// Lines longer than this are cut for scanning (a disclosure line is a
    /// paragraph at most; longer lines are extraction accidents or garbage).
    static let maxLineLength = 8_000

    var lines: [SourceLine]
    /// 1-based numbers of lines that were cut at `maxLineLength`.
    var truncatedLines: [Int] = []

    init(_ text: String) {
        var lines: [SourceLine] = []
        var truncated: [Int] = []
        var current: [Unicode.Scalar] = []
        current.reserveCapacity(256)
        var previousWasCR = false
        func flush() {
            let number = lines.count + 1
            if current.count > SourceText.maxLineLength {
                current.removeLast(current.count - SourceText.maxLineLength)
                truncated.append(number)
            }
            lines.append(SourceLine(number: number, raw: current))
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                if previousWasCR { previousWasCR = false; continue }
                flush()
            case "\r":
                flush()
                previousWasCR = true
                continue
            case "\u{2028}", "\u{2029}", "\u{85}":
                flush()
            default:
                if current.count <= SourceText.maxLineLength { current.append(scalar) }
            }
            previousWasCR = false
        }
        if !current.isEmpty { flush() }
        self.lines = lines
        self.truncatedLines = truncated
    }

    /// The line with 1-based `number`.
    func line(_ number: Int) -> SourceLine { lines[number - 1] }
}

/// One line of the disclosure.
struct SourceLine {
    /// 1-based line number in the original text.
    let number: Int
    let raw: [Unicode.Scalar]
    let folded: [Unicode.Scalar]
    /// The folded line without any whitespace or tabs (for titles and keywords).
    let compact: String
    let hasTab: Bool
    let isBlank: Bool

    init(number: Int, raw: [Unicode.Scalar]) {
        self.number = number
        self.raw = raw
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(raw.count)
        var compact = String.UnicodeScalarView()
        var hasTab = false
        for scalar in raw {
            let f = Folding.fold(scalar)
            folded.append(f)
            if f == "\t" { hasTab = true; continue }
            if f != " " { compact.append(f) }
        }
        self.folded = folded
        self.compact = String(compact)
        self.hasTab = hasTab
        self.isBlank = compact.isEmpty
    }

    /// Raw text of `range` with extraction whitespace cleaned (see `TextClean`).
    func rawText(_ range: Range<Int>) -> String { TextClean.clean(raw[range]) }

    /// The whole line, cleaned.
    var text: String { rawText(0..<raw.count) }
}

/// Cleans the whitespace of text taken from the disclosure: a space between
/// two CJK characters is an artefact of line wrapping in the PDF and is
/// dropped; other runs of whitespace become one space; the ends are trimmed.
enum TextClean {
    static func clean<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var last: Unicode.Scalar?
        for scalar in scalars {
            let folded = Folding.fold(scalar)
            if folded == " " || folded == "\t" || scalar == "$" || scalar == "*" {
                if last != nil { pendingSpace = true }
                continue
            }
            if pendingSpace, let previous = last, !(Folding.isCJK(previous) && Folding.isCJK(scalar)) {
                out.append(" ")
            }
            pendingSpace = false
            out.append(scalar)
            last = scalar
        }
        return String(out)
    }

    /// The folded, whitespace-free form used to compare names ("政府办公厅（室）" equals "政府办公厅(室)").
    static func key<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let folded = Folding.fold(scalar)
            if folded == " " || folded == "\t" { continue }
            out.append(folded)
        }
        return String(out)
    }
}
