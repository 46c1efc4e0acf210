import BudgetModel
import Foundation

/// A final account (部门决算) states its figures in the narrative:
/// 收入支出决算总体情况 (说明一), 收入决算 (说明二), 支出决算 (说明三),
/// 财政拨款收入支出决算 (说明四), 一般公共预算财政拨款支出决算 with its 类 and 项
/// (说明五), and 基本支出 with 人员经费/公用经费 (说明六).
enum FinalAccountReader {
    static func read(_ state: inout ImportState) {
        let narrative = state.narrative
        func paragraphs(_ context: Subjects.Context) -> [Paragraph] {
            narrative.filter { $0.context == context }
        }
        let total = paragraphs(.total), income = paragraphs(.revenue), spending = paragraphs(.expenditure)
        var revenue = state.department.revenue ?? Revenue()
        var expenditure = state.department.expenditure ?? Expenditure()
        func fill<T>(_ root: inout T, _ path: WritableKeyPath<T, Amount?>, _ words: [String], _ ps: [Paragraph], maxGap: Int = 4) {
            if root[keyPath: path] == nil, let amount = state.findAmount(words, in: ps, maxGap: maxGap) {
                root[keyPath: path] = amount
            }
        }
        fill(&revenue, \.total, ["收入总计"], total)
        // 本年收入/本年支出 from their own sections (说明二/三) first, then the overview (说明一).
        fill(&revenue, \.currentYear, ["本年收入合计", "本年收入"], income + total)
        fill(&revenue, \.nonFiscalBalanceUsed, ["使用非财政拨款结余"], total, maxGap: 8)
        fill(&revenue, \.carryover, ["年初结转和结余"], total)
        fill(&revenue, \.fiscal, ["财政拨款收入"], income)
        fill(&revenue, \.superiorSubsidy, ["上级补助收入"], income)
        fill(&revenue, \.businessIncome, ["事业收入"], income)
        fill(&revenue, \.operatingIncome, ["经营收入"], income)
        fill(&revenue, \.affiliatedRemittance, ["附属单位上缴收入"], income)
        fill(&revenue, \.otherIncome, ["其他收入"], income)
        fill(&expenditure, \.total, ["支出总计"], total)
        fill(&expenditure, \.currentYear, ["本年支出合计", "本年支出"], spending + total)
        fill(&expenditure, \.balanceDistribution, ["结余分配"], total)
        fill(&expenditure, \.yearEndCarryover, ["年末结转和结余"], total)
        fill(&expenditure, \.basic, ["基本支出"], spending)
        fill(&expenditure, \.project, ["项目支出"], spending)
        fill(&expenditure, \.remittedToSuperior, ["上缴上级支出"], spending)
        fill(&expenditure, \.operating, ["经营支出"], spending)
        fill(&expenditure, \.subsidiesToAffiliates, ["对附属单位补助支出"], spending)
        if revenue != Revenue() { state.department.revenue = revenue }
        if expenditure != Expenditure() { state.department.expenditure = expenditure }

        var fiscal = state.department.fiscal ?? FiscalAppropriation()
        let fiscalParagraphs = paragraphs(.fiscal)
        fill(&fiscal, \.revenue, ["本年财政拨款收入"], fiscalParagraphs)
        fill(&fiscal, \.expenditure, ["本年财政拨款支出"], fiscalParagraphs)
        fill(&fiscal, \.openingCarryover, ["年初财政拨款结转和结余"], fiscalParagraphs)
        fill(&fiscal, \.closingCarryover, ["年末财政拨款结转和结余"], fiscalParagraphs)
        let general = paragraphs(.generalBudget)
        fill(&fiscal, \.generalBudgetTotal, ["一般公共预算财政拨款支出"], general)
        let rows = functionRows(general, &state)
        if !rows.isEmpty, fiscal.generalBudgetByFunction == nil { fiscal.generalBudgetByFunction = rows }
        if fiscal != FiscalAppropriation() { state.department.fiscal = fiscal }

        var basic = state.department.basicExpenditure ?? BasicExpenditure()
        let basicParagraphs = paragraphs(.basicSection)
        fill(&basic, \.total, ["基本支出"], basicParagraphs)
        fill(&basic, \.personnel, ["人员经费"], basicParagraphs)
        fill(&basic, \.publicFunds, ["公用经费"], basicParagraphs)
        if basic != BasicExpenditure() { state.department.basicExpenditure = basic }
    }

    /// "1. 一般公共服务支出（类）465.76 万元" and "…行政运行（项）: 支出决算数为 272.36 万元".
    static func functionRows(_ paragraphs: [Paragraph], _ state: inout ImportState) -> [FunctionRow] {
        var rows: [FunctionRow] = []
        for p in paragraphs {
            guard let path = Subjects.functionPath(in: p, before: p.sentenceEnd(after: 0)) else { continue }
            guard let n = p.number(after: path.end, maxGap: 10) else { continue }
            guard let resolved = state.catalogue.resolve(path.names) else {
                state.report.add(.unreadable, field: "fiscal.generalBudgetByFunction", at: state.label(ofLine: p.firstLine),
                                 line: p.firstLine, "no code known for \(path.names.joined(separator: "/"))")
                continue
            }
            guard !rows.contains(where: { $0.code == resolved.code }) else { continue }
            let line = p.line(at: n.start)
            let name = p.rawText(path.ranges.last!, in: state.text)
            rows.append(FunctionRow(code: resolved.code, name: name,
                                    total: state.amount(n.value, line: line, table: state.label(ofLine: line)), line: line))
        }
        // In code order (类 before its 项), as the tables of a budget list them.
        return rows.sorted { $0.code < $1.code }
    }
}

/// 预决算差异率 sentences: "年初预算数 544.01 万元，决算数 490.88 万元，预决算差异率-9.77%".
enum BudgetComparisonReader {
    static func read(_ state: inout ImportState) {
        let anchor = Words.w("预决算差异率")
        let initial = Words.w("年初预算数"), fullYear = Words.w("全年预算数"), final = Words.w("决算数")
        var comparisons: [BudgetComparison] = []
        for p in state.narrative {
            let context = p.context
            var from = 0
            var previousEnd = 0
            while let at = p.find(anchor, from: from) {
                from = at + anchor.count
                let start = max(previousEnd, lastStop(p, before: at))
                let rate = p.number(after: at + anchor.count, maxGap: 2, unit: Words.percent)
                guard let finalAt = p.findLast(final, before: at - final.count, notBefore: start),
                      // "预决算差异率" itself ends in "决算"; the 决算数 must be a figure.
                      let finalValue = p.number(after: finalAt + final.count, maxGap: 2) else {
                    state.report.add(.unreadable, field: "finalAccount.budgetComparisons", at: state.label(ofLine: p.line(at: at)),
                                     line: p.line(at: at), "预决算差异率 without a 决算数")
                    continue
                }
                let initialValue = p.findLast(initial, before: finalAt, notBefore: start)
                    .flatMap { p.number(after: $0 + initial.count, maxGap: 2) }
                let fullYearValue = p.findLast(fullYear, before: finalAt, notBefore: start)
                    .flatMap { p.number(after: $0 + fullYear.count, maxGap: 2) }
                // The subject: a word in the clause, else the section.
                let clauseStart = max(previousEnd, p.clauseStart(before: at))
                var subject: YearOnYear.Subject?
                if let found = Subjects.firstWord(in: p, clauseStart..<at) ?? Subjects.firstWord(in: p, start..<at) {
                    subject = Subjects.subject(of: found.word, context: context)
                }
                if subject == nil { subject = Subjects.subject(forContext: context) }
                guard let subject else {
                    state.report.add(.unreadable, field: "finalAccount.budgetComparisons", at: state.label(ofLine: p.line(at: at)),
                                     line: p.line(at: at), "预决算差异率 without a subject")
                    continue
                }
                func amount(_ n: SentenceNumber) -> Amount {
                    let line = p.line(at: n.start)
                    return state.amount(n.value, line: line, table: state.label(ofLine: line))
                }
                let line = p.line(at: finalValue.start)
                comparisons.append(BudgetComparison(subject: subject.rawValue, initialBudget: initialValue.map(amount),
                                                    fullYearBudget: fullYearValue.map(amount), final: amount(finalValue),
                                                    statedVarianceRate: rate.map(amount), line: line))
                previousEnd = rate?.end ?? from
            }
        }
        guard !comparisons.isEmpty else { return }
        var finalAccount = state.department.finalAccount ?? FinalAccount()
        finalAccount.budgetComparisons = comparisons
        state.department.finalAccount = finalAccount
    }

    private static func lastStop(_ p: Paragraph, before index: Int) -> Int {
        var i = index - 1
        while i >= 0 {
            if p.f[i] == "。" || p.f[i] == ";" { return i + 1 }
            i -= 1
        }
        return 0
    }
}
