import BudgetModel
import Foundation

/// Year-on-year statements: "比上年预算增加 12.61 万元，增长 0.32%" → change
/// +12.61, changePercent +0.32, with the subject the sentence is about and
/// this year's figure when the same clause states it.
///
/// A change counts only when it is compared with the prior year (比上年预算,
/// 比上年决算, 较上年, 与上年相比, 同比) in its clause, or when it directly
/// follows a subject word in a sentence that makes that comparison
/// ("其中：因公出国（境）费增加 0.00 万元"). Changes inside a stated reason
/// ("主要原因是…较 2023 年减少 38 万元") are not statements about the subject.
enum YearOnYearReader {
    static let increase = Words.w("增加"), decrease = Words.w("减少")
    static let rise = Words.w("增长"), fall = Words.w("下降")
    static let changeWords: [([Unicode.Scalar], Decimal)] = [(increase, 1), (decrease, -1), (rise, 1), (fall, -1)]
    static let percentWords: [([Unicode.Scalar], Decimal)] = [
        (rise, 1), (fall, -1), (increase, 1), (decrease, -1), (Words.w("上升"), 1), (Words.w("降低"), -1),
    ]
    static let lastYear = Words.w("上年"), sameTerm = Words.w("同比"), reason = Words.w("原因")

    static func read(_ state: inout ImportState) {
        var statements: [YearOnYear] = []
        for p in state.paragraphs where p.role != .profile && p.role != .glossary && p.role != .front {
            let context = p.context
            var previousEnd = 0
            var i = 0
            while i < p.count {
                let c = p.f[i]
                guard c == "增" || c == "减" || c == "下",
                      let (word, sign) = changeWords.first(where: { p.has($0.0, at: i) }) else { i += 1; continue }
                let anchor = i
                i += word.count
                guard let change = p.number(after: anchor + word.count, maxGap: 0) else { continue }
                let segmentStart = max(previousEnd, lastStop(p, before: anchor, stops: ["。", ";"]))
                if p.find(reason, from: segmentStart, to: anchor) != nil { continue }
                let clauseStart = max(previousEnd, p.clauseStart(before: anchor))
                let priorYear = state.department.identity.year - 1
                var basis = basisPhrase(p, in: segmentStart..<anchor, priorYear: priorYear)
                var subject: String?
                var subjectEnd = clauseStart
                var subjectStart = clauseStart
                var path: (names: [String], ranges: [Range<Int>], end: Int)?
                if basis == nil {
                    // "其中：因公出国（境）费增加 0.00 万元": a subject word right before, and the
                    // sentence compares with the prior year earlier on.
                    guard let (w, start) = Subjects.wordEnding(at: anchor, in: p),
                          let sentenceBasis = basisPhrase(p, in: p.sentenceStart(before: anchor)..<anchor, priorYear: priorYear),
                          let s = Subjects.subject(of: w, context: context) else { continue }
                    basis = sentenceBasis
                    subject = s.rawValue
                    subjectEnd = anchor
                    subjectStart = start
                } else if let found = Subjects.functionPath(in: p, before: anchor), found.names.count >= 1 {
                    path = found
                    subjectEnd = found.end
                    subjectStart = found.ranges.first?.lowerBound ?? found.end
                } else if let found = Subjects.firstWord(in: p, clauseStart..<anchor)
                            ?? Subjects.firstWord(in: p, p.sentenceStart(before: anchor)..<anchor)
                            ?? Subjects.firstWord(in: p, previousSentence(p, before: anchor)),
                          let s = Subjects.subject(of: found.word, context: context) {
                    subject = s.rawValue
                    subjectEnd = found.end
                    subjectStart = found.start
                } else if let s = Subjects.subject(forContext: context) {
                    subject = s.rawValue
                    subjectEnd = p.sentenceStart(before: anchor)
                    subjectStart = subjectEnd
                }
                if let path {
                    if let resolved = state.catalogue.resolve(path.names) {
                        subject = "function." + resolved.code
                    } else {
                        state.report.add(.unreadable, field: "yearOnYear", at: state.label(ofLine: p.line(at: anchor)),
                                         line: p.line(at: anchor),
                                         "no code known for \(path.names.joined(separator: "/")): statement skipped")
                        previousEnd = change.end
                        continue
                    }
                }
                guard let subject else {
                    state.report.add(.unreadable, field: "yearOnYear", at: state.label(ofLine: p.line(at: anchor)),
                                     line: p.line(at: anchor), "year-on-year change without a subject")
                    previousEnd = change.end
                    continue
                }
                // Percent: "，增长 0.32%".
                var percent: Decimal?
                var end = change.end
                var k = change.end
                if k < p.count, p.f[k] == "," { k += 1 }
                var percentLine = p.line(at: change.start)
                if let (pw, psign) = percentWords.first(where: { p.has($0.0, at: k) }),
                   let pct = p.percent(after: k + pw.count, maxGap: 0) {
                    percent = pct.value < 0 ? pct.value : pct.value * psign
                    end = pct.end
                    percentLine = p.line(at: pct.start)
                }
                let line = p.line(at: change.start)
                let label = state.label(ofLine: line)
                var current = lastAmount(p, in: subjectEnd..<anchor).map {
                    state.amount($0.value, line: p.line(at: $0.start), table: state.label(ofLine: p.line(at: $0.start)))
                }
                if current == nil { current = sectionFigure(subject, context: context, paragraph: p, state) }
                let statement = YearOnYear(
                    subject: subject,
                    current: current,
                    change: state.amount(change.value * sign, line: line, table: label),
                    changePercent: percent.map { state.amount($0, line: percentLine, table: state.label(ofLine: percentLine)) },
                    basis: basis, line: p.line(at: subjectStart))
                if let existing = statements.first(where: { $0.subject == subject }) {
                    if existing.change.value != statement.change.value {
                        state.report.add(.totalsDisagree, field: "yearOnYear", at: label, line: line,
                                         "second statement for \(subject) (change \(statement.change.value)) differs from 第\(existing.line ?? 0)行 (change \(existing.change.value)); first kept")
                    }
                } else {
                    statements.append(statement)
                }
                previousEnd = end
                i = end
            }
        }
        if !statements.isEmpty { state.department.yearOnYear = statements }
    }

    /// This year's figure for a statement that gives only the change
    /// ("2024 年财政拨款“三公”经费预算比上年预算增加 0.00 万元"): the figure the
    /// same section states for the subject ("“三公”经费预算数为 49.81 万元，其中：
    /// 因公出国（境）费 0 万元…"), or, for the section's own topic (收入支出总体,
    /// 财政拨款收入支出总体), the first figure of the section ("收入总计 550.53 万元").
    static func sectionFigure(_ subject: String, context: Subjects.Context, paragraph: Paragraph,
                              _ state: ImportState) -> Amount? {
        if subject.hasPrefix("sangong."), context == .sangong {
            guard let words = SangongNarrativeReader.fields.first(where: { $0.2 == subject })?.1 else { return nil }
            let section = state.narrative.filter { $0.context == .sangong }
            return state.findAmount(words, in: section, maxGap: 6)
        }
        guard let topic = Subjects.subject(forContext: context), topic.rawValue == subject,
              context == .total || context == .fiscal else { return nil }
        for p in state.narrative where p.sectionHeading == paragraph.sectionHeading && p.firstLine <= paragraph.firstLine {
            if let first = lastAmount(p, in: 0..<p.count, first: true) {
                let line = p.line(at: first.start)
                return state.amount(first.value, line: line, table: state.label(ofLine: line))
            }
        }
        return nil
    }

    /// "上年预算", "上年决算" or "上年" when `range` compares with the prior year.
    static func basisPhrase(_ p: Paragraph, in range: Range<Int>, priorYear: Int? = nil) -> String? {
        guard !range.isEmpty else { return nil }
        if let at = p.findLast(lastYear, before: range.upperBound - lastYear.count, notBefore: range.lowerBound) {
            let after = at + lastYear.count
            if p.has(Words.w("预算"), at: after) { return "上年预算" }
            if p.has(Words.w("决算"), at: after) { return "上年决算" }
            return "上年"
        }
        if p.find(sameTerm, from: range.lowerBound, to: range.upperBound) != nil { return "上年" }
        // "比 2023 年预算增加" / "较2023年度减少" naming the prior year.
        if let year = priorYear {
            let written = Words.w(String(year) + "年")
            for prefix in [Words.w("比"), Words.w("较")] {
                if let at = p.findLast(prefix + written, before: range.upperBound - written.count - 1, notBefore: range.lowerBound) {
                    var after = at + prefix.count + written.count
                    if p.has(Words.w("度"), at: after) { after += 1 }
                    if p.has(Words.w("预算"), at: after) { return "上年预算" }
                    if p.has(Words.w("决算"), at: after) { return "上年决算" }
                    return "上年"
                }
            }
        }
        return nil
    }

    private static func lastStop(_ p: Paragraph, before index: Int, stops: Set<Unicode.Scalar>) -> Int {
        var i = index - 1
        while i >= 0 {
            if stops.contains(p.f[i]) { return i + 1 }
            i -= 1
        }
        return 0
    }

    /// The sentence before the one containing `index`.
    private static func previousSentence(_ p: Paragraph, before index: Int) -> Range<Int> {
        let start = p.sentenceStart(before: index)
        guard start > 0 else { return 0..<0 }
        return p.sentenceStart(before: start - 1)..<(start - 1)
    }

    /// The last (or first) "N 万元" in `range`.
    static func lastAmount(_ p: Paragraph, in range: Range<Int>, first: Bool = false) -> SentenceNumber? {
        var found: SentenceNumber?
        var i = range.lowerBound
        while i < range.upperBound {
            if Folding.isDigit(p.f[i]), i == 0 || !(Folding.isDigit(p.f[i - 1]) || p.f[i - 1] == "." || p.f[i - 1] == ","),
               let n = p.number(after: i, maxGap: 0), n.end <= range.upperBound {
                found = n
                if first { return n }
                i = n.end
            } else {
                i += 1
            }
        }
        return found
    }
}
