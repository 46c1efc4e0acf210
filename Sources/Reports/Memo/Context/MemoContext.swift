/// Everything the memo's templates can say, as text already formatted the
/// Chinese way. Built from one comparison group by `MemoContext.init(_:)`;
/// documented field by field in Templates/README.md (generated from the
/// declarations below, see `MemoTemplateVariables`).
///
/// Every template sees the same variables, so a sentence can move from one
/// section to another without touching Swift.
struct MemoContext: TemplateRecord {
    // MARK: Scope
    var year: String
    var kind: String
    var isBudget: Bool
    var isFinal: Bool
    var region: String?
    var tag: String?
    var departmentCount: String
    var singleDepartment: Bool
    var severalDepartments: Bool
    var fewDepartments: Bool
    var manyDepartments: Bool
    var departments: [DepartmentItem]
    var departmentNames: String
    var sources: String?

    // MARK: Amounts and head counts
    var revenueTotal: Comparison
    var expenditureTotal: Comparison
    var fiscalRevenue: Comparison
    var fiscalExpenditure: Comparison
    var basicExpenditure: Comparison
    var projectExpenditure: Comparison
    var personnelFunds: Comparison
    var publicFunds: Comparison
    var operatingCost: Comparison
    var sangongTotal: Comparison
    var abroadCosts: Comparison
    var receptionCosts: Comparison
    var vehicleCosts: Comparison
    var sangongItems: [AmountItem]
    var authorized: Comparison
    var onDuty: Comparison
    var retirees: Comparison
    var actualStaff: Comparison

    // MARK: Metrics (BudgetMetrics catalogue)
    var staffFill: Comparison
    var staffRetiree: Comparison
    var staffActual: Comparison
    var percapPublic: Comparison
    var percapPersonnel: Comparison
    var percapRunning: Comparison
    var sangongShare: Comparison
    var sangongPublic: Comparison
    var sangongPercap: Comparison
    var sangongVehicle: Comparison
    var sangongYoY: Comparison
    var mixBasic: Comparison
    var mixProject: Comparison
    var mixFiscal: Comparison
    var mixCarryover: Comparison
    var execRate: Comparison
    var execAdjust: Comparison
    var execVariance: Comparison

    // MARK: Year on year, as the disclosures state it
    var yoyGeneralBudget: YearOnYearSummary
    var yoyBasic: YearOnYearSummary
    var yoyProject: YearOnYearSummary
    var yoySangong: YearOnYearSummary
    var yoyOperatingCost: YearOnYearSummary

    // MARK: Data quality
    var findings: FindingsSummary
    var gaps: [GapItem]
    var hasGaps: Bool

    static var fields: [TemplateField<MemoContext>] {
        [
            .text("year", \.year, "年度，如“2024”"),
            .text("kind", \.kind, "公开类型：“预算”或“决算”"),
            .flag("is_budget", \.isBudget, "本组为部门预算"),
            .flag("is_final", \.isFinal, "本组为部门决算"),
            .optionalText("region", \.region, "地区（各部门所属地区，去重后以“、”连接）；部门文件均未填写地区时缺失"),
            .optionalText("tag", \.tag, "比较组标签（部门文件 identity.group，如“驻京机构”）；未设置时缺失"),
            .text("department_count", \.departmentCount, "本组部门数，如“2”"),
            .flag("single_department", \.singleDepartment, "本组只有1个部门（不作部门间比较）"),
            .flag("several_departments", \.severalDepartments, "本组有2个及以上部门"),
            .flag("few_departments", \.fewDepartments, "本组有2至5个部门（可逐一列出部门、逐个说明）"),
            .flag("many_departments", \.manyDepartments, "本组有6个及以上部门（宜概括说明，部门名单见附表）"),
            .list("departments", \.departments, "本组各部门，按全称排序"),
            .text("department_names", \.departmentNames, "各部门简称（无简称用全称），以“、”连接"),
            .optionalText("sources", \.sources, "资料来源：各部门公开文本的文件名，以“、”连接；均未记录时缺失"),

            .object("revenue_total", \.revenueTotal, "收入总计（万元）"),
            .object("expenditure_total", \.expenditureTotal, "支出总计（万元；决算为本年支出合计）"),
            .object("fiscal_revenue", \.fiscalRevenue, "财政拨款收入（万元）"),
            .object("fiscal_expenditure", \.fiscalExpenditure, "财政拨款支出合计（万元）"),
            .object("basic_expenditure", \.basicExpenditure, "基本支出（万元）"),
            .object("project_expenditure", \.projectExpenditure, "项目支出（万元）"),
            .object("personnel_funds", \.personnelFunds, "人员经费（万元，一般公共预算基本支出）"),
            .object("public_funds", \.publicFunds, "公用经费（万元，一般公共预算基本支出）"),
            .object("operating_cost", \.operatingCost, "机关运行经费（万元）"),
            .object("sangong_total", \.sangongTotal, "“三公”经费合计（万元）"),
            .object("abroad_costs", \.abroadCosts, "因公出国（境）费（万元）"),
            .object("reception_costs", \.receptionCosts, "公务接待费（万元）"),
            .object("vehicle_costs", \.vehicleCosts, "公务用车购置及运行费（万元）"),
            .list("sangong_items", \.sangongItems, "“三公”经费中至少1个部门列明的分项（因公出国（境）费、公务接待费、公务用车购置及运行费）及合计"),
            .object("authorized", \.authorized, "编制数（人）"),
            .object("on_duty", \.onDuty, "在职人数（人）"),
            .object("retirees", \.retirees, "离退休人数（退休＋离休，人）"),
            .object("actual_staff", \.actualStaff, "实有人数（人）"),

            .object("staff_fill", \.staffFill, "编制使用率 = 在职 / 编制数"),
            .object("staff_retiree", \.staffRetiree, "离退休供养比 = (退休 + 离休) / 在职"),
            .object("staff_actual", \.staffActual, "实有人数与编制比 = 实有人数 / 编制数"),
            .object("percap_public", \.percapPublic, "人均公用经费 = 公用经费 / 在职（万元/人）"),
            .object("percap_personnel", \.percapPersonnel, "人均人员经费 = 人员经费 / 实有人数（万元/人）"),
            .object("percap_running", \.percapRunning, "人均机关运行经费 = 机关运行经费 / 在职（万元/人）"),
            .object("sangong_share", \.sangongShare, "三公经费占财政拨款支出比重"),
            .object("sangong_public", \.sangongPublic, "三公经费占公用经费比重"),
            .object("sangong_percap", \.sangongPercap, "人均三公经费（万元/人）"),
            .object("sangong_vehicle", \.sangongVehicle, "公务用车占三公比重"),
            .object("sangong_yoy", \.sangongYoY, "三公经费同比（按说明所述增减额推算上年数）"),
            .object("mix_basic", \.mixBasic, "基本支出占比"),
            .object("mix_project", \.mixProject, "项目支出占比"),
            .object("mix_fiscal", \.mixFiscal, "财政拨款占收入比重"),
            .object("mix_carryover", \.mixCarryover, "上年结转结余占比"),
            .object("exec_rate", \.execRate, "项目执行率（仅决算）"),
            .object("exec_adjust", \.execAdjust, "预算调整率（仅决算）"),
            .object("exec_variance", \.execVariance, "预决算差异率（仅决算）"),

            .object("yoy_general_budget", \.yoyGeneralBudget, "一般公共预算与上年相比（说明所述）"),
            .object("yoy_basic", \.yoyBasic, "基本支出与上年相比（说明所述）"),
            .object("yoy_project", \.yoyProject, "项目支出与上年相比（说明所述）"),
            .object("yoy_sangong", \.yoySangong, "“三公”经费与上年相比（说明所述）"),
            .object("yoy_operating_cost", \.yoyOperatingCost, "机关运行经费与上年相比（说明所述）"),

            .object("findings", \.findings, "数据核查结果（各部门公开文本自身勾稽关系）"),
            .list("gaps", \.gaps, "各部门缺少的数据及因此无法计算的指标"),
            .flag("has_gaps", \.hasGaps, "有部门缺少计算指标所需的数据"),
        ]
    }
}

/// A component of a total, summed over the departments that state it.
struct AmountItem: TemplateRecord {
    var item: String
    var total: String
    var excludedText: String?

    static var fields: [TemplateField<AmountItem>] {
        [
            .text("item", \.item, "名称，如“公务接待费”"),
            .text("total", \.total, "合计，如“1.90万元”"),
            .optionalText("excluded_text", \.excludedText, "未列明的部门，如“甲未列明公务接待费”"),
        ]
    }
}

/// One department of the group.
struct DepartmentItem: TemplateRecord {
    var name: String
    var shortName: String?
    var displayName: String
    var source: String?

    static var fields: [TemplateField<DepartmentItem>] {
        [
            .text("name", \.name, "部门全称"),
            .optionalText("short_name", \.shortName, "简称（与全称不同时才有）"),
            .text("display_name", \.displayName, "正文中使用的名称（简称，无简称时为全称）"),
            .optionalText("source", \.source, "公开文本文件名"),
        ]
    }
}

/// One quantity across the departments of the group: who is highest and
/// lowest, by how much, the median, and who is left out and why.
///
/// Exactly one of `not_applicable`, `none`, `single`, `compared` holds.
/// `highest`/`lowest` are present only when at least two departments have
/// values that differ at the displayed precision; `common_value` when they
/// are all equal. Values carry their unit ("4.63万元/人", "73.33%",
/// "3,994.84万元", "44人"); differences of percentages are in 个百分点.
struct Comparison: TemplateRecord {
    var metric: String
    var notApplicable: Bool
    var none: Bool
    var single: Bool
    var compared: Bool
    var several: Bool
    var valueCount: String
    var only: Standing?
    var highest: Extreme?
    var lowest: Extreme?
    var commonValue: String?
    var gap: String?
    var multiple: String?
    var median: String?
    var mean: String?
    var pooled: String?
    var total: String?
    var ranking: String?
    var aboveMedian: String?
    var belowMedian: String?
    var entries: [Standing]
    var excluded: [Exclusion]
    var hasExcluded: Bool
    var excludedText: String?
    var outliers: [Standing]
    var hasOutliers: Bool
    var highOutliers: String?
    var lowOutliers: String?
    var statedDiffers: [Standing]
    var hasStatedDiffers: Bool

    static var fields: [TemplateField<Comparison>] {
        [
            .text("metric", \.metric, "名称，如“人均公用经费”"),
            .flag("not_applicable", \.notApplicable, "不适用于本组（如预算组的项目执行率）"),
            .flag("none", \.none, "适用，但没有部门有值"),
            .flag("single", \.single, "只有1个部门有值"),
            .flag("compared", \.compared, "2个及以上部门有值，可以比较"),
            .flag("several", \.several, "3个及以上部门有值（中位数、高于/低于中位数才有意义）"),
            .text("value_count", \.valueCount, "有值的部门数"),
            .optionalObject("only", \.only, "唯一有值的部门（single 时）"),
            .optionalObject("highest", \.highest, "最高者（有差异时）"),
            .optionalObject("lowest", \.lowest, "最低者（有差异时）"),
            .optionalText("common_value", \.commonValue, "各部门数值相同时的共同值"),
            .optionalText("gap", \.gap, "最高与最低之差，如“4.10万元/人”“0.82个百分点”"),
            .optionalText("multiple", \.multiple, "最高是最低的倍数，如“8.79倍”（非百分比指标，且最高不低于最低的2倍时）"),
            .optionalText("median", \.median, "中位数（compared 时）"),
            .optionalText("mean", \.mean, "平均值（compared 时）"),
            .optionalText("pooled", \.pooled, "全组合并计算值 Σ分子/Σ分母（比率指标，compared 时）"),
            .optionalText("total", \.total, "合计（金额、人数，至少1个部门有值时）"),
            .optionalText("ranking", \.ranking, "从高到低排列，如“甲（4.63万元/人）、乙（0.53万元/人）”（compared 时）"),
            .optionalText("above_median", \.aboveMedian, "高于中位数的部门（several 时，且有这样的部门；超过3个时写作“甲、乙、丙等N个部门”）"),
            .optionalText("below_median", \.belowMedian, "低于中位数的部门（several 时，且有这样的部门；超过3个时写作“甲、乙、丙等N个部门”）"),
            .list("entries", \.entries, "有值的各部门，按部门顺序"),
            .list("excluded", \.excluded, "没有值、未参与比较的部门及原因"),
            .flag("has_excluded", \.hasExcluded, "有部门未参与比较"),
            .optionalText("excluded_text", \.excludedText, "未参与比较的部门及原因，同一原因的部门合并，如“甲、乙未列明编制数；丙在职为零”（同一原因超过3个部门时写作“甲、乙、丙等N个部门”）"),
            .list("outliers", \.outliers, "明显偏离的部门（比率指标，四分位距法：低于Q1−1.5×IQR或高于Q3+1.5×IQR，有值部门不少于8个时才判断）"),
            .flag("has_outliers", \.hasOutliers, "有明显偏离的部门"),
            .optionalText("high_outliers", \.highOutliers, "明显偏高的部门及数值，如“甲（5.65万元/人）、乙（4.90万元/人）”"),
            .optionalText("low_outliers", \.lowOutliers, "明显偏低的部门及数值"),
            .list("stated_differs", \.statedDiffers, "公开文本所列比率与计算值不一致的部门（三公经费同比、预决算差异率）"),
            .flag("has_stated_differs", \.hasStatedDiffers, "有这样的部门"),
        ]
    }
}

/// One department's value in a comparison.
struct Standing: TemplateRecord {
    var department: String
    var value: String
    var rank: String?
    var versusMedian: String?
    var stated: String?
    var outlier: String?

    static var fields: [TemplateField<Standing>] {
        [
            .text("department", \.department, "部门名称"),
            .text("value", \.value, "数值（带单位）"),
            .optionalText("rank", \.rank, "从高到低的名次，如“1”（2个及以上部门有值时）"),
            .optionalText("versus_median", \.versusMedian, "与中位数比较，如“高于中位数1.20万元/人”“与中位数持平”（3个及以上部门有值时）"),
            .optionalText("stated", \.stated, "公开文本所列的同一比率（如说明中的增长率、预决算差异率）"),
            .optionalText("outlier", \.outlier, "“明显偏高”或“明显偏低”（有值部门不少于8个且超出四分位距界限时）"),
        ]
    }
}

/// The highest or the lowest value of a comparison.
struct Extreme: TemplateRecord {
    var names: String
    var value: String
    var tied: Bool
    var count: String
    var versusMedian: String?

    static var fields: [TemplateField<Extreme>] {
        [
            .text("names", \.names, "部门名称；并列时以“、”连接，超过3个时写作“甲、乙、丙等N个部门”"),
            .text("value", \.value, "数值（带单位）"),
            .flag("tied", \.tied, "多个部门并列"),
            .text("count", \.count, "并列的部门数"),
            .optionalText("versus_median", \.versusMedian, "与中位数比较，如“高于中位数2.05万元/人”（3个及以上部门有值时）"),
        ]
    }
}

/// A department left out of a comparison, and why.
struct Exclusion: TemplateRecord {
    var department: String
    var reason: String

    static var fields: [TemplateField<Exclusion>] {
        [
            .text("department", \.department, "部门名称"),
            .text("reason", \.reason, "原因，如“未列明编制数”“在职人数为零”“不适用于预算”"),
        ]
    }
}
