import BudgetModel
import Foundation

/// A final account's 项目支出绩效自评表 (one per project: 项目名称, 主管部门,
/// 实施单位, the 年度资金总额 row with 年初预算数, 全年预算数, 全年执行数, 分值,
/// 执行率, 得分, the 其中：当年财政拨款 row and the 总分), and the summary
/// sentence "本单位预算绩效评价项目 2 个，全年预算数 253.05 万元，全年执行数 253.05 万元".
enum PerformanceReader {
    static let defaultLayout = ColumnLayout(count: 6, keys: ["initial", "fullYear", "executed", "weight", "rate", "score"])

    static func columnKey(_ label: String) -> String? {
        if label.has("年初预算") { return "initial" }
        if label.has("全年预算") { return "fullYear" }
        if label.has("全年执行") || label.has("执行数") { return "executed" }
        if label.has("执行率") { return "rate" }
        if label == "分值" || label.hasPrefix("分值") { return "weight" }
        if label == "得分" || label.hasPrefix("得分") { return "score" }
        return nil
    }

    static func read(_ state: inout ImportState) {
        var evaluations: [PerformanceEvaluation] = []
        let lines = state.text.lines
        var i = 0
        while i < lines.count {
            let line = lines[i]
            guard !line.hasTab, line.compact.has("绩效自评表"), line.compact.count <= 30 else { i += 1; continue }
            // The table runs to the next title or section heading.
            var end = i + 1
            while end < lines.count, end - i < 200 {
                let c = lines[end].compact
                if !lines[end].hasTab && (c.has("绩效自评表") || Paragraphs.isHeading(lines[end])) { break }
                end += 1
            }
            if let evaluation = readOne(lines[(i + 1)..<end], &state) { evaluations.append(evaluation) }
            i = end
        }
        if !evaluations.isEmpty {
            var finalAccount = state.department.finalAccount ?? FinalAccount()
            finalAccount.performance = evaluations
            state.department.finalAccount = finalAccount
        }
        readSummary(&state)
    }

    private static func readOne(_ lines: ArraySlice<SourceLine>, _ state: inout ImportState) -> PerformanceEvaluation? {
        var evaluation: PerformanceEvaluation?
        var layout = defaultLayout
        var headerSeen = false
        for line in lines where !line.isBlank {
            let tokens = RowTokenizer.tokens(of: line)
            let texts = tokens.compactMap(\.text)
            let keys = tokens.compactMap(\.textKey)
            let label = state.label(ofLine: line.number)
            if let k = keys.firstIndex(where: { $0 == "项目名称" }), evaluation == nil {
                guard k + 1 < texts.count else { continue }
                var e = PerformanceEvaluation(project: texts[k + 1])
                e.line = line.number
                evaluation = e
                continue
            }
            guard var e = evaluation else { continue }
            if let k = keys.firstIndex(of: "主管部门"), k + 1 < texts.count, keys[k + 1] != "实施单位" { e.supervisor = texts[k + 1] }
            if let k = keys.firstIndex(of: "实施单位"), k + 1 < texts.count { e.implementer = texts[k + 1] }
            if !headerSeen, keys.contains(where: { $0.has("年初预算") }) {
                layout = HeaderMapping.layout([HeaderLine(tokens: tokens, positional: line.hasTab)], numbered: nil,
                                              keyFor: columnKey, fallback: defaultLayout)
                headerSeen = true
                evaluation = e
                continue
            }
            let rowKey = keys.last ?? ""
            func amount(_ value: Decimal?) -> Amount? {
                value.map { state.amount($0, line: line.number, table: label) }
            }
            if rowKey.has("年度资金总额") || rowKey.has("资金总额"), e.initialBudget == nil && e.executed == nil,
               let row = TableScanner.split(tokens, line: line.number, layout: layout, positional: line.hasTab) {
                e.initialBudget = amount(row.value("initial"))
                e.fullYearBudget = amount(row.value("fullYear"))
                e.executed = amount(row.value("executed"))
                e.weight = amount(row.value("weight"))
                e.statedExecutionRate = amount(row.value("rate"))
                e.score = amount(row.value("score"))
            } else if rowKey.has("当年财政拨款"), e.fiscalInitialBudget == nil,
                      let row = TableScanner.split(tokens, line: line.number, layout: layout, positional: line.hasTab) {
                e.fiscalInitialBudget = amount(row.value("initial"))
                e.fiscalFullYearBudget = amount(row.value("fullYear"))
                e.fiscalExecuted = amount(row.value("executed"))
            } else if keys.first == "总分" || keys.first?.hasPrefix("总分") == true, e.totalScore == nil {
                e.totalScore = amount(tokens.compactMap(\.number).last)
            }
            evaluation = e
        }
        if let e = evaluation, e.initialBudget == nil && e.executed == nil {
            state.report.add(.unreadable, field: "finalAccount.performance", at: state.label(ofLine: e.line ?? 1), line: e.line,
                             "绩效自评表 of \(e.project): no 年度资金总额 row")
        }
        return evaluation
    }

    private static func readSummary(_ state: inout ImportState) {
        let anchor = Words.w("绩效评价项目")
        for p in state.narrative {
            guard let at = p.find(anchor), let n = p.number(after: at + anchor.count, maxGap: 2, unit: Words.w("个")) else { continue }
            let sentence = n.end..<p.sentenceEnd(after: n.end)
            var summary = PerformanceSummary()
            let line = p.line(at: n.start)
            if let value = Int(exactly: NSDecimalNumber(decimal: n.value).doubleValue), Decimal(value) == n.value {
                summary.projects = Count(value, line: line, table: state.label(ofLine: line))
            }
            func amount(_ found: SentenceNumber?) -> Amount? {
                found.map { state.amount($0.value, line: p.line(at: $0.start), table: state.label(ofLine: p.line(at: $0.start))) }
            }
            summary.fullYearBudget = amount(p.amount(after: Words.w("全年预算数"), in: sentence, maxGap: 2))
            summary.executed = amount(p.amount(after: Words.w("全年执行数"), in: sentence, maxGap: 2))
            var finalAccount = state.department.finalAccount ?? FinalAccount()
            finalAccount.performanceSummary = summary
            state.department.finalAccount = finalAccount
            return
        }
    }
}
