/// The narrative of the disclosure as paragraphs: consecutive lines joined
/// where the PDF wrapped a sentence ("…预算数为 2,702.00" / "" / "万元，比上年…"),
/// whitespace removed, folded for matching, each scalar remembering its line.
struct Paragraph {
    /// Folded scalars without whitespace.
    var f: [Unicode.Scalar] = []
    /// Line number per scalar.
    var lineOf: [Int32] = []
    /// Column in its line per scalar (to take raw text back out).
    var columnOf: [Int32] = []
    var firstLine: Int
    /// Provenance label: "说明三", "概况"…
    var label: String?
    var role: DocumentOutline.Role
    /// Compact heading of the enclosing section and subsection.
    var sectionHeading: String?
    var subheading: String?
    /// What the section is about (set once the paragraph is built).
    var context: Subjects.Context = .other

    var count: Int { f.count }

    func line(at index: Int) -> Int { Int(lineOf[Swift.min(Swift.max(index, 0), lineOf.count - 1)]) }

    /// Searches `word` (folded) in `from..<to`.
    func find(_ word: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Int? {
        let end = Swift.min(to ?? f.count, f.count)
        guard !word.isEmpty, end - from >= word.count else { return nil }
        let first = word[0]
        var i = from
        while i <= end - word.count {
            if f[i] == first {
                var k = 1
                while k < word.count, f[i + k] == word[k] { k += 1 }
                if k == word.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Last occurrence of `word` starting before `before`.
    func findLast(_ word: [Unicode.Scalar], before: Int, notBefore: Int = 0) -> Int? {
        var i = Swift.min(before, f.count - word.count)
        while i >= notBefore {
            if f[i] == word[0] {
                var k = 1
                while k < word.count, f[i + k] == word[k] { k += 1 }
                if k == word.count { return i }
            }
            i -= 1
        }
        return nil
    }

    func has(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= f.count else { return false }
        for k in 0..<word.count where f[index + k] != word[k] { return false }
        return true
    }

    /// The raw text (as written, cleaned) of `range`.
    func rawText(_ range: Range<Int>, in text: SourceText) -> String {
        guard !range.isEmpty else { return "" }
        var pieces: [String] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let line = Int(lineOf[i])
            let startColumn = Int(columnOf[i])
            var j = i
            while j + 1 < range.upperBound, Int(lineOf[j + 1]) == line { j += 1 }
            let endColumn = Int(columnOf[j]) + 1
            pieces.append(text.line(line).rawText(startColumn..<endColumn))
            i = j + 1
        }
        return TextClean.clean(pieces.joined(separator: " ").unicodeScalars)
    }

    /// Sentence and clause boundaries: 。；： and their folded forms.
    static func isClauseStop(_ s: Unicode.Scalar) -> Bool {
        s == "。" || s == ";" || s == ":" || s == "!" || s == "?"
    }

    /// Start of the clause containing `index` (after the previous 。；：).
    func clauseStart(before index: Int) -> Int {
        var i = Swift.min(index, f.count) - 1
        while i >= 0 {
            if Paragraph.isClauseStop(f[i]) { return i + 1 }
            i -= 1
        }
        return 0
    }

    /// Start of the sentence containing `index` (after the previous 。).
    func sentenceStart(before index: Int) -> Int {
        var i = Swift.min(index, f.count) - 1
        while i >= 0 {
            if f[i] == "。" || f[i] == "!" || f[i] == "?" { return i + 1 }
            i -= 1
        }
        return 0
    }

    /// End of the sentence containing `index` (at the next 。, exclusive).
    func sentenceEnd(after index: Int) -> Int {
        var i = index
        while i < f.count {
            if f[i] == "。" { return i }
            i += 1
        }
        return f.count
    }
}

enum Paragraphs {
    /// Paragraphs longer than this are split (a guard against garbage without line breaks).
    static let maxLength = 20_000

    /// Builds the paragraphs of every line outside the tables and the glossary.
    static func build(_ text: SourceText, outline: DocumentOutline, excluding tableLines: [ClosedRange<Int>]) -> [Paragraph] {
        var excluded = Array(repeating: false, count: text.lines.count)
        for range in tableLines {
            for n in range where n >= 1 && n <= excluded.count { excluded[n - 1] = true }
        }
        var paragraphs: [Paragraph] = []
        var current: Paragraph?
        var previousEndsSentence = true

        func close() {
            if var p = current, !p.f.isEmpty {
                p.context = Subjects.context(of: p)
                paragraphs.append(p)
            }
            current = nil
        }

        for line in text.lines {
            let index = line.number - 1
            if line.isBlank { continue }
            let role = outline.roles[index]
            if excluded[index] || line.hasTab || role == .glossary {
                close()
                previousEndsSentence = true
                continue
            }
            let startsNew = previousEndsSentence || startsBlock(line) || current == nil
                || current!.role != role || current!.label != outline.label(ofLine: line.number)
                || current!.f.count > maxLength
            if startsNew {
                close()
                let section = outline.section(ofLine: line.number)
                current = Paragraph(firstLine: line.number, label: outline.label(ofLine: line.number), role: role,
                                    sectionHeading: section?.heading, subheading: outline.subheading(ofLine: line.number))
            }
            var lastScalar: Unicode.Scalar = " "
            for (column, scalar) in line.folded.enumerated() where scalar != " " && scalar != "\t" {
                current!.f.append(scalar)
                current!.lineOf.append(Int32(line.number))
                current!.columnOf.append(Int32(column))
                lastScalar = scalar
            }
            // A short list item ("- 5、新疆迎宾馆") is complete even without a full stop.
            let shortItem = startsBlock(line) && line.compact.unicodeScalars.count <= 50
                && !Folding.isDigit(lastScalar) && lastScalar != "," && lastScalar != "、"
            previousEndsSentence = lastScalar == "。" || lastScalar == "!" || lastScalar == "?" || isHeading(line) || shortItem
        }
        close()
        return paragraphs
    }

    /// Lines that start a paragraph of their own: headings and list items.
    static func startsBlock(_ line: SourceLine) -> Bool {
        let c = Array(line.compact.unicodeScalars)
        guard let first = c.first else { return false }
        if first == "-" || first == "•" || first == "·" { return true }
        if isHeading(line) { return true }
        // "1、" "1." "1)" "(1)" list items.
        var i = 0
        if first == "(" { i = 1 }
        let digitsStart = i
        while i < c.count, Folding.isDigit(c[i]), i - digitsStart < 3 { i += 1 }
        if i > digitsStart, i < c.count, c[i] == "、" || c[i] == "." || c[i] == ")" {
            if c[i] == ".", i + 1 < c.count, Folding.isDigit(c[i + 1]) { return false }
            return true
        }
        return false
    }

    /// Section headings: "一、…", "(一)…", "第一部分…".
    static func isHeading(_ line: SourceLine) -> Bool {
        let c = Array(line.compact.unicodeScalars)
        guard c.count <= 90, let first = c.first else { return false }
        if ChineseNumeral.leading(c, terminators: ["、"]) != nil { return true }
        if first == "(", ChineseNumeral.leading(c, from: 1, terminators: [")"]) != nil { return true }
        if first == "第", c.count > 3, ChineseNumeral.isNumeralScalar(c[1]) { return line.compact.has("部分") }
        return false
    }
}
