import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation

extension MemoContext {
    /// The memo's variables for one comparison group: its departments'
    /// metrics and statistics, and the data-check findings of its departments
    /// (findings about other departments are ignored).
    init(group: MetricGroup, findings: [Finding], scope: MemoScope) {
        let members = group.departments
        let identities = members.map(\.department.identity)
        let names = identities.map(\.displayName)

        year = String(group.key.year)
        kind = group.key.kind.chineseName
        isBudget = group.key.kind == .budget
        isFinal = group.key.kind == .final
        var regions: [String] = []
        for region in identities.compactMap(\.region) where !regions.contains(region) { regions.append(region) }
        region = scope.region ?? (regions.isEmpty ? nil : regions.joined(separator: "、"))
        tag = group.key.tag
        departmentCount = String(members.count)
        singleDepartment = members.count == 1
        severalDepartments = members.count >= 2
        fewDepartments = (2...5).contains(members.count)
        manyDepartments = members.count >= 6
        let memberSources = members.map(Self.source(of:))
        departments = zip(identities, memberSources).map { identity, source in
            let short = identity.shortName.flatMap { $0 == identity.name ? nil : $0 }
            return DepartmentItem(name: identity.name, shortName: short, displayName: identity.displayName,
                                  source: source)
        }
        departmentNames = names.joined(separator: "、")
        let sourceList = scope.sources ?? memberSources.compactMap { $0 }
        sources = sourceList.isEmpty ? nil : sourceList.joined(separator: "、")

        let kind = group.key.kind
        /// Each member's value of `metric`, in member order.
        func values(_ metric: MetricID) -> [MetricValue] { members.map { $0[metric] } }
        /// Each member's statement of `item`, in member order.
        func statements(_ item: YearOnYearItem) -> [YearOnYearFigure?] { members.map { $0.yearOnYear(item) } }

        /// - Parameters:
        ///   - absence: why a department has no value ("未列明编制数" by default).
        ///   - amounts: each member's amount, in member order.
        func amount(_ name: String, unit: ValueUnit = .wanYuan, absence: String? = nil,
                    _ amounts: [Decimal?]) -> Comparison {
            let entries = amounts.indices.map { index in
                ComparisonEntry(department: names[index], value: amounts[index],
                                exclusion: amounts[index] == nil ? absence ?? "未列明\(name)" : nil)
            }
            return ComparisonBuilder.build(metric: name, unit: unit, entries: entries, additive: true)
        }
        func field(_ field: ModelField) -> [Decimal?] { members.map { field.value(in: $0.department)?.value } }
        func numerator(_ metric: MetricID) -> [Decimal?] { values(metric).map { $0.numerator?.value } }
        func denominator(_ metric: MetricID) -> [Decimal?] { values(metric).map { $0.denominator?.value } }

        // Amounts are read through the metrics' own operands where a metric
        // uses them, so that the memo's totals are the figures its ratios divide.
        let expenditureName = group.key.kind == .final ? "本年支出合计" : "支出总计"
        revenueTotal = amount("收入总计", denominator(.mixFiscal))
        expenditureTotal = amount(expenditureName, denominator(.mixBasic))
        fiscalRevenue = amount("财政拨款收入", numerator(.mixFiscal))
        fiscalExpenditure = amount("财政拨款支出合计", denominator(.sangongShare))
        basicExpenditure = amount("基本支出", numerator(.mixBasic))
        projectExpenditure = amount("项目支出", numerator(.mixProject))
        personnelFunds = amount("人员经费", numerator(.percapPersonnel))
        publicFunds = amount("公用经费", numerator(.percapPublic))
        operatingCost = amount("机关运行经费", numerator(.percapRunning))
        sangongTotal = amount("“三公”经费", numerator(.sangongPercap))
        // A component of 三公 that a disclosure leaves out is not "not
        // stated": the disclosure may well have none of it (departments often
        // list only what they spend), so the memo says it is not listed
        // separately rather than that the figure is missing.
        abroadCosts = amount("因公出国（境）费", absence: "未单独列示因公出国（境）费", field(.sangongAbroad))
        receptionCosts = amount("公务接待费", absence: "未单独列示公务接待费", field(.sangongReception))
        vehicleCosts = amount("公务用车购置及运行费", absence: "未单独列示公务用车购置及运行费", numerator(.sangongVehicle))
        sangongItems = [abroadCosts, receptionCosts, vehicleCosts].compactMap { comparison in
            comparison.total.map { AmountItem(item: comparison.metric, total: $0, excludedText: comparison.excludedText) }
        }
        authorized = amount("编制数", unit: .persons, denominator(.staffFill))
        onDuty = amount("在职人数", unit: .persons, denominator(.percapPublic))
        retirees = amount("离退休人数", unit: .persons, numerator(.staffRetiree))
        actualStaff = amount("实有人数", unit: .persons, numerator(.staffActual))

        func metric(_ id: MetricID) -> Comparison {
            let statistics = group[id]
            let definition = id.definition
            let metricValues = values(id)
            let entries = metricValues.indices.map { index in
                let value = metricValues[index]
                var notApplicable = false
                if case .notApplicable = value.reason { notApplicable = true }
                return ComparisonEntry(department: names[index], value: value.value,
                                       exclusion: value.reason.map { ComparisonBuilder.plainWords($0, kind: kind) },
                                       notApplicable: notApplicable, stated: value.statedRatio)
            }
            return ComparisonBuilder.build(metric: Self.memoName(definition.name, kind: kind), unit: .metric(definition.unit), entries: entries,
                                           additive: false, pooled: statistics.pooled.value)
        }
        staffFill = metric(.staffFill)
        staffRetiree = metric(.staffRetiree)
        staffActual = metric(.staffActual)
        percapPublic = metric(.percapPublic)
        percapPersonnel = metric(.percapPersonnel)
        percapRunning = metric(.percapRunning)
        sangongShare = metric(.sangongShare)
        sangongPublic = metric(.sangongPublic)
        sangongPercap = metric(.sangongPercap)
        sangongVehicle = metric(.sangongVehicle)
        sangongYoY = metric(.sangongYoY)
        mixBasic = metric(.mixBasic)
        mixProject = metric(.mixProject)
        mixFiscal = metric(.mixFiscal)
        mixCarryover = metric(.mixCarryover)
        execRate = metric(.execRate)
        execAdjust = metric(.execAdjust)
        execVariance = metric(.execVariance)

        // The same quotient under two names: where every department's
        // 机关运行经费 is its 公用经费, the memo says so once instead of
        // repeating the comparison word for word.
        runningEqualsPublic = !members.isEmpty && zip(values(.percapRunning), values(.percapPublic)).allSatisfy { running, publicFunds in
            guard let running = running.value, let publicFunds = publicFunds.value else { return false }
            return running == publicFunds
        }

        yoyGeneralBudget = Self.yearOnYear(.generalBudget, kind: kind, statements: statements(.generalBudget), names: names)
        yoyBasic = Self.yearOnYear(.basic, kind: kind, statements: statements(.basic), names: names)
        yoyProject = Self.yearOnYear(.project, kind: kind, statements: statements(.project), names: names)
        yoySangong = Self.yearOnYear(.sangong, kind: kind, statements: statements(.sangong), names: names)
        yoyOperatingCost = Self.yearOnYear(.operatingCost, kind: kind, statements: statements(.operatingCost), names: names)

        self.findings = Self.findings(findings, members: members, names: names)
        gaps = Self.gaps(members: members, names: names, kind: kind)
        hasGaps = !gaps.isEmpty
    }

    /// The disclosure a department was read from: `identity.source`, else the file name.
    static func source(of member: DepartmentMetrics) -> String? {
        member.department.identity.source ?? member.file.map { URL(fileURLWithPath: $0).lastPathComponent }
    }

    /// A name from the metric catalogue as the memo's sentences write it:
    /// 三公 in quotation marks as in the headings ("人均“三公”经费",
    /// "公务用车占“三公”经费比重"), and a final account's 上年结转结余 under
    /// its own name, 年初结转和结余.
    static func memoName(_ name: String, kind: DisclosureKind) -> String {
        var text = name
        if !text.contains("“三公”") {
            text = text.replacingOccurrences(of: "三公合计", with: "“三公”经费合计")
                .replacingOccurrences(of: "三公经费", with: "“三公”经费")
                .replacingOccurrences(of: "占三公比重", with: "占“三公”经费比重")
        }
        if kind == .final { text = text.replacingOccurrences(of: "上年结转结余", with: "年初结转和结余") }
        return text
    }

    /// What the narrative's year-on-year statement of `item` is about: the
    /// statement of 一般公共预算 is the budget's 一般公共预算拨款收入 and the
    /// final account's 一般公共预算财政拨款支出 (as the disclosures say it).
    static func yearOnYearNoun(_ item: YearOnYearItem, kind: DisclosureKind) -> String {
        switch item {
        case .sangong: return "“三公”经费"
        case .generalBudget: return kind == .final ? "一般公共预算财政拨款支出" : "一般公共预算拨款收入"
        default: return item.name
        }
    }

    /// The year-on-year statements of `item`. The change in percent is the
    /// one the narrative states; when it states none, it is computed as
    /// 增减额 / 上年 (上年 = 本年 − 增减额).
    ///
    /// - Parameter statements: each member's statement of `item`, in member order.
    static func yearOnYear(_ item: YearOnYearItem, kind: DisclosureKind, statements: [YearOnYearFigure?],
                           names: [String]) -> YearOnYearSummary {
        var entries: [YearOnYearItemText] = []
        var rates: [Decimal?] = []
        var increased: [String] = [], decreased: [String] = [], unchanged: [String] = [], notStated: [String] = []
        for (statement, name) in zip(statements, names) {
            guard let figure = statement else {
                notStated.append(name)
                continue
            }
            let change = figure.change.value
            let percent = figure.statedPercent?.value ?? figure.changeRatio.map { $0 * 100 }
            let text: String
            if let amount = ChineseNumber.amountChange(change) {
                text = [amount, percent.flatMap(ChineseNumber.rateChange(percent:))].compactMap { $0 }.joined(separator: "，")
                if change > 0 { increased.append(name) } else { decreased.append(name) }
            } else {
                text = "持平"
                unchanged.append(name)
            }
            let isUnchanged = ChineseNumber.roundsToZero(change)
            rates.append(isUnchanged ? nil : percent)
            entries.append(YearOnYearItemText(
                department: name, current: ChineseNumber.wanYuan(figure.current.value), basis: figure.basis ?? "上年",
                change: text, increased: !isUnchanged && change > 0, decreased: !isUnchanged && change < 0,
                unchanged: isUnchanged))
        }
        func joined(_ names: [String]) -> String? { names.isEmpty ? nil : ComparisonBuilder.nameList(names) }
        func count(_ names: [String]) -> String? { names.isEmpty ? nil : String(names.count) }
        // The largest rise and fall by rate, among two or more statements
        // (the first in member order on a tie).
        var largestIncrease: YearOnYearItemText?
        var largestDecrease: YearOnYearItemText?
        if entries.count >= 2 {
            let withRates = zip(entries, rates).compactMap { entry, rate in rate.map { (entry, $0) } }
            if let top = withRates.filter({ $0.1 > 0 }).max(by: { $0.1 < $1.1 }) { largestIncrease = top.0 }
            if let bottom = withRates.filter({ $0.1 < 0 }).min(by: { $0.1 < $1.1 }) { largestDecrease = bottom.0 }
        }
        // The basis the statements share ("上年预算"), else plain 上年.
        let bases = Set(entries.map(\.basis))
        return YearOnYearSummary(item: yearOnYearNoun(item, kind: kind), basis: bases.count == 1 ? bases.first! : "上年",
                                 stated: !entries.isEmpty, entries: entries, increased: joined(increased),
                                 decreased: joined(decreased), unchanged: joined(unchanged), notStated: joined(notStated),
                                 increasedCount: count(increased), decreasedCount: count(decreased),
                                 unchangedCount: count(unchanged), notStatedCount: count(notStated),
                                 largestIncrease: largestIncrease, largestDecrease: largestDecrease)
    }

    /// The findings about the group's departments, in plain words:
    /// inconsistencies one by one, rounding differences counted per department.
    ///
    /// A discrepancy is counted once: the same figure found wrong in several
    /// columns of one row (Table 6's 合计 and 人员经费 both hold 301's
    /// 125.98) is one finding — same rule, same row, same source lines, same
    /// difference — and reads as one sentence naming the columns.
    static func findings(_ all: [Finding], members: [DepartmentMetrics], names: [String]) -> FindingsSummary {
        var inconsistencies: [FindingText] = []
        var rounding: [RoundingText] = []
        var clean: [String] = []
        var roundingTotal = 0
        var inconsistencyTotal = 0
        // Only a department's own findings can be about it: they are looked
        // up by department name (in their order) rather than all scanned per department.
        var byDepartment: [String: [Finding]] = [:]
        for finding in all { byDepartment[finding.department, default: []].append(finding) }
        let owners = members.map { member in (name: member.name, file: member.file) }
        for ((departmentName, file), name) in zip(owners, names) {
            let own = (byDepartment[departmentName] ?? []).filter { finding in
                file == nil || finding.file == file
                    || URL(fileURLWithPath: finding.file).lastPathComponent == URL(fileURLWithPath: file!).lastPathComponent
            }
            if own.isEmpty { clean.append(name) }
            let merged = FindingPlace.merged(own.filter { $0.severity == .inconsistency })
            inconsistencyTotal += merged.count
            for (finding, columns) in merged {
                inconsistencies.append(FindingText(
                    department: name, rule: finding.description,
                    sentence: FindingPlace.sentence(finding, columns: columns),
                    stated: findingValue(finding.actual, finding.unit), expected: findingValue(finding.expected, finding.unit),
                    difference: findingDifference(finding), lines: lineText(finding.lines)))
            }
            let rounded = FindingPlace.merged(own.filter { $0.severity == .rounding })
            if !rounded.isEmpty {
                roundingTotal += rounded.count
                rounding.append(RoundingText(department: name, count: String(rounded.count)))
            }
        }
        let total = inconsistencyTotal + roundingTotal
        let roundingText = rounding.count > 3
            ? "涉及\(rounding.count)个部门"
            : rounding.map { "\($0.department)\($0.count)处" }.joined(separator: "、")
        return FindingsSummary(
            count: String(total), any: total > 0,
            inconsistencyCount: String(inconsistencyTotal), hasInconsistencies: inconsistencyTotal > 0,
            roundingCount: String(roundingTotal), hasRounding: roundingTotal > 0,
            inconsistencies: inconsistencies, rounding: rounding,
            roundingDepartments: rounding.isEmpty ? nil : roundingText,
            cleanDepartments: clean.isEmpty ? nil : ComparisonBuilder.nameList(clean))
    }

    static func findingValue(_ value: Decimal, _ unit: Finding.Unit) -> String {
        unit == .wanYuan ? ChineseNumber.wanYuan(value) : ChineseNumber.percentUnits(value)
    }

    /// "相差0.02万元" / "相差0.10个百分点" (the size of stated − expected;
    /// which figure is larger is plain from the two figures beside it).
    static func findingDifference(_ finding: Finding) -> String {
        let unitName = finding.unit == .wanYuan ? "万元" : "个百分点"
        if ChineseNumber.roundsToZero(finding.difference) { return "相差不足0.01" + unitName }
        return "相差" + ChineseNumber.grouped(abs(finding.difference)) + unitName
    }

    /// "第264—274行", "第104、108、109行"; `nil` without lines.
    static func lineText(_ lines: [Int]) -> String? {
        guard !lines.isEmpty else { return nil }
        var runs: [(Int, Int)] = []
        for line in lines.sorted() {
            if let last = runs.last, line == last.1 + 1 {
                runs[runs.count - 1].1 = line
            } else if runs.last?.1 != line {
                runs.append((line, line))
            }
        }
        return "第" + runs.map { $0.0 == $0.1 ? String($0.0) : "\($0.0)—\($0.1)" }.joined(separator: "、") + "行"
    }

    /// Per department, the metrics without a value for a reason the
    /// department could fix (a figure not stated, a zero denominator), grouped
    /// by reason; metrics that do not apply to the kind are not gaps.
    static func gaps(members: [DepartmentMetrics], names: [String], kind: DisclosureKind) -> [GapItem] {
        var items: [GapItem] = []
        for (member, name) in zip(members, names) {
            var byReason: [(reason: String, metrics: [String])] = []
            for value in member.values {
                guard let reason = value.reason else { continue }
                if case .notApplicable = reason { continue }
                let words = ComparisonBuilder.plainWords(reason, kind: kind)
                let metric = memoName(value.definition.name, kind: kind)
                if let index = byReason.firstIndex(where: { $0.reason == words }) {
                    byReason[index].metrics.append(metric)
                } else {
                    byReason.append((words, [metric]))
                }
            }
            items += byReason.map { GapItem(department: name, reason: $0.reason, metrics: $0.metrics.joined(separator: "、")) }
        }
        return items
    }
}
