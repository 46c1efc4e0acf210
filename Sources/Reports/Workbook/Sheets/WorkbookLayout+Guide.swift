import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

extension WorkbookLayout {
    /// How to read the workbook, one line each (shown unwrapped, overflowing
    /// to the right, so that LibreOffice need not size merged rows).
    static let readingNotes: [String] = [
        "1. 金额单位为万元，显示两位小数并使用千位分隔符；比例显示为百分数（两位小数）；人数为整数。",
        "2. 显示时四舍五入，单元格内保存完整精度的数值，公式也按完整精度计算。",
        "3. “—”表示无值：公开文本未列该数字、分母为零或指标不适用于本类公开；从不以 0 代替无值。每个“—”单元格的批注写明原因。",
        "4. 指标汇总中的指标都是公式，引用“人员”“经费”“三公”“项目”等数据表中的原始数字；修改原始数字后，指标、排名、合计、平均值和中位数随之重算。",
        "5. 数据表中的数字是公开文本所列的原值（不是公式）；每个数字的批注注明出处（文件名、表号、行号），“来源文件”列注明所依据的公开文档。",
        "6. “指标计算”表列出每个指标的分子和分母，可据以核对；某单位缺少输入或采用替代口径时，单元格批注予以说明。",
        "7. 排名：1 为组内最高值，同值同名次；数值高低的好坏视指标而定（如项目执行率高为好，人均三公经费高则不然）。",
        "8. 全组合计 = 分子、分母均有值的单位的 Σ分子 ÷ Σ分母（把全组视为一个单位）；平均值、中位数只计有值的单位。",
        "9. 离群值：组内有值的单位不少于 8 个时，低于 Q1 − 1.5×IQR 或高于 Q3 + 1.5×IQR 的数值以橙色底色标出，批注给出围栏；",
        "   标注在生成时确定（严格的 ODF 格式没有条件格式），修改数据后不会自动更新。",
        "10. 数据核查列出各单位公开文本自身前后不一致之处：差额不超过 0.01 万元的记为“尾差”，超过的记为“不一致”（橙色）。",
        "11. “经费”表的“财政拨款收入”只设一列：取表2（决算：收入决算情况说明）所列，未列时取表4（决算：财政拨款收支决算说明）所列；",
        "   预算的表1没有财政拨款收入行。批注注明取自何处、另一处是否相同；有单位两处所列不同时，另设一列并列显示另一处的数字。",
        "12. “功能分类”表并列“公开总计”（公开文本所列的总计，原值）和“各类之和”（公式），“差额”= 各类之和 − 公开总计；",
        "   各类金额按 0.01 万元四舍五入后公开，相加可能与总计相差几分（尾差），两者均照列，不作调整。",
        "13. 只比较同一年度、同一类型（预算或决算）及同一分组标签的单位；其他年度或类型的单位见各自的分析表。",
    ]

    /// 说明: the scope (region, year, kind, departments, source documents),
    /// how to read the workbook, and the definition of every metric in words
    /// and as a formula, from the BudgetMetrics catalogue.
    mutating func guideSheet(into destination: RowDestination) -> SheetModel {
        let widths: [Double] = [3.6, 8, 7, 10, 2.6, 2.6, 14]
        var model = SheetModel(name: SheetName.guide, sizing: widths.map { .paragraph($0) }, options: SheetOptions(), into: destination)
        let key = group.key
        func line(_ text: String, _ style: CellStyleID) -> [Entry] {
            [Entry(cell: Cell(.string(text), style: style), text: "", wraps: false)]
        }
        model.append(line("\(key.label) 部门对比分析表", styles.title))
        model.append(line("根据各单位公开的部门\(kind.chineseName)（\(kind == .budget ? "部门预算公开" : "部门决算公开")）生成，"
            + "数据均取自公开文本，金额单位：万元。", styles.prose))
        model.append([])

        model.append(line("一、范围", styles.heading))
        let regions = Self.unique(departments.compactMap { $0.department.identity.region })
        let scope: [(String, String)] = [
            ("地区", regions.isEmpty ? "未注明（数据文件未记录地区）" : regions.joined(separator: "、")),
            ("年度", "\(key.year)年"),
            ("类型", kind == .budget ? "预算（部门预算公开）" : "决算（部门决算公开）"),
            ("分组", key.tag ?? "未分组"),
            ("单位数", "\(departments.count) 个"),
        ]
        for (label, value) in scope {
            model.append([Entry(cell: Cell(.string(label), style: styles.label), text: "", wraps: true),
                          Entry(cell: Cell(.string(value), style: styles.prose), text: "", wraps: false)])
        }
        model.append([])

        model.append(line("二、来源文档", styles.heading))
        model.append(["序号", "单位名称", "来源文档", "输入文件", "发布日期", "年度", "数据核查"].map { cells.header($0) })
        for index in departments.indices {
            let identity = departments[index].department.identity
            let checks = findings[index]
            let inconsistent = checks.filter { $0.severity == .inconsistency }.count
            let summary = checks.isEmpty ? "未发现问题" : "不一致 \(inconsistent) 条，尾差 \(checks.count - inconsistent) 条"
            model.append([
                cells.figure(Decimal(index + 1), .rank),
                cells.paragraph(identity.name),
                cells.paragraph(sourceDocument(index)),
                cells.paragraph(departments[index].file ?? "未记录（非文件输入）"),
                cells.text(identity.publishedOn ?? DisplayText.noValue, missing: "无值：数据文件未记录发布日期"),
                cells.text("\(identity.year)"),
                cells.paragraph(summary),
            ])
        }
        model.append([])

        model.append(line("三、阅读说明", styles.heading))
        for note in Self.readingNotes { model.append(line(note, styles.prose)) }
        model.append([])

        model.append(line("四、指标定义", styles.heading))
        let tableStart = model.nextRow
        model.append(["编号", "指标", "公式", "含义", "单位", "适用", "口径说明"].map { cells.header($0) })
        for metric in shownMetrics {
            let definition = metric.definition
            model.append([
                cells.text(definition.id.rawValue),
                cells.paragraph(definition.name),
                cells.paragraph(definition.formula),
                cells.paragraph(definition.meaning),
                cells.text(definition.unit.symbol),
                cells.text(definition.applicability.chineseName),
                cells.paragraph(definition.notes.isEmpty ? "无" : definition.notes.joined(separator: "；")),
            ])
        }
        let tableEnd = model.nextRow - 1
        let omitted = MetricID.allCases.filter { !shownMetrics.contains($0) }
        if !omitted.isEmpty {
            model.append(line("未列入：" + omitted.map { $0.definition.name }.joined(separator: "、")
                + "（仅适用于\(kind == .budget ? "决算" : "预算")公开）。", styles.prose))
        }
        model.options = SheetOptions(autoFilterRange: CellRange(CellAddress(column: 0, row: tableStart),
                                                                CellAddress(column: 6, row: tableEnd)))
        return model
    }

    /// The distinct values of `values`, in first-seen order.
    static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
