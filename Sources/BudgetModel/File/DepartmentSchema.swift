/// The fields a department file may hold, with the Chinese term of each:
/// the table behind unknown-field errors ("unknown field `onDutty` (did you
/// mean `onDuty`?)"), shape errors and docs/DEPARTMENT-FILE.md.
///
/// It mirrors the model's `CodingKeys`; `DepartmentSchemaTests` compares each
/// object here with the stored properties of the model type, so a property
/// added to the model without an entry here fails the tests.
public struct DepartmentSchema: Sendable {
    /// What a field holds.
    public indirect enum Shape: Sendable {
        /// Text, a whole number or true/false.
        case scalar
        /// A list of texts.
        case texts
        /// An amount, count, percentage or score: a bare number or `{value:, line:, table:}`.
        case figure
        /// A mapping of fields.
        case object(Object)
        /// A list of mappings.
        case list(Object)
        /// A mapping from economic class codes ("301") to figures.
        case figuresByCode
    }

    /// One field: its key, its Chinese term, what it holds.
    public struct Field: Sendable {
        public var key: String
        public var chinese: String
        public var shape: Shape

        init(_ key: String, _ chinese: String, _ shape: Shape = .figure) {
            self.key = key
            self.chinese = chinese
            self.shape = shape
        }
    }

    /// A mapping of fields, named after the model type it decodes to.
    public struct Object: Sendable {
        public var typeName: String
        public var fields: [Field] {
            didSet { positions = Object.positions(of: fields) }
        }
        /// Key → position in `fields`: every key of every file is looked up here.
        private var positions: [String: Int]

        init(_ typeName: String, _ fields: [Field]) {
            self.typeName = typeName
            self.fields = fields
            positions = Object.positions(of: fields)
        }

        public func field(_ key: String) -> Field? { positions[key].map { fields[$0] } }

        private static func positions(of fields: [Field]) -> [String: Int] {
            Dictionary(fields.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The keys of a figure written as a mapping.
    public static let figureKeys = ["value", "line", "table"]

    /// The top level of a department file.
    public static let department = Object("Department", [
        Field("identity", "基本信息", .object(identity)),
        Field("staff", "人员情况", .object(staff)),
        Field("revenue", "收入", .object(revenue)),
        Field("expenditure", "支出", .object(expenditure)),
        Field("fiscal", "财政拨款", .object(fiscal)),
        Field("basicExpenditure", "一般公共预算基本支出", .object(basicExpenditure)),
        Field("projects", "项目支出", .list(project)),
        Field("projectTotals", "项目支出总计", .object(projectTotals)),
        Field("emptyTables", "空表说明", .list(emptyTable)),
        Field("sangong", "“三公”经费", .object(sangong)),
        Field("operatingCost", "机关运行经费"),
        Field("procurement", "政府采购", .object(procurement)),
        Field("assets", "国有资产占用", .object(assets)),
        Field("carryover", "上年结转结余", .list(carryoverItem)),
        Field("yearOnYear", "比上年增减", .list(yearOnYear)),
        Field("finalAccount", "决算", .object(finalAccount)),
    ])

    static let identity = Object("Identity", [
        Field("name", "部门全称", .scalar), Field("shortName", "简称", .scalar),
        Field("region", "地区", .scalar), Field("year", "年度", .scalar),
        Field("kind", "预算/决算", .scalar), Field("group", "比较组", .scalar),
        Field("source", "来源文件", .scalar), Field("publishedOn", "发布日期", .scalar),
        Field("budgetUnits", "下属预算单位", .texts), Field("divisions", "内设机构", .texts),
        Field("synthetic", "模拟数据", .scalar),
    ])

    static let staff = Object("Staff", [
        Field("authorized", "编制数"), Field("actual", "实有人数"),
        Field("onDuty", "在职"), Field("onDutyChange", "在职增减"),
        Field("retired", "退休"), Field("retiredChange", "退休增减"),
        Field("separated", "离休"), Field("separatedChange", "离休增减"),
    ])

    static let revenue = Object("Revenue", [
        Field("currentYear", "本年收入"), Field("fiscal", "财政拨款收入"),
        Field("generalBudget", "一般公共预算拨款"), Field("generalBudgetTransfer", "上级一般公共预算安排转移支付"),
        Field("governmentFund", "政府性基金预算拨款"), Field("stateCapital", "国有资本经营预算拨款"),
        Field("specialAccount", "财政专户核拨"), Field("unitFunds", "单位资金"),
        Field("businessIncome", "事业收入"), Field("superiorSubsidy", "上级补助收入"),
        Field("affiliatedRemittance", "附属单位上缴收入"), Field("operatingIncome", "事业单位经营收入"),
        Field("otherIncome", "其他收入"), Field("carryover", "上年结转结余"),
        Field("carryoverFiscal", "财政拨款结转"), Field("carryoverNonFiscal", "非财政拨款结转结余"),
        Field("nonFiscalBalanceUsed", "使用非财政拨款结余"), Field("total", "收入总计"),
    ])

    static let functionClassAmount = Object("FunctionClassAmount", [
        Field("code", "类代码", .scalar), Field("name", "科目名称", .scalar), Field("amount", "金额"),
    ])

    static let functionRow = Object("FunctionRow", [
        Field("code", "科目编码", .scalar), Field("name", "科目名称", .scalar),
        Field("total", "合计"), Field("basic", "基本支出"), Field("project", "项目支出"),
        Field("line", "行号", .scalar),
    ])

    static let expenditure = Object("Expenditure", [
        Field("currentYear", "本年支出"), Field("basic", "基本支出"), Field("project", "项目支出"),
        Field("remittedToSuperior", "上缴上级支出"), Field("operating", "经营支出"),
        Field("subsidiesToAffiliates", "对附属单位补助支出"), Field("balanceDistribution", "结余分配"),
        Field("yearEndCarryover", "年末结转和结余"), Field("total", "支出总计"),
        Field("byClass", "支出功能分类（类）", .list(functionClassAmount)),
        Field("byFunction", "部门支出总体情况表", .list(functionRow)),
    ])

    static let fiscal = Object("FiscalAppropriation", [
        Field("revenue", "财政拨款收入"), Field("expenditure", "财政拨款支出"),
        Field("openingCarryover", "年初财政拨款结转和结余"), Field("closingCarryover", "年末财政拨款结转和结余"),
        Field("byClass", "财政拨款支出（类）", .list(functionClassAmount)),
        Field("generalBudgetTotal", "一般公共预算支出合计"), Field("generalBudgetBasic", "一般公共预算基本支出"),
        Field("generalBudgetProject", "一般公共预算项目支出"),
        Field("generalBudgetByFunction", "一般公共预算支出情况表", .list(functionRow)),
    ])

    static let economicRow = Object("EconomicRow", [
        Field("code", "经济分类科目编码", .scalar), Field("name", "科目名称", .scalar),
        Field("total", "合计"), Field("personnel", "人员经费"), Field("publicFunds", "公用经费"),
        Field("line", "行号", .scalar),
    ])

    static let basicExpenditure = Object("BasicExpenditure", [
        Field("total", "合计"), Field("personnel", "人员经费"), Field("publicFunds", "公用经费"),
        Field("byEconomicClass", "经济分类", .list(economicRow)),
    ])

    static let project = Object("Project", [
        Field("name", "项目名称", .scalar), Field("unit", "预算单位", .scalar),
        Field("functionCode", "功能分类科目编码", .scalar), Field("amount", "项目支出合计"),
        Field("economicSplit", "按经济分类", .figuresByCode), Field("line", "行号", .scalar),
    ])

    static let projectTotals = Object("ProjectTotals", [
        Field("amount", "总计"), Field("economicSplit", "按经济分类", .figuresByCode), Field("line", "行号", .scalar),
    ])

    static let emptyTable = Object("EmptyTableStatement", [
        Field("table", "表", .scalar), Field("text", "说明文字", .scalar), Field("line", "行号", .scalar),
    ])

    static let sangong = Object("Sangong", [
        Field("total", "合计"), Field("abroad", "因公出国（境）费"), Field("reception", "公务接待费"),
        Field("vehicles", "公务用车购置及运行费"), Field("vehiclePurchase", "公务用车购置费"),
        Field("vehicleRunning", "公务用车运行费"),
    ])

    static let procurement = Object("Procurement", [
        Field("total", "政府采购"), Field("goods", "货物"), Field("works", "工程"), Field("services", "服务"),
        Field("smeReserved", "面向中小企业预留"), Field("smallMicroReserved", "小微企业预留"),
    ])

    static let assets = Object("StateAssets", [
        Field("asOf", "截至", .scalar), Field("floorArea", "房屋面积"), Field("buildingValue", "房屋价值"),
        Field("vehicles", "车辆"), Field("vehicleValue", "车辆价值"),
        Field("generalOfficialVehicles", "一般公务用车"), Field("lawEnforcementVehicles", "执法执勤用车"),
        Field("otherVehicles", "其他车辆"), Field("furnitureValue", "办公家具价值"),
        Field("otherAssetsValue", "其他资产价值"), Field("equipmentOver50", "50万元以上大型设备"),
        Field("equipmentOver100", "100万元以上大型设备"),
    ])

    static let carryoverItem = Object("CarryoverItem", [
        Field("name", "项目名称", .scalar), Field("total", "总计"), Field("fiscal", "财政拨款"),
        Field("nonFiscal", "非财政拨款"), Field("line", "行号", .scalar),
    ])

    static let yearOnYear = Object("YearOnYear", [
        Field("subject", "科目", .scalar), Field("current", "本年数"), Field("change", "增减额"),
        Field("changePercent", "增减率"), Field("basis", "比较基数", .scalar), Field("line", "行号", .scalar),
    ])

    static let budgetComparison = Object("BudgetComparison", [
        Field("subject", "科目", .scalar), Field("initialBudget", "年初预算数"),
        Field("fullYearBudget", "全年预算数"), Field("final", "决算数"),
        Field("statedVarianceRate", "预决算差异率"), Field("line", "行号", .scalar),
    ])

    static let performanceEvaluation = Object("PerformanceEvaluation", [
        Field("project", "项目名称", .scalar), Field("supervisor", "主管部门", .scalar),
        Field("implementer", "实施单位", .scalar), Field("initialBudget", "年初预算数"),
        Field("fullYearBudget", "全年预算数"), Field("executed", "全年执行数"), Field("weight", "分值"),
        Field("statedExecutionRate", "执行率"), Field("score", "得分"), Field("totalScore", "总分"),
        Field("fiscalInitialBudget", "当年财政拨款年初预算数"),
        Field("fiscalFullYearBudget", "当年财政拨款全年预算数"),
        Field("fiscalExecuted", "当年财政拨款全年执行数"), Field("line", "行号", .scalar),
    ])

    static let performanceSummary = Object("PerformanceSummary", [
        Field("projects", "绩效评价项目个数"), Field("fullYearBudget", "全年预算数"), Field("executed", "全年执行数"),
    ])

    static let finalAccount = Object("FinalAccount", [
        Field("budgetComparisons", "预决算对比", .list(budgetComparison)),
        Field("performance", "项目支出绩效自评表", .list(performanceEvaluation)),
        Field("performanceSummary", "预算绩效情况", .object(performanceSummary)),
    ])

    /// Every object of the schema, the top level first.
    public static var allObjects: [Object] {
        var result: [Object] = []
        var seen: Set<String> = []
        func visit(_ object: Object) {
            guard seen.insert(object.typeName).inserted else { return }
            result.append(object)
            for field in object.fields {
                switch field.shape {
                case let .object(child), let .list(child): visit(child)
                default: break
                }
            }
        }
        visit(department)
        return result
    }
}
