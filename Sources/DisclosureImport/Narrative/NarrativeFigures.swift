import BudgetModel
import Foundation

/// Shared helpers for readers that take labelled figures out of narrative
/// paragraphs ("政府采购预算 1,451.49 万元", "房屋 18,834.54 平方米").
extension ImportState {
    /// Paragraphs of the narrative (and, without parts, of the whole text).
    var narrative: [Paragraph] {
        paragraphs.filter { $0.role == .narrative || $0.role == .other }
    }

    /// The amount after the first of `words` found in `paragraphs` (first
    /// paragraph first), as an `Amount` with the line and section.
    func findAmount(_ words: [String], in paragraphs: [Paragraph], maxGap: Int = 8,
                    unit: String = "万元") -> Amount? {
        findNumber(words, in: paragraphs, maxGap: maxGap, unit: unit).map { $0.amount }
    }

    func findNumber(_ words: [String], in paragraphs: [Paragraph], maxGap: Int = 8, unit: String = "万元",
                    range: ((Paragraph) -> Range<Int>)? = nil) -> (amount: Amount, paragraph: Int, end: Int)? {
        let scalars = words.map(Words.w)
        let unitScalars = Words.w(unit)
        for (k, p) in paragraphs.enumerated() {
            let r = range?(p) ?? 0..<p.count
            var best: (SentenceNumber, Int)?
            for word in scalars {
                var from = r.lowerBound
                while let at = p.find(word, from: from, to: r.upperBound) {
                    from = at + 1
                    // A longer word that merely contains this one ("其他用车" in "其他用车主要是") is
                    // tried first by the callers' order; here only the number decides.
                    if let n = p.number(after: at + word.count, maxGap: maxGap, unit: unitScalars) {
                        if best == nil || at < best!.1 { best = (n, at) }
                        break
                    }
                }
                if best != nil { break }
            }
            if let (n, _) = best {
                let line = p.line(at: n.start)
                return (amount(n.value, line: line, table: label(ofLine: line)), k, n.end)
            }
        }
        return nil
    }

    func findCount(_ words: [String], in paragraphs: [Paragraph], unit: String, maxGap: Int = 4) -> Count? {
        guard let found = findNumber(words, in: paragraphs, maxGap: maxGap, unit: unit),
              let value = Int(exactly: NSDecimalNumber(decimal: found.amount.value).doubleValue),
              Decimal(value) == found.amount.value, value >= 0 else { return nil }
        return Count(value, source: found.amount.source)
    }
}
