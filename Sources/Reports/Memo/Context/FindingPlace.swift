import BudgetChecks
import Foundation

/// A data-check finding as one sentence a finance bureau would write:
/// where the stated figure is, what it is, what the figures it must agree
/// with come to, and the difference —
/// "表6中301工资福利支出公开数为125.98万元，其下各款合计126.00万元，相差0.02万元".
///
/// Built from the finding's rule id and its `detail` (the checked figure's
/// place, "表6 301 工资福利支出 合计", or "A 对 B" for two figures that must be
/// equal). A rule without its own wording falls back to its description
/// ("…，按“收入总计应等于支出总计”核算应为…").
enum FindingPlace {
    /// Table columns named at the end of a finding's detail.
    static let columns: Set<String> = ["合计", "人员经费", "公用经费", "基本支出", "项目支出"]

    /// What the stated figure is compared with, by rule id: the words before
    /// the expected figure.
    static let references: [String: String] = [
        "basic.economic-subtotals": "其下各款合计",
        "function.subtotals": "其下级科目合计",
        "basic.economic-classes-sum-to-total": "各类级科目合计",
        "function.classes-sum-to-total": "各类级科目合计",
        "expenditure.classes-sum-to-total": "各类支出合计",
        "fiscal.classes-sum-to-total": "各类财政拨款支出合计",
        "basic.personnel-plus-public": "人员经费与公用经费之和为",
        "basic.economic-row-split": "人员经费与公用经费之和为",
        "function.row-split": "基本支出与项目支出之和为",
        "expenditure.basic-plus-project": "基本支出与项目支出之和为",
        "carryover.items-sum-to-total": "各项目合计",
        "revenue.carryover-parts": "财政拨款结转与非财政拨款结转结余之和为",
        "expenditure.current-plus-carryover-equals-total": "本年支出与结余分配、年末结转和结余之和为",
        "revenue.fiscal-sources": "一般公共预算、政府性基金和国有资本经营预算拨款之和为",
        "performance.summary-equals-evaluations": "各项目绩效自评表合计",
        "procurement.parts-sum-to-total": "货物、工程、服务采购之和为",
        "projects.economic-split": "各经济分类支出之和为",
        "projects.sum-to-total": "各项目合计",
        "revenue.sources-sum-to-current-year": "各项收入之和为",
        "revenue.current-plus-carryover-equals-total": "本年收入与上年结转结余之和为",
        "sangong.components-sum-to-total": "因公出国（境）费、公务接待费与公务用车购置及运行费之和为",
        "sangong.vehicle-parts": "公务用车购置费与运行费之和为",
        "revenue.unit-funds-parts": "事业收入、上级补助收入、附属单位上缴收入、经营收入和其他收入之和为",
        "overlap.table1-vs-table3": "表3对应类级合计为",
        "overlap.table4-vs-table5": "表5对应类级合计为",
    ]

    /// The detail without its trailing column name, and that column
    /// ("表6 301 工资福利支出 合计" → ("表6 301 工资福利支出", "合计")).
    static func row(_ detail: String) -> (row: String, column: String?) {
        guard !detail.contains(" 对 ") else { return (detail, nil) }
        var tokens = detail.split(separator: " ").map(String.init)
        guard tokens.count >= 3, tokens[0].hasPrefix("表"), let last = tokens.last, columns.contains(last) else {
            return (detail, nil)
        }
        tokens.removeLast()
        return (tokens.joined(separator: " "), last)
    }

    /// The inconsistencies (or rounding differences) of one department with
    /// one discrepancy seen in several columns counted once: same rule, row,
    /// source lines and difference. Each comes with the columns it was seen in.
    static func merged(_ findings: [Finding]) -> [(finding: Finding, columns: [Finding])] {
        var merged: [(finding: Finding, columns: [Finding])] = []
        for finding in findings {
            let key = row(finding.detail).row
            if let index = merged.firstIndex(where: { entry in
                entry.finding.rule == finding.rule && row(entry.finding.detail).row == key
                    && entry.finding.lines == finding.lines && entry.finding.difference == finding.difference
                    && entry.finding.unit == finding.unit
            }) {
                merged[index].columns.append(finding)
            } else {
                merged.append((finding, [finding]))
            }
        }
        return merged
    }

    /// A place from a detail: "表6 301 工资福利支出" → "表6中301工资福利支出",
    /// "表6 总计" → "表6总计", "说明 机关运行经费" → "说明中机关运行经费".
    static func place(_ text: String) -> String {
        let tokens = text.split(separator: " ").map(String.init)
        guard tokens.count >= 2 else { return text }
        if tokens[0].hasPrefix("表") || tokens[0] == "说明" {
            let rest = tokens.dropFirst().joined()
            if tokens[1] == "总计", tokens.count > 2 { return tokens[0] + "总计行" + tokens.dropFirst(2).joined() }
            return tokens[1].hasSuffix("总计") || tokens[1].hasPrefix("总计") ? tokens[0] + rest : tokens[0] + "中" + rest
        }
        if tokens[0] == "决算数" { return "说明中" + tokens.dropFirst().joined() + "的决算数" }
        return tokens.joined()
    }

    /// The sentence for `finding`, seen in `columns` (the finding itself and
    /// the same discrepancy in other columns), without the department and
    /// the source lines.
    static func sentence(_ finding: Finding, columns: [Finding]) -> String {
        let value = { (amount: Decimal) in MemoContext.findingValue(amount, finding.unit) }
        let difference = MemoContext.findingDifference(finding)
        switch finding.rule {
        case "percent.year-on-year":
            let subject = finding.detail.replacingOccurrences(of: " 同比", with: "")
            return "说明中\(MemoContext.memoName(subject, kind: .budget))的同比增减率为\(value(finding.actual))，"
                + "按增减额除以上年数计算为\(value(finding.expected))，\(difference)"
        case "percent.budget-variance":
            let subject = finding.detail.replacingOccurrences(of: " 预决算差异率", with: "")
            return "说明中\(subject)的预决算差异率为\(value(finding.actual))，"
                + "按（决算数−预算数）÷预算数计算为\(value(finding.expected))，\(difference)"
        case "percent.execution-rate":
            let project = finding.detail.replacingOccurrences(of: "绩效自评 ", with: "").replacingOccurrences(of: " 执行率", with: "")
            return "绩效自评表中“\(project)”的执行率为\(value(finding.actual))，"
                + "按全年执行数除以全年预算数计算为\(value(finding.expected))，\(difference)"
        default:
            break
        }
        if finding.detail.contains(" 对 ") {
            let sides = finding.detail.components(separatedBy: " 对 ")
            let stated = place(sides[0]), reference = place(sides.dropFirst().joined(separator: " 对 "))
            return "\(stated)为\(value(finding.actual))，\(reference)为\(value(finding.expected))，\(difference)"
        }
        let (rowText, _) = row(finding.detail)
        let where_ = place(rowText)
        let reference = references[finding.rule] ?? "按“\(finding.description)”核算应为"
        let verb = where_.hasPrefix("表") ? "公开数为" : "为"
        let named = columns.compactMap { row($0.detail).column }
        // A single 合计 column goes unsaid; other columns are named.
        let columnText = named.isEmpty || named == ["合计"] ? "" : "（" + named.joined(separator: "、") + "栏）"
        if Set(columns.map(\.actual)).count <= 1 && Set(columns.map(\.expected)).count <= 1 {
            let head = columnText.isEmpty ? where_ : where_ + columnText
            let stated = columns.count > 1 ? verb.replacingOccurrences(of: "为", with: "均为") : verb
            return "\(head)\(stated)\(value(finding.actual))，\(reference)\(value(finding.expected))，\(difference)"
        }
        let parts = columns.map { column in
            "\(row(column.detail).column ?? "")栏\(verb)\(value(column.actual))（\(reference)\(value(column.expected))）"
        }
        return "\(where_)\(parts.joined(separator: "、"))，均\(difference)"
    }
}
