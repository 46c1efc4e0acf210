import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

/// A one-page profile (单位概况) of one department, for `batch --per-department`:
/// its figures, its metrics with its rank in its group, and the findings of
/// its data checks.
///
/// ```swift
/// let group = MetricGroup(key: key, departments: members)
/// let profile = DepartmentProfile(group: group, index: 0, findings: findings, file: "007-教育局.yaml")
/// try profile.document().write(to: folder.appendingPathComponent("教育局.odt"))
/// ```
///
/// Layout, top to bottom: the department's name; "2025年度部门预算 单位概况";
/// the comparison group and the input file; 一、基本数据 (staff and the main
/// amounts with their source lines); 二、主要指标与组内排名 (each metric that
/// applies to the disclosure's kind: value, rank/number ranked, group median,
/// deviation from it, and why a value is missing or flagged); 三、数据核查
/// (counts by severity and the first `listedFindings` findings, inconsistencies
/// first; the rest are in the group workbook's 数据核查 sheet). Nothing depends on the clock or on
/// the run, so the same input gives the same bytes.
public struct DepartmentProfile: Sendable {
    /// Findings listed in the profile; more would push it past one page.
    public static let listedFindings = 4

    /// The department's comparison group.
    public let group: MetricGroup
    /// The department's index in `group.departments`.
    public let index: Int
    /// Its data-check findings.
    public let findings: [Finding]
    /// Its input file as the report names it (relative to the region folder).
    public let file: String

    public init(group: MetricGroup, index: Int, findings: [Finding], file: String) {
        precondition(group.departments.indices.contains(index), "index outside the group")
        self.group = group
        self.index = index
        self.findings = findings
        self.file = file
    }

    var metrics: DepartmentMetrics { group.departments[index] }
    var department: Department { metrics.department }

    /// The profile as a text document.
    public func document() -> TextDocument {
        let identity = department.identity
        var document = TextDocument(
            page: ProfileStyles.page, defaultText: ProfileStyles.defaultText,
            metadata: DocumentMetadata(title: "\(identity.name) \(identity.year)年度部门\(identity.kind.chineseName) 单位概况",
                                       subject: "单位概况"))
        document.appendParagraph(identity.name, style: ProfileStyles.title)
        document.appendParagraph("\(identity.year)年度部门\(identity.kind.chineseName)　单位概况", style: ProfileStyles.subtitle)
        for line in infoLines() { document.appendParagraph(line, style: ProfileStyles.info) }

        document.appendHeading("一、基本数据", level: 1, style: ProfileStyles.heading)
        document.append(.table(figuresTable()))
        document.appendParagraph("金额单位：万元。“—”表示公开文本未载明该数据（不以0代替）；来源为公开文本中的表格与行号。",
                                 style: ProfileStyles.note)

        document.appendHeading("二、主要指标与组内排名", level: 1, style: ProfileStyles.heading)
        document.append(.table(metricsTable()))
        document.appendParagraph(
            "排名：组内数值从高到低（1为最高，并列同名次），“/”后为组内有数值的单位数，高低本身不代表好坏。"
                + "与中位数差＝本单位数值−组中位数（百分比指标以百分点计）。显示保留两位小数（四舍五入），计算按全精度。"
                + "底色：超出组内四分位围栏（Q1−1.5×IQR、Q3+1.5×IQR；组内有数值的单位不少于8个时）。",
            style: ProfileStyles.note)

        document.appendHeading("三、数据核查", level: 1, style: ProfileStyles.heading)
        document.appendParagraph(findingsSummary(), style: ProfileStyles.body)
        if !findings.isEmpty {
            document.append(.table(findingsTable()))
            if findings.count > Self.listedFindings {
                document.appendParagraph(
                    "另有\(findings.count - Self.listedFindings)条未列出，详见本组比较分析表的“数据核查”表。", style: ProfileStyles.note)
            }
        }
        return document
    }

    /// The group and the file, and a warning for generated data.
    func infoLines() -> [String] {
        var lines = [
            "比较组：\(group.key.label)，共\(group.departments.count)个单位",
            "数据文件：\(file)" + (department.identity.source.map { "（公开文本：\($0)）" } ?? ""),
        ]
        if department.identity.synthetic == true {
            lines.append("注意：本单位为模拟数据（synthetic），并非真实部门。")
        }
        return lines
    }

    // MARK: 一、基本数据

    /// Two figures per row: 项目 | 数值 | 来源 | 项目 | 数值 | 来源.
    func figuresTable() -> TextTable {
        let figures = ProfileFigure.figures(of: department)
        let half = (figures.count + 1) / 2
        func cells(_ figure: ProfileFigure?) -> [TextTableCell] {
            guard let figure else { return Array(repeating: TextTableCell("", style: ProfileStyles.cellText), count: 3) }
            return [TextTableCell(figure.term, style: ProfileStyles.cellText),
                    TextTableCell(figure.text, style: ProfileStyles.cellNumber),
                    TextTableCell(figure.source, style: ProfileStyles.cellSmall)]
        }
        let rows = (0..<half).map { row in
            cells(figures[row]) + cells(row + half < figures.count ? figures[row + half] : nil)
        }
        let widths: [Length] = [.mm(29), .mm(24), .mm(32), .mm(29), .mm(24), .mm(32)]
        return TextTable(columns: widths, headerRows: [ProfileStyles.headerRow(["项目", "数值", "来源", "项目", "数值", "来源"])],
                         rows: rows, padding: ProfileStyles.cellPadding)
    }

    // MARK: 二、主要指标与组内排名

    /// The metrics that apply to the department's kind, in catalogue order.
    var applicableMetrics: [MetricID] {
        MetricID.allCases.filter { $0.definition.applicability.applies(to: department.identity.kind) }
    }

    func metricsTable() -> TextTable {
        let rows = applicableMetrics.map(metricRow)
        let widths: [Length] = [.mm(46), .mm(19), .mm(16), .mm(19), .mm(25), .mm(45)]
        return TextTable(columns: widths,
                         headerRows: [ProfileStyles.headerRow(["指标", "本单位", "组内排名", "组中位数", "与中位数差", "说明"])],
                         rows: rows, padding: ProfileStyles.cellPadding)
    }

    func metricRow(_ metric: MetricID) -> [TextTableCell] {
        let definition = metric.definition
        let statistics = group[metric]
        let standing = statistics.standings[index]
        let value = metrics[metric]
        let unit = definition.unit
        let name = definition.name + (unit.isPercent ? "" : "（\(unit.symbol)）")
        let rank = standing.rank.map { "\($0)/\(statistics.count)" } ?? MetricFormat.noValue
        let fill = standing.outlier == nil ? nil : ProfileStyles.outlierFill
        return [
            TextTableCell(name, style: ProfileStyles.cellText),
            TextTableCell(MetricFormat.display(standing.value, unit: unit), style: ProfileStyles.cellNumber, background: fill),
            TextTableCell(rank, style: ProfileStyles.cellCenter),
            TextTableCell(MetricFormat.display(statistics.median, unit: unit), style: ProfileStyles.cellNumber),
            TextTableCell(Self.deviation(standing.deviationFromMedian, unit: unit), style: ProfileStyles.cellNumber),
            TextTableCell(Self.remark(value, standing), style: ProfileStyles.cellSmall),
        ]
    }

    /// "+1.23个百分点", "-0.45", "0.00", or "—".
    static func deviation(_ value: Decimal?, unit: MetricUnit) -> String {
        guard let value else { return MetricFormat.noValue }
        let text = MetricFormat.fixed(unit.isPercent ? value * 100 : value, decimals: unit.displayDecimals)
        let signed = text.hasPrefix("-") || text == MetricFormat.fixed(0, decimals: unit.displayDecimals) ? text : "+" + text
        return signed + (unit.isPercent ? "个百分点" : "")
    }

    /// Why there is no value, the outlier flag, and the rate the disclosure
    /// itself states when it differs from the computed one.
    static func remark(_ value: MetricValue, _ standing: BudgetMetrics.Standing) -> String {
        if let reason = value.reason { return Self.reason(reason) }
        var parts: [String] = []
        switch standing.outlier {
        case .high?: parts.append("高于组内上围栏（偏高）")
        case .low?: parts.append("低于组内下围栏（偏低）")
        case nil: break
        }
        if let stated = value.stated, let statedRatio = value.statedRatio {
            let shown = MetricFormat.percent(statedRatio)
            let computed = value.value.map { MetricFormat.percent($0) }
            parts.append(computed == shown ? "与公开数\(shown)一致" : "公开数\(DecimalText.canonical(stated.value))%")
        }
        return parts.joined(separator: "；")
    }

    /// The reason in the profile's narrow column: the missing inputs by their
    /// Chinese terms only (the workbook gives the model paths as well).
    static func reason(_ reason: NoValueReason) -> String {
        if case .missingInput(let inputs) = reason, !inputs.isEmpty {
            return "缺少输入：" + inputs.map(\.term).joined(separator: "、")
        }
        return reason.description
    }

    // MARK: 三、数据核查

    func findingsSummary() -> String {
        guard !findings.isEmpty else { return "按公开文本自身勾稽关系核对，未发现不一致。" }
        let inconsistencies = findings.filter { $0.severity == .inconsistency }.count
        let rounding = findings.count - inconsistencies
        return "按公开文本自身勾稽关系核对，发现\(findings.count)处差异：不一致\(inconsistencies)处，尾差（0.01万元以内）\(rounding)处。"
    }

    /// Ascending line numbers with runs of three or more shortened:
    /// [79, 86, 264, 265, 266, 267] → "79、86、264–267".
    static func lineRanges(_ lines: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < lines.count {
            var end = index
            while end + 1 < lines.count && lines[end + 1] == lines[end] + 1 { end += 1 }
            if end - index >= 2 {
                parts.append("\(lines[index])–\(lines[end])")
            } else {
                parts += lines[index...end].map(String.init)
            }
            index = end + 1
        }
        return parts.joined(separator: "、")
    }

    /// The findings listed: inconsistencies before rounding differences,
    /// each in `DataChecks` order, at most `listedFindings`.
    var listed: [Finding] {
        let inconsistencies = findings.filter { $0.severity == .inconsistency }
        let rounding = findings.filter { $0.severity != .inconsistency }
        return Array((inconsistencies + rounding).prefix(Self.listedFindings))
    }

    func findingsTable() -> TextTable {
        let rows = listed.map { finding -> [TextTableCell] in
            let unit = finding.unit == .wanYuan ? "" : finding.unit.chineseName
            let lines = finding.lines.isEmpty ? MetricFormat.noValue : Self.lineRanges(finding.lines)
            let rule = finding.description + (finding.detail.isEmpty ? "" : "（\(finding.detail)）")
            return [
                TextTableCell(rule, style: ProfileStyles.cellSmall),
                TextTableCell(finding.severity.chineseName, style: ProfileStyles.cellCenter),
                TextTableCell(Finding.text(finding.expected, unit: finding.unit) + unit, style: ProfileStyles.cellNumber),
                TextTableCell(Finding.text(finding.actual, unit: finding.unit) + unit, style: ProfileStyles.cellNumber),
                TextTableCell(Finding.text(finding.difference, unit: finding.unit) + unit, style: ProfileStyles.cellNumber),
                TextTableCell(lines, style: ProfileStyles.cellSmall),
            ]
        }
        let widths: [Length] = [.mm(70), .mm(11), .mm(20), .mm(20), .mm(17), .mm(32)]
        return TextTable(columns: widths, headerRows: [ProfileStyles.headerRow(["核查规则", "性质", "应为", "实为", "差额", "来源行号"])],
                         rows: Array(rows), padding: ProfileStyles.cellPadding)
    }
}
