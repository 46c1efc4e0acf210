import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

/// 附表: the key metrics, one row per department, for leaders who want the
/// figures behind the sentences. The header row repeats on every page the
/// table spans. With two or more departments, a 中位数 row and a 全组 row
/// (amounts summed, ratios pooled as Σnumerator / Σdenominator) follow.
///
/// Columns (156 mm, the type area's width): 部门, 在职人数, 支出总计, then
/// five metrics: for a 预算 group 编制使用率, 人均公用经费, 人均三公经费,
/// 三公经费占财政拨款支出比重, 项目支出占比; for a 决算 group 人均公用经费,
/// 人均三公经费, 三公经费占财政拨款支出比重, 项目执行率, 预决算差异率 (a
/// 决算 seldom states 编制数, and execution is what a 决算 adds).
/// A value that cannot be computed shows as "—".
enum KeyMetricsTable {
    /// The metric columns for a group of `kind`.
    static func metrics(for kind: DisclosureKind) -> [MetricID] {
        switch kind {
        case .budget: return [.staffFill, .percapPublic, .sangongPercap, .sangongShare, .mixProject]
        case .final: return [.percapPublic, .sangongPercap, .sangongShare, .execRate, .execVariance]
        }
    }

    static func table(_ group: MetricGroup) -> TextTable {
        let metrics = metrics(for: group.key.kind)
        let members = group.departments
        let expenditureTerm = group.key.kind == .final ? "本年支出合计" : "支出总计"
        let onDuty: (DepartmentMetrics) -> Decimal? = { $0[.percapPublic].denominator?.value }
        let expenditure: (DepartmentMetrics) -> Decimal? = { $0[.mixBasic].denominator?.value }

        func header(_ text: String, unit: String? = nil) -> TextTableCell {
            TextTableCell([Paragraph(text, style: MemoStyles.tableHeader)]
                          + (unit.map { [Paragraph("（\($0)）", style: MemoStyles.tableHeader)] } ?? []))
        }
        func number(_ text: String) -> TextTableCell { TextTableCell(text, style: MemoStyles.tableNumber) }
        func metricHeader(_ id: MetricID) -> TextTableCell {
            let definition = id.definition
            return header(definition.name, unit: definition.unit == .wanYuanPerPerson ? "万元/人" : nil)
        }

        let headerRow = [header("部门"), header("在职人数", unit: "人"), header(expenditureTerm, unit: "万元")]
            + metrics.map(metricHeader)
        var rows: [[TextTableCell]] = members.map { member in
            [TextTableCell(member.department.identity.displayName, style: MemoStyles.tableText),
             number(onDuty(member).map(persons) ?? MetricFormat.noValue),
             number(expenditure(member).map { ChineseNumber.grouped($0) } ?? MetricFormat.noValue)]
                + metrics.map { number(cell(member[$0].value, $0)) }
        }
        if members.count >= 2 {
            let staff = members.compactMap(onDuty), spending = members.compactMap(expenditure)
            rows.append([TextTableCell("中位数", style: MemoStyles.tableSummary),
                         number(Statistics.median(staff).map(persons) ?? MetricFormat.noValue),
                         number(Statistics.median(spending).map { ChineseNumber.grouped($0) } ?? MetricFormat.noValue)]
                        + metrics.map { number(cell(group[$0].median, $0)) })
            rows.append([TextTableCell("全组", style: MemoStyles.tableSummary),
                         number(staff.isEmpty ? MetricFormat.noValue : persons(staff.reduce(0, +))),
                         number(spending.isEmpty ? MetricFormat.noValue : ChineseNumber.grouped(spending.reduce(0, +)))]
                        + metrics.map { number(cell(group[$0].pooled.value, $0)) })
        }
        let widths: [Double] = [31, 16, 21] + Array(repeating: 17.6, count: metrics.count)
        return TextTable(columns: widths.map { .mm($0) }, headerRows: [headerRow], rows: rows,
                         border: Border(width: .pt(0.5)), padding: .mm(1), alignment: .center)
    }

    /// A number of persons: whole numbers without decimals, a median between
    /// two counts with its ".5".
    static func persons(_ value: Decimal) -> String {
        ChineseNumber.grouped(value, decimals: value.rounded(scale: 0) == value ? 0 : 1)
    }

    /// A metric value as the table shows it: "12.34%", "4.63", "—".
    static func cell(_ value: Decimal?, _ metric: MetricID) -> String {
        guard let value else { return MetricFormat.noValue }
        let unit = metric.definition.unit
        return unit.isPercent ? ChineseNumber.percent(value) : ChineseNumber.grouped(value)
    }
}
