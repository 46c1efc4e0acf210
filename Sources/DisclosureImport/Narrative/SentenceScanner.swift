import Foundation

/// Small, linear matchers over a paragraph's folded scalars: find a word,
/// then the number that follows it within a few characters and its unit.
/// No regular expressions: every scan moves forward and is bounded, so no
/// input can make the importer backtrack or hang.
struct Words {
    /// Folded scalars of `text` (keywords are written in code with full-width
    /// punctuation where the documents use it; folding makes both forms match).
    static func w(_ text: String) -> [Unicode.Scalar] { Folding.fold(text) }

    static let wanyuan = w("万元")
    static let percent: [Unicode.Scalar] = ["%"]
}

/// A number read from a sentence, with where it sits.
struct SentenceNumber {
    var value: Decimal
    /// Index of the first scalar of the number.
    var start: Int
    /// Index just past the number and its unit.
    var end: Int
}

extension Paragraph {
    /// Scalars that end the search for a keyword's number: punctuation, and
    /// the first characters of comparisons (比, 较, 增加, 减少, 下降, 占), so
    /// that "“三公”经费比上年增加 0.00 万元" never reads the change as the total.
    static let gapStops: Set<Unicode.Scalar> = [",", "。", ";", "、", "!", "?", "比", "较", "增", "减", "降", "占"]

    /// The number at most `maxGap` scalars after `index` (skipping words like
    /// "预算数为", "支出", "为", ":"), followed by `unit` (none when empty).
    func number(after index: Int, maxGap: Int = 8, unit: [Unicode.Scalar] = Words.wanyuan,
                units alternatives: [[Unicode.Scalar]] = []) -> SentenceNumber? {
        var i = index
        let limit = Swift.min(f.count, index + maxGap + 1)
        while i < limit {
            let c = f[i]
            if Folding.isDigit(c) || ((c == "-" || c == "+") && i + 1 < f.count && Folding.isDigit(f[i + 1])) { break }
            if Paragraph.gapStops.contains(c) { return nil }
            i += 1
        }
        guard i < limit, let found = NumberScanner.number(in: f, at: i) else { return nil }
        // A digit right before means we landed inside another number ("2024年" handled by the gap).
        if i > 0, Folding.isDigit(f[i - 1]) || f[i - 1] == "." { return nil }
        var end = found.end
        let candidates = alternatives.isEmpty ? [unit] : alternatives
        var matched = candidates.contains { $0.isEmpty }
        for candidate in candidates where !candidate.isEmpty && has(candidate, at: end) {
            end += candidate.count
            matched = true
            break
        }
        guard matched else { return nil }
        return SentenceNumber(value: found.value, start: i, end: end)
    }

    /// The amount in 万元 right after `word`'s first occurrence in `range`.
    func amount(after word: [Unicode.Scalar], in range: Range<Int>? = nil, maxGap: Int = 8) -> SentenceNumber? {
        let r = range ?? 0..<f.count
        var from = r.lowerBound
        while let at = find(word, from: from, to: r.upperBound) {
            if let n = number(after: at + word.count, maxGap: maxGap) { return n }
            from = at + 1
        }
        return nil
    }

    /// A percentage right after `index` ("增长0.32%" → 0.32).
    func percent(after index: Int, maxGap: Int = 4) -> SentenceNumber? {
        number(after: index, maxGap: maxGap, unit: Words.percent)
    }

    /// The first of `words` found at or after `from` (earliest position; longest on ties).
    func firstOf(_ words: [[Unicode.Scalar]], from: Int = 0, to: Int? = nil) -> (index: Int, word: Int)? {
        var best: (index: Int, word: Int)?
        for (k, word) in words.enumerated() {
            if let at = find(word, from: from, to: to ?? f.count) {
                if best == nil || at < best!.index || (at == best!.index && word.count > words[best!.word].count) {
                    best = (at, k)
                }
            }
        }
        return best
    }
}
