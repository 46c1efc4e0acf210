import BudgetModel

/// The metric catalogue: every metric BudgetCompare computes, defined once.
///
/// docs/METRICS.md, `budget-compare metrics --list`, the workbook's 说明 sheet
/// and the memo all read these definitions.
public enum MetricCatalogue {
    /// The reader of the 三公经费 year-on-year sentence (its texts made once).
    static let sangongStatement = YearOnYearFields(subject: YearOnYear.Subject.sangongTotal.rawValue, name: "三公经费")

    /// All definitions, in catalogue order (the order of `MetricID.allCases`).
    public static let definitions: [MetricDefinition] = [
        // MARK: 人员
        MetricDefinition(
            id: .staffFill, name: "编制使用率", formula: "在职 / 编制数",
            meaning: "在职人数占核定编制数的比例，超过 100% 表示在职人数超编",
            unit: .percent, applicability: .both,
            routes: [MetricRoute(.onDuty, .authorized)],
            notes: ["决算公开常不列编制数，此时无值（缺少编制数）"]),
        MetricDefinition(
            id: .staffRetiree, name: "离退休供养比", formula: "(退休 + 离休) / 在职",
            meaning: "每名在职人员对应的离退休人员数",
            unit: .personsPerPerson, applicability: .both,
            routes: [MetricRoute(.retirees, .onDuty)],
            notes: []),
        MetricDefinition(
            id: .staffActual, name: "实有人数与编制比", formula: "实有人数 / 编制数",
            meaning: "实有人数（在职 + 退休 + 离休）与编制数之比",
            unit: .personsPerPerson, applicability: .both,
            routes: [MetricRoute(.actual, .authorized)],
            notes: ["实有人数含离退休人员，因此该比值通常大于编制使用率"]),

        // MARK: 人均经费
        MetricDefinition(
            id: .percapPublic, name: "人均公用经费", formula: "公用经费 / 在职",
            meaning: "一般公共预算基本支出中的公用经费按在职人数平均",
            unit: .wanYuanPerPerson, applicability: .both,
            routes: [MetricRoute(.publicFunds, .onDuty)],
            notes: ["公用经费取表6“总计”行的公用经费列（决算取基本支出决算说明中的公用经费），不含项目支出中的商品和服务支出"]),
        MetricDefinition(
            id: .percapPersonnel, name: "人均人员经费", formula: "人员经费 / 实有人数",
            meaning: "一般公共预算基本支出中的人员经费按实有人数平均",
            unit: .wanYuanPerPerson, applicability: .both,
            routes: [MetricRoute(.personnel, .actual)],
            notes: ["人员经费含离休费、退休费等对个人和家庭的补助，故以含离退休人员的实有人数为分母"]),
        MetricDefinition(
            id: .percapRunning, name: "人均机关运行经费", formula: "机关运行经费 / 在职",
            meaning: "机关运行经费按在职人数平均",
            unit: .wanYuanPerPerson, applicability: .both,
            routes: [MetricRoute(.operatingCost, .onDuty)],
            notes: ["事业单位披露的“事业单位运行经费”按机关运行经费计"]),

        // MARK: 三公
        MetricDefinition(
            id: .sangongShare, name: "三公经费占财政拨款支出比重", formula: "三公合计 / 财政拨款支出合计",
            meaning: "财政拨款“三公”经费占财政拨款支出合计的比重",
            unit: .percent, applicability: .both,
            routes: [MetricRoute(.sangongTotal, .fiscalExpenditure)],
            notes: ["三公经费为财政拨款口径，故分母取财政拨款支出合计（表4），而非全部资金的支出总计"]),
        MetricDefinition(
            id: .sangongPublic, name: "三公经费占公用经费比重", formula: "三公合计 / 公用经费",
            meaning: "“三公”经费与基本支出中公用经费之比",
            unit: .percent, applicability: .both,
            routes: [MetricRoute(.sangongTotal, .publicFunds)],
            notes: ["三公经费可能部分列支于项目支出，比值可能超过 100%"]),
        MetricDefinition(
            id: .sangongPercap, name: "人均三公经费", formula: "三公合计 / 在职",
            meaning: "“三公”经费按在职人数平均",
            unit: .wanYuanPerPerson, applicability: .both,
            routes: [MetricRoute(.sangongTotal, .onDuty)],
            notes: []),
        MetricDefinition(
            id: .sangongVehicle, name: "公务用车占三公比重", formula: "(购置 + 运行) / 三公合计",
            meaning: "公务用车购置及运行（维护）费占“三公”经费的比重",
            unit: .percent, applicability: .both,
            routes: [MetricRoute(.sangongVehicles, .sangongTotal)],
            notes: []),
        MetricDefinition(
            id: .sangongYoY, name: "三公经费同比", formula: "(本年 − 上年) / 上年",
            meaning: "“三公”经费比上年的增减幅度；上年数由说明中的“比上年增加/减少 x 万元”倒推（上年 = 本年 − 增减额）",
            unit: .percent, applicability: .both,
            routes: [MetricRoute(
                .sangongChange, .sangongPrior,
                stated: StatedRate(path: "yearOnYear[sangong.total].changePercent") { department in
                    sangongStatement.changePercent(in: department)
                })],
            notes: ["预算比较的是上年预算数，决算比较的是上年决算数（以说明所述为准）",
                    "说明所列增减幅度一并给出，供核对"]),

        // MARK: 收支结构
        MetricDefinition(
            id: .mixBasic, name: "基本支出占比", formula: "基本支出 / 支出总计",
            meaning: "基本支出占支出的比重（全部资金口径）",
            unit: .percent, applicability: .both,
            routes: [MetricRoute(.basic, .expenditureTotal)],
            notes: ["决算的分母为本年支出合计（决算支出总计含年末结转和结余）"]),
        MetricDefinition(
            id: .mixProject, name: "项目支出占比", formula: "项目支出 / 支出总计",
            meaning: "项目支出占支出的比重（全部资金口径）",
            unit: .percent, applicability: .both,
            routes: [MetricRoute(.project, .expenditureTotal)],
            notes: ["决算的分母为本年支出合计（决算支出总计含年末结转和结余）"]),
        MetricDefinition(
            id: .mixFiscal, name: "财政拨款占收入比重", formula: "财政拨款收入 / 收入总计",
            meaning: "财政拨款收入占收入总计的比重",
            unit: .percent, applicability: .both,
            routes: [MetricRoute(.fiscalRevenue, .revenueTotal)],
            notes: ["收入总计含上年结转结余（决算：年初结转和结余）"]),
        MetricDefinition(
            id: .mixCarryover, name: "上年结转结余占比", formula: "上年结转结余 / 收入总计",
            meaning: "上年结转结余（决算：年初结转和结余）占收入总计的比重",
            unit: .percent, applicability: .both,
            routes: [MetricRoute(.carryover, .revenueTotal)],
            notes: []),

        // MARK: 执行 (决算)
        MetricDefinition(
            id: .execRate, name: "项目执行率", formula: "Σ全年执行数 / Σ全年预算数",
            meaning: "项目支出绩效自评表所列项目的全年执行数合计占全年预算数合计的比重",
            unit: .percent, applicability: .finalOnly,
            routes: [
                MetricRoute(.performanceExecuted, .performanceFullYearBudget,
                            note: "逐项汇总项目支出绩效自评表“年度资金总额”行"),
                MetricRoute(.summaryExecuted, .summaryFullYearBudget,
                            note: "无自评表明细时取预算绩效说明中的汇总数"),
            ],
            notes: ["任一自评项目缺少所需数字时不计算（不跳过该项目），原因中列出缺少的项目"]),
        MetricDefinition(
            id: .execAdjust, name: "预算调整率", formula: "(Σ全年预算数 − Σ年初预算数) / Σ年初预算数",
            meaning: "绩效自评项目年中预算调整幅度",
            unit: .percent, applicability: .finalOnly,
            routes: [MetricRoute(.performanceAdjustment, .performanceInitialBudget,
                                 note: "逐项汇总项目支出绩效自评表“年度资金总额”行")],
            notes: ["任一自评项目缺少所需数字时不计算（不跳过该项目），原因中列出缺少的项目"]),
        MetricDefinition(
            id: .execVariance, name: "预决算差异率", formula: "(决算数 − 年初预算数) / 年初预算数",
            meaning: "财政拨款支出决算数与年初预算数的差异幅度",
            unit: .percent, applicability: .finalOnly,
            routes: [
                MetricRoute(.comparisonDifference(.fiscal), .comparisonInitialBudget(.fiscal),
                            stated: .budgetComparison(.fiscal),
                            note: "财政拨款收入支出决算总体情况说明中的“年初预算数 … 决算数 … 预决算差异率”"),
                MetricRoute(.comparisonDifference(.generalBudget), .comparisonInitialBudget(.generalBudget),
                            stated: .budgetComparison(.generalBudget),
                            note: "无财政拨款总体比较时取一般公共预算财政拨款支出的比较"),
            ],
            notes: ["说明所列的预决算差异率一并给出，供核对"]),
    ]

    /// The definition of `id`.
    public static func definition(_ id: MetricID) -> MetricDefinition {
        byID[id]!
    }

    private static let byID: [MetricID: MetricDefinition] =
        Dictionary(uniqueKeysWithValues: definitions.map { ($0.id, $0) })
}

extension StatedRate {
    static func budgetComparison(_ subject: YearOnYear.Subject) -> StatedRate {
        let fields = BudgetComparisonFields(subject: subject.rawValue)
        return StatedRate(path: BudgetComparisonFields.path(subject.rawValue, "statedVarianceRate")) { department in
            fields.statedRate(in: department)
        }
    }
}
