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
        departments = members.map { member in
            let identity = member.department.identity
            let short = identity.shortName.flatMap { $0 == identity.name ? nil : $0 }
            return DepartmentItem(name: identity.name, shortName: short, displayName: identity.displayName,
                                  source: Self.source(of: member))
        }
        departmentNames = names.joined(separator: "、")
        let sourceList = scope.sources ?? members.compactMap(Self.source(of:))
        sources = sourceList.isEmpty ? nil : sourceList.joined(separator: "、")

        func amount(_ name: String, unit: ValueUnit = .wanYuan, _ read: (DepartmentMetrics) -> Decimal?) -> Comparison {
            let entries = zip(members, names).map { member, display in
                let value = read(member)
                return ComparisonEntry(department: display, value: value, exclusion: value == nil ? "未列明\(name)" : nil)
            }
            return ComparisonBuilder.build(metric: name, unit: unit, entries: entries, additive: true)
        }
        func field(_ field: ModelField) -> (DepartmentMetrics) -> Decimal? {
            { field.value(in: $0.department)?.value }
        }
        func numerator(_ metric: MetricID) -> (DepartmentMetrics) -> Decimal? { { $0[metric].numerator?.value } }
        func denominator(_ metric: MetricID) -> (DepartmentMetrics) -> Decimal? { { $0[metric].denominator?.value } }

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
        abroadCosts = amount("因公出国（境）费", field(.sangongAbroad))
        receptionCosts = amount("公务接待费", field(.sangongReception))
        vehicleCosts = amount("公务用车购置及运行费", numerator(.sangongVehicle))
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
            let entries = zip(members, names).map { member, display in
                let value = member[id]
                var notApplicable = false
                if case .notApplicable = value.reason { notApplicable = true }
                return ComparisonEntry(department: display, value: value.value,
                                       exclusion: value.reason.map(ComparisonBuilder.plainWords),
                                       notApplicable: notApplicable, stated: value.statedRatio)
            }
            return ComparisonBuilder.build(metric: definition.name, unit: .metric(definition.unit), entries: entries,
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

        yoyGeneralBudget = Self.yearOnYear(.generalBudget, members: members, names: names)
        yoyBasic = Self.yearOnYear(.basic, members: members, names: names)
        yoyProject = Self.yearOnYear(.project, members: members, names: names)
        yoySangong = Self.yearOnYear(.sangong, members: members, names: names)
        yoyOperatingCost = Self.yearOnYear(.operatingCost, members: members, names: names)

        self.findings = Self.findings(findings, members: members, names: names)
        gaps = Self.gaps(members: members, names: names)
        hasGaps = !gaps.isEmpty
    }

    /// The disclosure a department was read from: `identity.source`, else the file name.
    static func source(of member: DepartmentMetrics) -> String? {
        member.department.identity.source ?? member.file.map { URL(fileURLWithPath: $0).lastPathComponent }
    }

    /// The year-on-year statements of `item`. The change in percent is the
    /// one the narrative states; when it states none, it is computed as
    /// 增减额 / 上年 (上年 = 本年 − 增减额).
    static func yearOnYear(_ item: YearOnYearItem, members: [DepartmentMetrics], names: [String]) -> YearOnYearSummary {
        var entries: [YearOnYearItemText] = []
        var rates: [Decimal?] = []
        var increased: [String] = [], decreased: [String] = [], unchanged: [String] = [], notStated: [String] = []
        for (member, name) in zip(members, names) {
            guard let figure = member.yearOnYear(item) else {
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
        // The memo writes 三公 in quotation marks, as the disclosures do.
        return YearOnYearSummary(item: item == .sangong ? "“三公”经费" : item.name, stated: !entries.isEmpty, entries: entries, increased: joined(increased),
                                 decreased: joined(decreased), unchanged: joined(unchanged), notStated: joined(notStated),
                                 increasedCount: count(increased), decreasedCount: count(decreased),
                                 unchangedCount: count(unchanged), notStatedCount: count(notStated),
                                 largestIncrease: largestIncrease, largestDecrease: largestDecrease)
    }

    /// The findings about the group's departments, in plain words:
    /// inconsistencies one by one, rounding differences counted per department.
    static func findings(_ all: [Finding], members: [DepartmentMetrics], names: [String]) -> FindingsSummary {
        var inconsistencies: [FindingText] = []
        var rounding: [RoundingText] = []
        var clean: [String] = []
        var total = 0
        var roundingTotal = 0
        var inconsistencyTotal = 0
        for (member, name) in zip(members, names) {
            let own = all.filter { finding in
                finding.department == member.name && (member.file == nil || finding.file == member.file
                    || URL(fileURLWithPath: finding.file).lastPathComponent == URL(fileURLWithPath: member.file!).lastPathComponent)
            }
            total += own.count
            if own.isEmpty { clean.append(name) }
            // The same disagreement seen in two columns of one row (合计 and
            // 人员经费) reads as one sentence naming both columns.
            var merged: [(finding: Finding, details: [String])] = []
            for finding in own where finding.severity == .inconsistency {
                inconsistencyTotal += 1
                if let index = merged.firstIndex(where: { entry in
                    entry.finding.rule == finding.rule && entry.finding.actual == finding.actual
                        && entry.finding.expected == finding.expected && entry.finding.unit == finding.unit
                        && entry.finding.lines == finding.lines
                }) {
                    merged[index].details.append(finding.detail)
                } else {
                    merged.append((finding, [finding.detail]))
                }
            }
            for (finding, details) in merged {
                inconsistencies.append(FindingText(
                    department: name, rule: finding.description, location: combinedLocation(details),
                    stated: findingValue(finding.actual, finding.unit), expected: findingValue(finding.expected, finding.unit),
                    difference: findingDifference(finding), lines: lineText(finding.lines)))
            }
            let rounded = own.filter { $0.severity == .rounding }
            if !rounded.isEmpty {
                roundingTotal += rounded.count
                var rules: [String] = []
                for finding in rounded where !rules.contains(finding.description) { rules.append(finding.description) }
                rounding.append(RoundingText(department: name, count: String(rounded.count), rules: rules.joined(separator: "；")))
            }
        }
        return FindingsSummary(
            count: String(total), any: total > 0,
            inconsistencyCount: String(inconsistencyTotal), hasInconsistencies: inconsistencyTotal > 0,
            roundingCount: String(roundingTotal), hasRounding: roundingTotal > 0,
            inconsistencies: inconsistencies, rounding: rounding,
            cleanDepartments: clean.isEmpty ? nil : ComparisonBuilder.nameList(clean))
    }

    /// "表6 301 工资福利支出 合计" and "… 人员经费" → "表6 301 工资福利支出 合计、人员经费".
    static func combinedLocation(_ details: [String]) -> String {
        guard details.count > 1 else { return details.first ?? "" }
        let split = details.map { detail -> (String, String) in
            guard let space = detail.lastIndex(of: " ") else { return ("", detail) }
            return (String(detail[..<space]), String(detail[detail.index(after: space)...]))
        }
        if let prefix = split.first?.0, !prefix.isEmpty, split.allSatisfy({ $0.0 == prefix }) {
            return prefix + " " + split.map(\.1).joined(separator: "、")
        }
        return details.joined(separator: "；")
    }

    static func findingValue(_ value: Decimal, _ unit: Finding.Unit) -> String {
        unit == .wanYuan ? ChineseNumber.wanYuan(value) : ChineseNumber.percentUnits(value)
    }

    /// "多0.10万元" / "少0.02万元" (the stated figure against the expected one).
    static func findingDifference(_ finding: Finding) -> String {
        let size = finding.unit == .wanYuan ? ChineseNumber.wanYuan(abs(finding.difference))
            : ChineseNumber.grouped(abs(finding.difference)) + "个百分点"
        if ChineseNumber.roundsToZero(finding.difference) {
            return "相差不足0.01" + (finding.unit == .wanYuan ? "万元" : "个百分点")
        }
        return (finding.difference > 0 ? "多" : "少") + size
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
    static func gaps(members: [DepartmentMetrics], names: [String]) -> [GapItem] {
        var items: [GapItem] = []
        for (member, name) in zip(members, names) {
            var byReason: [(reason: String, metrics: [String])] = []
            for value in member.values {
                guard let reason = value.reason else { continue }
                if case .notApplicable = reason { continue }
                let words = ComparisonBuilder.plainWords(reason)
                if let index = byReason.firstIndex(where: { $0.reason == words }) {
                    byReason[index].metrics.append(value.definition.name)
                } else {
                    byReason.append((words, [value.definition.name]))
                }
            }
            items += byReason.map { GapItem(department: name, reason: $0.reason, metrics: $0.metrics.joined(separator: "、")) }
        }
        return items
    }
}
