import Foundation

/// One cell of a table line, classified.
enum Token: Equatable {
    /// An empty cell (or a dash standing for "nothing"): only seen in
    /// tab-separated lines, where empty cells keep their place.
    case empty
    /// A classification code part: "201", "03", or a joined "2010301".
    case code(String)
    /// A number; `suffix` is "%" or "分" when the cell carried one.
    case number(Decimal, suffix: Unicode.Scalar?)
    /// Text: the cleaned raw text and its folded key.
    case text(String, key: String)

    var isEmpty: Bool { if case .empty = self { return true } else { return false } }
    var isText: Bool { if case .text = self { return true } else { return false } }
    var number: Decimal? { if case let .number(value, _) = self { return value } else { return nil } }
    var textKey: String? { if case let .text(_, key) = self { return key } else { return nil } }
    var text: String? { if case let .text(text, _) = self { return text } else { return nil } }
}

/// Splits a table line into tokens.
///
/// Tab-separated lines keep their empty cells (so a value's column is its
/// position); space-separated lines lose them, and runs of text tokens are
/// joined into one label ("其他政府办公厅（室）及相关机 构事务支出" → one name).
/// A cell "01 行政运行" or "201 一般公共服务支出" (code joined to its name)
/// becomes a code token and a text token.
enum RowTokenizer {
    static func tokens(of line: SourceLine) -> [Token] {
        line.hasTab ? tabTokens(line) : spaceTokens(line)
    }

    private static let dashes: Set<Unicode.Scalar> = ["-", "—", "–", "/", "─", "…"]
    private static let numberSuffixes: Set<Unicode.Scalar> = ["%", "分"]

    private static func tabTokens(_ line: SourceLine) -> [Token] {
        var tokens: [Token] = []
        var start = 0
        let folded = line.folded
        var seenText = false
        for i in 0...folded.count where i == folded.count || folded[i] == "\t" {
            classify(line, start..<i, seenText: &seenText, into: &tokens, positional: true)
            start = i + 1
        }
        return tokens
    }

    private static func spaceTokens(_ line: SourceLine) -> [Token] {
        var raw: [Token] = []
        let folded = line.folded
        var chunks: [Range<Int>] = []
        var start: Int?
        for i in 0...folded.count {
            let isSpace = i == folded.count || folded[i] == " "
            if isSpace {
                if let s = start { chunks.append(s..<i) }
                start = nil
            } else if start == nil {
                start = i
            }
        }
        var seenText = false
        for (k, chunk) in chunks.enumerated() {
            // "… 3,994.84 201 一般公共服务支出 …": a 3-digit number before a name is its class code.
            if chunk.count == 3, chunk.allSatisfy({ Folding.isDigit(folded[$0]) }), k + 1 < chunks.count,
               Folding.isCJK(folded[chunks[k + 1].lowerBound]) {
                raw.append(.code(String(String.UnicodeScalarView(folded[chunk]))))
                continue
            }
            classify(line, chunk, seenText: &seenText, into: &raw, positional: false)
        }
        // Join neighbouring text tokens into one label.
        var tokens: [Token] = []
        for token in raw {
            if case let .text(text, key) = token, case let .text(previous, previousKey)? = tokens.last {
                let joined = TextClean.clean((previous + " " + text).unicodeScalars)
                tokens[tokens.count - 1] = .text(joined, key: previousKey + key)
            } else {
                tokens.append(token)
            }
        }
        return tokens
    }

    /// Classifies the cell `range` of `line`, appending one or two tokens.
    private static func classify(_ line: SourceLine, _ range: Range<Int>, seenText: inout Bool,
                                 into tokens: inout [Token], positional: Bool) {
        let f = line.folded
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, f[lower] == " " { lower += 1 }
        while upper > lower, f[upper - 1] == " " { upper -= 1 }
        if lower == upper {
            if positional { tokens.append(.empty) }
            return
        }
        if upper - lower <= 2, (lower..<upper).allSatisfy({ dashes.contains(f[$0]) }) {
            if positional { tokens.append(.empty) }
            return
        }
        // A run of digits only: a code part when it has code length and
        // nothing textual came before it on the line, else a number.
        let allDigits = (lower..<upper).allSatisfy { Folding.isDigit(f[$0]) }
        if allDigits, !seenText, [2, 3, 5, 7].contains(upper - lower),
           upper - lower != 2 || tokens.contains(where: { if case .code = $0 { return true } else { return false } }) {
            tokens.append(.code(String(String.UnicodeScalarView(f[lower..<upper]))))
            return
        }
        if let found = NumberScanner.wholeNumber(in: f, lower..<upper, suffixes: numberSuffixes) {
            let suffix: Unicode.Scalar? = numberSuffixes.contains(f[upper - 1]) ? f[upper - 1] : nil
            tokens.append(.number(found.value, suffix: suffix))
            return
        }
        // "201 03 01" (or "201 03 01 行政运行"): code parts in one cell.
        if !seenText {
            var parts: [Range<Int>] = []
            var i = lower
            while i < upper {
                while i < upper, f[i] == " " { i += 1 }
                let start = i
                while i < upper, f[i] != " " { i += 1 }
                if start < i { parts.append(start..<i) }
            }
            let digitParts = parts.prefix { part in part.allSatisfy { Folding.isDigit(f[$0]) } }
            let lengths = digitParts.map(\.count)
            if digitParts.count >= 2, lengths == [3, 2] || lengths == [3, 2, 2] || lengths == [2, 2] {
                for part in digitParts { tokens.append(.code(String(String.UnicodeScalarView(f[part])))) }
                if digitParts.count < parts.count, let nameStart = parts[digitParts.count].first {
                    tokens.append(text(line, nameStart..<upper))
                    seenText = true
                }
                return
            }
        }
        // "01 行政运行", "201 一般公共服务支出", "2010301 行政运行": code joined to its name.
        var digitsEnd = lower
        while digitsEnd < upper, Folding.isDigit(f[digitsEnd]) { digitsEnd += 1 }
        let digitCount = digitsEnd - lower
        if [2, 3, 5, 7].contains(digitCount), digitsEnd < upper, f[digitsEnd] == " " {
            var nameStart = digitsEnd
            while nameStart < upper, f[nameStart] == " " { nameStart += 1 }
            if nameStart < upper, !Folding.isDigit(f[nameStart]), f[nameStart] != "." && f[nameStart] != "," {
                tokens.append(.code(String(String.UnicodeScalarView(f[lower..<digitsEnd]))))
                tokens.append(text(line, nameStart..<upper))
                seenText = true
                return
            }
        }
        // A 3-digit code written against its name without a space ("201一般公共服务支出").
        if digitCount == 3, digitsEnd < upper, Folding.isCJK(line.raw[digitsEnd]) {
            tokens.append(.code(String(String.UnicodeScalarView(f[lower..<digitsEnd]))))
            tokens.append(text(line, digitsEnd..<upper))
            seenText = true
            return
        }
        tokens.append(text(line, lower..<upper))
        seenText = true
    }

    private static func text(_ line: SourceLine, _ range: Range<Int>) -> Token {
        let text = line.rawText(range)
        return .text(text, key: TextClean.key(text))
    }
}
