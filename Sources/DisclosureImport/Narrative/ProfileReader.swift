import BudgetModel
import Foundation

/// The profile (第一部分 部门概况): the staff sentence, the budget units
/// and the divisions, and the short name ("以下简称“新疆驻北京办事处”").
enum ProfileReader {
    static func read(_ state: inout ImportState) {
        let profile = state.paragraphs.filter { $0.role == .profile }
        // Without a profile part, the paragraphs before the first table or narrative section.
        let candidates = profile.isEmpty ? Array(state.paragraphs.prefix(40)) : profile
        readStaff(candidates, &state)
        readUnitsAndDivisions(candidates, &state)
        readShortName(candidates, &state)
    }

    // MARK: Staff

    static func readStaff(_ paragraphs: [Paragraph], _ state: inout ImportState) {
        let markers = [Words.w("编制数"), Words.w("实有人数"), Words.w("在职人员"), Words.w("核定编制")]
        guard let p = paragraphs.first(where: { p in markers.contains { p.find($0) != nil } && p.count < 2000 }) else {
            return
        }
        var staff = Staff()
        let people: [[Unicode.Scalar]] = [Words.w("人"), Words.w("名")]
        func count(_ words: [String], excludingBefore: Unicode.Scalar? = nil, from: Int = 0) -> (Count, end: Int)? {
            for word in words.map(Words.w) {
                var search = from
                while let at = p.find(word, from: search) {
                    search = at + 1
                    if let excluded = excludingBefore, at > 0, p.f[at - 1] == excluded { continue }
                    guard let n = p.number(after: at + word.count, maxGap: 4, units: people + [[]]),
                          let value = Int(exactly: NSDecimalNumber(decimal: n.value).doubleValue), n.value >= 0,
                          Decimal(value) == n.value else { continue }
                    let line = p.line(at: n.start)
                    return (Count(value, line: line, table: state.label(ofLine: line) ?? "概况"), n.end)
                }
            }
            return nil
        }
        /// ",减少5人" right after a count → -5.
        func change(after end: Int) -> Count? {
            var i = end
            if i < p.count, p.f[i] == "," { i += 1 }
            let increase = Words.w("增加"), decrease = Words.w("减少")
            let sign: Decimal
            if p.has(increase, at: i) { sign = 1; i += increase.count }
            else if p.has(decrease, at: i) { sign = -1; i += decrease.count }
            else { return nil }
            guard let n = p.number(after: i, maxGap: 1, units: people + [[]]),
                  let value = Int(exactly: NSDecimalNumber(decimal: n.value * sign).doubleValue) else { return nil }
            let line = p.line(at: n.start)
            return Count(value, line: line, table: state.label(ofLine: line) ?? "概况")
        }
        staff.authorized = count(["编制数", "核定编制数", "编制人数", "核定编制"])?.0
        staff.actual = count(["实有人数", "实有人员"])?.0
        if let (onDuty, end) = count(["在职人员", "在职"]) {
            staff.onDuty = onDuty
            staff.onDutyChange = change(after: end)
        }
        if let (retired, end) = count(["退休人员", "退休"], excludingBefore: "离") {
            staff.retired = retired
            staff.retiredChange = change(after: end)
        }
        if let (separated, end) = count(["离休人员", "离休"]) {
            staff.separated = separated
            staff.separatedChange = change(after: end)
        }
        if staff != Staff() { state.department.staff = staff }
    }

    // MARK: Units and divisions

    static func readUnitsAndDivisions(_ paragraphs: [Paragraph], _ state: inout ImportState) {
        let none = Words.w("无下属预算单位"), none2 = Words.w("没有下属预算单位")
        for (k, p) in paragraphs.enumerated() {
            if state.department.identity.budgetUnits == nil, p.find(none) != nil || p.find(none2) != nil {
                state.department.identity.budgetUnits = []
            }
            // "…下属预算单位包括：" followed by a list of items, or the list inline.
            if state.department.identity.budgetUnits == nil, let at = p.find(Words.w("预算单位包括")) ?? p.find(Words.w("预算单位有")) {
                let afterColon = listStart(p, from: at)
                let inline = afterColon < p.count ? split(p, afterColon..<p.sentenceEnd(after: afterColon), state.text) : []
                if !inline.isEmpty {
                    state.department.identity.budgetUnits = inline
                } else {
                    var units: [String] = []
                    for item in paragraphs[(k + 1)...] {
                        guard let text = listItem(item, state.text) else { break }
                        units.append(text)
                    }
                    // The list usually starts with the department itself (本级): not a 下属 unit.
                    let own = TextClean.key(state.department.identity.name)
                    units.removeAll { TextClean.key($0) == own || TextClean.key($0) == own + "(本级)" }
                    if !units.isEmpty { state.department.identity.budgetUnits = units }
                }
            }
            // "下设 6 个处室，分别是：办公室、…。"
            if state.department.identity.divisions == nil,
               let at = p.find(Words.w("分别是")) ?? p.find(Words.w("分别为")),
               p.findLast(Words.w("下设"), before: at) != nil || p.findLast(Words.w("内设"), before: at) != nil {
                let start = listStart(p, from: at)
                let items = split(p, start..<p.sentenceEnd(after: start), state.text)
                if !items.isEmpty { state.department.identity.divisions = items }
            }
        }
    }

    /// Index after the ":" that follows `index` (or `index` + the word when none).
    private static func listStart(_ p: Paragraph, from index: Int) -> Int {
        var i = index
        while i < p.count, i < index + 12 {
            if p.f[i] == ":" { return i + 1 }
            i += 1
        }
        return p.count
    }

    /// Items of "A、B、C" in `range`, as written.
    private static func split(_ p: Paragraph, _ range: Range<Int>, _ text: SourceText) -> [String] {
        var items: [String] = []
        var start = range.lowerBound
        var depth = 0
        for i in range.lowerBound...range.upperBound {
            let atEnd = i == range.upperBound
            if !atEnd {
                if p.f[i] == "(" { depth += 1 }
                if p.f[i] == ")" { depth = max(0, depth - 1) }
            }
            if atEnd || (depth == 0 && (p.f[i] == "、" || p.f[i] == ";" || p.f[i] == "," )) {
                let item = p.rawText(start..<i, in: text).trimmingCharacters(in: CharacterSet(charactersIn: " 。.;；,，"))
                if !item.isEmpty { items.append(item) }
                start = i + 1
            }
        }
        return items
    }

    /// "- 1、新疆迎宾馆" → "新疆迎宾馆"; nil when the paragraph is not a numbered item.
    private static func listItem(_ p: Paragraph, _ text: SourceText) -> String? {
        var i = 0
        if i < p.count, p.f[i] == "-" { i += 1 }
        let digits = i
        while i < p.count, Folding.isDigit(p.f[i]) { i += 1 }
        guard i > digits, i < p.count, p.f[i] == "、" || p.f[i] == "." || p.f[i] == ")" else { return nil }
        let item = p.rawText((i + 1)..<p.count, in: text).trimmingCharacters(in: CharacterSet(charactersIn: " 。;；"))
        return item.isEmpty || item.count > 60 ? nil : item
    }

    // MARK: Short name

    /// "(以下简称“新疆驻北京办事处”)", else the 编制部门 of the tables when it
    /// is a shorter form of the full name ("自治区机关事务管理局").
    static func readShortName(_ paragraphs: [Paragraph], _ state: inout ImportState) {
        defer {
            if state.department.identity.shortName == nil { state.department.identity.shortName = compilerName(state) }
        }
        let word = Words.w("以下简称")
        for p in paragraphs {
            guard let at = p.find(word) else { continue }
            var start = at + word.count
            while start < p.count, p.f[start] == "\"" || p.f[start] == ":" { start += 1 }
            var end = start
            while end < p.count, end - start < 30, p.f[end] != "\"", p.f[end] != ")", p.f[end] != "," { end += 1 }
            guard end > start, end - start < 30 else { continue }
            state.department.identity.shortName = p.rawText(start..<end, in: state.text)
            return
        }
    }

    private static func compilerName(_ state: ImportState) -> String? {
        let full = state.department.identity.name
        for block in state.tables {
            for n in block.lines.prefix(12) {
                let line = state.text.line(n)
                guard line.compact.hasPrefix("编制部门:") || line.compact.hasPrefix("编制单位:") else { continue }
                let text = line.text
                guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { continue }
                let name = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, name.count < full.count, TextClean.key(full).hasSuffix(TextClean.key(name)) else { return nil }
                return name
            }
        }
        return nil
    }
}
