import BudgetModel

extension MetricCatalogue {
    /// docs/METRICS.md, generated from the catalogue (a test keeps the file in
    /// sync: run it with BUDGETCOMPARE_RECORD=1 to rewrite the file).
    public static func markdown() -> String {
        var lines: [String] = []
        lines += [
            "# Metrics (指标目录)",
            "",
            "<!-- Generated from Sources/BudgetMetrics/Catalogue by MetricCatalogue.markdown(); do not edit by hand.",
            "     Regenerate: BUDGETCOMPARE_RECORD=1 swift test --filter MetricsDocumentTests -->",
            "",
            "Every metric BudgetCompare computes, as `budget-compare metrics --list` prints it and as the",
            "workbook's 说明 sheet and the memo describe it. Ids are stable: `budget-compare metrics DIR --format json`",
            "uses them as keys.",
            "",
            "## How values are computed",
            "",
            "- A metric is a quotient *numerator / denominator* of figures read from the department file (amounts in",
            "  万元, counts in persons). Division is exact `Decimal` division; the value is kept at full precision and",
            "  written to JSON as a decimal string. Shares and rates are stored as the plain quotient (5.23 % is",
            "  `0.0523…`) and shown as percentages.",
            "- Display only: rounded half up (四舍五入, half away from zero like spreadsheet ROUND) to two decimals —",
            "  of the percentage for `%` metrics (`5.23%`), of the value otherwise (`4.63`). No value is shown as `—`.",
            "- Each operand lists the ways it can be read, in order; the first whose fields are all stated is used, and",
            "  the JSON/workbook record which (`route`) and every input with its model path and source line.",
            "  A metric with several routes (numerator/denominator pairs) takes the first route whose two operands are",
            "  both stated, so a numerator and its denominator always come from the same place.",
            "- An unknown figure is never taken as 0. A figure the disclosure states as zero is 0 (e.g. a table the",
            "  disclosure says is empty, see mix.carryover).",
            "",
            "### Reasons for no value",
            "",
            "| code | text | when |",
            "|---|---|---|",
            "| `missing-input` | 缺少输入：编制数 (staff.authorized) | an input is not stated; the fields of the first way are named |",
            "| `zero-denominator` | 分母为零：编制数 = 0 | the denominator is stated and is zero |",
            "| `not-applicable` | 不适用：预算公开不含此指标（仅适用于决算） | the metric does not apply to the disclosure's kind |",
            "| `no-department-with-inputs` | 组内没有同时具备分子和分母的部门 | group pooled value only: no member states both operands |",
            "",
            "## Groups and statistics",
            "",
            "Departments are compared only within the same year, kind (预算 / 决算) and optional `identity.group`",
            "tag; the group key reads `2024年 预算` or `2024年 预算 · 驻京机构` (JSON `key`: `2024-budget`,",
            "`2024-budget-驻京机构`). Members are ordered by full name (code point order), then file path. Per metric:",
            "",
            "| statistic | definition | spreadsheet |",
            "|---|---|---|",
            "| pooled (汇总) | Σnumerator / Σdenominator over the members whose numerator and denominator are both stated (a zero denominator included) | `=SUM(num)/SUM(den)` |",
            "| mean (平均值) | arithmetic mean of the members' values | `AVERAGE` |",
            "| median (中位数) | middle value; mean of the two middle values for an even count | `MEDIAN` |",
            "| rank (排名) | 1 = highest value for every metric (whether high is good depends on the metric); equal values share the best rank, the next rank is skipped (1, 2, 2, 4) | `RANK(x; range; 0)` |",
            "| deviation (与中位数之差) | value − median | `=x-MEDIAN(range)` |",
            "| outlier (异常值) | only when at least \(InterquartileFences.minimumCount) members have a value: below Q1 − 1.5·IQR or above Q3 + 1.5·IQR (IQR = Q3 − Q1); on a fence is not outside | `QUARTILE(range; 1)`, `QUARTILE(range; 3)` |",
            "",
            "Quartiles are QUARTILE / QUARTILE.INC (LibreOffice, WPS, Excel): with the n values sorted ascending as",
            "x₀ … xₙ₋₁, h = (n − 1)·k/4 and Qk = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).",
            "Members without a value are listed with their reason and take no part in mean, median, rank or fences.",
            "",
            "## Catalogue",
            "",
            "Table numbers (表1 … 表11) follow the usual layout of a 部门预算公开 (表1 部门收支总体情况表 … 表11",
            "上年结转结余情况明细表); some disclosures number them differently, so each input also names the table.",
            "A 决算 states most figures in its narrative sections, named in brackets.",
            "",
            "| id | 名称 | 公式 | 单位 | 适用 |",
            "|---|---|---|---|---|",
        ]
        for definition in definitions {
            lines.append("| `\(definition.id.rawValue)` | \(definition.name) | \(definition.formula) | \(definition.unit.symbol) | \(definition.applicability.chineseName) |")
        }
        for definition in definitions {
            lines += [""] + section(definition)
        }
        lines += ["", "## Year-on-year figures (同比)", ""]
        lines += [
            "For the memo and the workbook, `DepartmentMetrics.yearOnYear` exposes the narrative's year-on-year",
            "statements: 本年, the signed change (增加 +, 减少 −), 上年 = 本年 − 增减额, the change ratio",
            "增减额 / 上年 (none when 上年 is 0) and the percentage the disclosure states. When the sentence states only the",
            "change, 本年 is read from the field named below.",
            "",
            "| item | statement subjects (in order) | 本年 when the sentence lacks it |",
            "|---|---|---|",
        ]
        for item in YearOnYearItem.allCases {
            let subjects = item.subjects.map { "`yearOnYear[\($0.subject.rawValue)]`" }.joined(separator: ", ")
            let currents = item.subjects.map { "`\($0.current.path)`" }.joined(separator: ", ")
            lines.append("| \(item.name) (`\(item.rawValue)`) | \(subjects) | \(currents) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ definition: MetricDefinition) -> [String] {
        let unit: String
        switch definition.unit {
        case .percent: unit = "% — stored as the quotient, shown as a percentage with \(definition.unit.displayDecimals) decimals"
        case .wanYuanPerPerson: unit = "万元/人 — shown with \(definition.unit.displayDecimals) decimals"
        case .personsPerPerson: unit = "人/人 — shown with \(definition.unit.displayDecimals) decimals"
        }
        var lines = [
            "### `\(definition.id.rawValue)` \(definition.name)",
            "",
            "- 公式: **\(definition.formula)**",
            "- 含义: \(definition.meaning)",
            "- 单位: \(unit)",
            "- 适用: \(definition.applicability.chineseName)"
                + (definition.applicability == .finalOnly ? " (a 预算 gets `not-applicable`)" : ""),
        ]
        for (index, route) in definition.routes.enumerated() {
            if definition.routes.count > 1 {
                lines.append("- Route \(index + 1)" + (route.note.map { ": \($0)" } ?? ""))
                lines += operandLines("分子", route.numerator, indent: "  ")
                lines += operandLines("分母", route.denominator, indent: "  ")
                if let stated = route.stated { lines.append("  - 披露所列比率 (for comparison): `\(stated.path)`") }
            } else {
                lines += operandLines("分子", route.numerator, indent: "")
                lines += operandLines("分母", route.denominator, indent: "")
                if let stated = route.stated { lines.append("- 披露所列比率 (for comparison): `\(stated.path)`") }
            }
        }
        for note in definition.notes { lines.append("- 说明: \(note)") }
        return lines
    }

    private static func operandLines(_ role: String, _ operand: OperandSpec, indent: String) -> [String] {
        var lines = ["\(indent)- \(role) \(operand.term):"]
        let numbered = operand.sources.count > 1
        for (index, source) in operand.sources.enumerated() {
            var text = "\(indent)  " + (numbered ? "\(index + 1)." : "-") + " `\(source.expression)`"
            if source.kinds.count == 1, let kind = source.kinds.first { text += " (\(kind.chineseName) only)" }
            let places = source.fields.map { "\($0.term): \($0.disclosure)" } + (source.disclosure.map { [$0] } ?? [])
            if !places.isEmpty { text += " — " + places.joined(separator: "; ") }
            if let note = source.note { text += ". " + note }
            lines.append(text)
        }
        return lines
    }
}
