/// A year-on-year comparison the departments' narratives state (e.g.
/// "三公经费 … 比上年预算减少 1.30 万元，下降 5.26%"): who rose, who fell.
struct YearOnYearSummary: TemplateRecord {
    var item: String
    var stated: Bool
    var entries: [YearOnYearItemText]
    var increased: String?
    var decreased: String?
    var unchanged: String?
    var notStated: String?
    var increasedCount: String?
    var decreasedCount: String?
    var unchangedCount: String?
    var notStatedCount: String?
    var largestIncrease: YearOnYearItemText?
    var largestDecrease: YearOnYearItemText?

    static var fields: [TemplateField<YearOnYearSummary>] {
        [
            .text("item", \.item, "项目名称，如“三公经费”"),
            .flag("stated", \.stated, "至少1个部门的说明给出了与上年的比较"),
            .list("entries", \.entries, "给出比较的各部门，按部门顺序"),
            .optionalText("increased", \.increased, "比上年增加的部门（超过3个时写作“甲、乙、丙等N个部门”，下同）"),
            .optionalText("decreased", \.decreased, "比上年减少的部门"),
            .optionalText("unchanged", \.unchanged, "与上年持平的部门"),
            .optionalText("not_stated", \.notStated, "说明中没有给出比较的部门"),
            .optionalText("increased_count", \.increasedCount, "比上年增加的部门数（没有时缺失）"),
            .optionalText("decreased_count", \.decreasedCount, "比上年减少的部门数（没有时缺失）"),
            .optionalText("unchanged_count", \.unchangedCount, "与上年持平的部门数（没有时缺失）"),
            .optionalText("not_stated_count", \.notStatedCount, "未给出比较的部门数（没有时缺失）"),
            .optionalObject("largest_increase", \.largestIncrease, "增长率最高的部门（有增长率时；2个及以上部门给出比较时）"),
            .optionalObject("largest_decrease", \.largestDecrease, "下降率最高的部门（有下降率时；2个及以上部门给出比较时）"),
        ]
    }
}

/// One department's year-on-year statement.
struct YearOnYearItemText: TemplateRecord {
    var department: String
    var current: String
    var basis: String
    var change: String
    var increased: Bool
    var decreased: Bool
    var unchanged: Bool

    static var fields: [TemplateField<YearOnYearItemText>] {
        [
            .text("department", \.department, "部门名称"),
            .text("current", \.current, "本年数，如“49.81万元”"),
            .text("basis", \.basis, "比较基数：“上年预算”“上年决算”或“上年”（按说明原文）"),
            .text("change", \.change, "增减，如“增加12.61万元，增长0.98%”“减少1.30万元，下降5.26%”“持平”；增长率取说明所列，未列时按增减额/上年数计算"),
            .flag("increased", \.increased, "比上年增加"),
            .flag("decreased", \.decreased, "比上年减少"),
            .flag("unchanged", \.unchanged, "与上年持平"),
        ]
    }
}

/// The data checks of the group's disclosures, in plain words.
struct FindingsSummary: TemplateRecord {
    var count: String
    var any: Bool
    var inconsistencyCount: String
    var hasInconsistencies: Bool
    var roundingCount: String
    var hasRounding: Bool
    var inconsistencies: [FindingText]
    var rounding: [RoundingText]
    var cleanDepartments: String?

    static var fields: [TemplateField<FindingsSummary>] {
        [
            .text("count", \.count, "发现的问题总数"),
            .flag("any", \.any, "发现了问题"),
            .text("inconsistency_count", \.inconsistencyCount, "不一致（差额超过尾差）的处数"),
            .flag("has_inconsistencies", \.hasInconsistencies, "有不一致"),
            .text("rounding_count", \.roundingCount, "尾差（四舍五入造成，0.01万元以内）的处数"),
            .flag("has_rounding", \.hasRounding, "有尾差"),
            .list("inconsistencies", \.inconsistencies, "每一处不一致"),
            .list("rounding", \.rounding, "各部门尾差汇总"),
            .optionalText("clean_departments", \.cleanDepartments, "未发现问题的部门（超过3个时写作“甲、乙、丙等N个部门”）"),
        ]
    }
}

/// One inconsistency found in a disclosure.
struct FindingText: TemplateRecord {
    var department: String
    var rule: String
    var location: String
    var stated: String
    var expected: String
    var difference: String
    var lines: String?

    static var fields: [TemplateField<FindingText>] {
        [
            .text("department", \.department, "部门名称"),
            .text("rule", \.rule, "核对规则，如“经济分类款级科目之和应等于所属类级科目”"),
            .text("location", \.location, "核对的数字所在，如“表6 301 工资福利支出 合计”"),
            .text("stated", \.stated, "公开文本所列数，如“125.98万元”"),
            .text("expected", \.expected, "按规则核算应为，如“126.00万元”"),
            .text("difference", \.difference, "差额（所列数减核算数），如“少0.02万元”“多0.10个百分点”"),
            .optionalText("lines", \.lines, "原文行号，如“第264—274行”"),
        ]
    }
}

/// The rounding differences of one department.
struct RoundingText: TemplateRecord {
    var department: String
    var count: String
    var rules: String

    static var fields: [TemplateField<RoundingText>] {
        [
            .text("department", \.department, "部门名称"),
            .text("count", \.count, "尾差处数"),
            .text("rules", \.rules, "涉及的核对规则，以“；”连接"),
        ]
    }
}

/// A department lacking figures, and the metrics that therefore have no value.
struct GapItem: TemplateRecord {
    var department: String
    var reason: String
    var metrics: String

    static var fields: [TemplateField<GapItem>] {
        [
            .text("department", \.department, "部门名称"),
            .text("reason", \.reason, "原因，如“未列明编制数”“在职为零”"),
            .text("metrics", \.metrics, "因此无法计算的指标，如“编制使用率、实有人数与编制比”"),
        ]
    }
}
