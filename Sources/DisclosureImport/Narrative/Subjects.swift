import BudgetModel
import Foundation

/// What a narrative sentence is about: the subject words ("一般公共预算",
/// "基本支出", "公务接待费" …), the section the sentence sits in (the same
/// "基本支出" is `expenditure.basic` in 支出预算情况说明 and
/// `generalBudget.basic` in 一般公共预算当年拨款情况说明), and 类/款/项
/// paths ("一般公共服务支出（类）…行政运行（项）" → `function.2010301`).
enum Subjects {
    enum Context { case total, revenue, expenditure, fiscal, generalBudget, basicSection, sangong, operating, other }

    /// The context of a paragraph from its section heading and subheading
    /// (the department name and year before "年" are ignored).
    static func context(of p: Paragraph) -> Context {
        let heading = topic(p.sectionHeading ?? "")
        let sub = topic(p.subheading ?? "")
        if heading.has("三公") { return .sangong }
        if heading.has("运行经费") || sub.has("运行经费") { return .operating }
        if heading.has("基本支出") { return .basicSection }
        if heading.has("一般公共预算") { return .generalBudget }
        if heading.has("财政拨款收") { return .fiscal }
        if heading.has("收支") || heading.has("收入支出") { return .total }
        if heading.has("收入") { return .revenue }
        if heading.has("支出") { return .expenditure }
        return .other
    }

    private static func topic(_ heading: String) -> String {
        // "关于X2024年收入预算情况说明" → "收入预算情况说明".
        let s = Array(heading.unicodeScalars)
        var i = 0
        while i + 5 <= s.count {
            if (0..<4).allSatisfy({ Folding.isDigit(s[i + $0]) }), s[i + 4] == "年" {
                var j = i + 5
                if j < s.count, s[j] == "度" { j += 1 }
                return String(String.UnicodeScalarView(s[j...]))
            }
            i += 1
        }
        return heading
    }

    /// Subject words, each with the subject it names (nil = depends on the context).
    struct Word {
        var scalars: [Unicode.Scalar]
        var subject: YearOnYear.Subject?
        var contextual: String?
    }

    static let words: [Word] = {
        var list: [Word] = []
        func add(_ texts: [String], _ subject: YearOnYear.Subject?, _ contextual: String? = nil) {
            for t in texts { list.append(Word(scalars: Words.w(t), subject: subject, contextual: contextual)) }
        }
        add(["“三公”经费", "三公经费", "三公"], .sangongTotal)
        add(["因公出国(境)费", "因公出国（境）", "因公出国"], .sangongAbroad)
        add(["公务接待费", "公务接待"], .sangongReception)
        add(["公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置和运行维护费", "公务用车购置及运行"], .sangongVehicles)
        add(["公务用车购置费", "公务用车购置"], .sangongVehiclePurchase)
        add(["公务用车运行维护费", "公务用车运行费", "公务用车运行"], .sangongVehicleRunning)
        add(["机关运行经费", "单位运行经费", "运行经费"], .operatingCost)
        add(["财政拨款收入支出总体", "财政拨款收支总预算", "财政拨款收支总体", "财政拨款收支"], .fiscal)
        add(["收入支出总体", "收支总预算", "收支总体", "收入支出总计", "部门收入预算", "收入预算", "部门支出预算", "支出预算"], .total)
        add(["政府性基金预算", "政府性基金"], .revenueGovernmentFund)
        add(["国有资本经营预算", "国有资本经营"], .revenueStateCapital)
        add(["财政拨款结转", "上年结转"], .revenueCarryoverFiscal)
        add(["单位资金"], .revenueUnitFunds)
        add(["一般公共预算"], nil, "generalBudget")
        add(["基本支出"], nil, "basic")
        add(["项目支出"], nil, "project")
        return list
    }()

    /// The subject of the word found (resolving context-dependent words).
    static func subject(of word: Word, context: Context) -> YearOnYear.Subject? {
        if let subject = word.subject { return subject }
        switch (word.contextual, context) {
        case ("generalBudget", .revenue): return .revenueGeneralBudget
        case ("generalBudget", _): return .generalBudget
        case ("basic", .generalBudget): return .generalBudgetBasic
        case ("basic", _): return .expenditureBasic
        case ("project", .generalBudget): return .generalBudgetProject
        case ("project", _): return .expenditureProject
        default: return nil
        }
    }

    /// The subject a context stands for when a sentence names none
    /// ("与上年相比，增加 195.35 万元" under 财政拨款收入支出决算总体情况说明).
    static func subject(forContext context: Context) -> YearOnYear.Subject? {
        switch context {
        case .total: return .total
        case .fiscal: return .fiscal
        case .generalBudget: return .generalBudget
        case .sangong: return .sangongTotal
        case .operating: return .operatingCost
        default: return nil
        }
    }

    /// The earliest subject word in `range` of `p` (longest on ties), with its end.
    static func firstWord(in p: Paragraph, _ range: Range<Int>) -> (word: Word, start: Int, end: Int)? {
        var best: (word: Word, start: Int, end: Int)?
        guard !range.isEmpty else { return nil }
        for word in words {
            guard let at = p.find(word.scalars, from: range.lowerBound, to: range.upperBound) else { continue }
            if best == nil || at < best!.start || (at == best!.start && word.scalars.count > best!.word.scalars.count) {
                best = (word, at, at + word.scalars.count)
            }
        }
        return best
    }

    /// The subject word ending at (or just before, allowing "支出"/"费"/"经费") `index`.
    static func wordEnding(at index: Int, in p: Paragraph) -> (word: Word, start: Int)? {
        var best: (word: Word, start: Int)?
        for word in words {
            for slack in [0, 1, 2] {
                let start = index - slack - word.scalars.count
                guard start >= 0, p.has(word.scalars, at: start) else { continue }
                let between = String(String.UnicodeScalarView(p.f[(start + word.scalars.count)..<index]))
                guard ["", "费", "支出", "经费"].contains(between) else { continue }
                if best == nil || word.scalars.count > best!.word.scalars.count { best = (word, start) }
            }
        }
        return best
    }

    // MARK: 类/款/项 paths

    static let levelMarkers: [[Unicode.Scalar]] = [Words.w("(类)"), Words.w("(款)"), Words.w("(项)")]

    /// The 类/款/项 names of a path ending before `index` in the same
    /// sentence: (names, index just past the last marker).
    static func functionPath(in p: Paragraph, before index: Int) -> (names: [String], ranges: [Range<Int>], end: Int)? {
        let start = p.sentenceStart(before: index)
        var i = start
        // Skip a list marker: "-", "1、", "1.", "(1)".
        if i < index, p.f[i] == "-" { i += 1 }
        var digits = i
        if digits < index, p.f[digits] == "(" { digits += 1 }
        var j = digits
        while j < index, Folding.isDigit(p.f[j]) { j += 1 }
        if j > digits, j < index, p.f[j] == "、" || p.f[j] == "." || p.f[j] == ")" { i = j + 1 }
        var names: [String] = []
        var ranges: [Range<Int>] = []
        var end = i
        var nameStart = i
        var expected = 0
        var k = i
        while k < index, expected < 3 {
            var matched = false
            for level in expected..<3 where p.has(levelMarkers[level], at: k) {
                guard level == expected, k > nameStart else { return names.isEmpty ? nil : (names, ranges, end) }
                names.append(String(String.UnicodeScalarView(p.f[nameStart..<k])))
                ranges.append(nameStart..<k)
                k += levelMarkers[level].count
                end = k
                nameStart = k
                expected += 1
                matched = true
                break
            }
            if !matched {
                if Paragraph.isClauseStop(p.f[k]) || p.f[k] == "," { break }
                k += 1
            }
        }
        return names.isEmpty ? nil : (names, ranges, end)
    }
}
