/// Names and codes the synthetic generator draws from: agencies with their
/// function classes (政府收支分类科目), economic classes (经济分类), project
/// and division names. Codes and names follow the real classification so that
/// synthetic files look like the disclosures; department names are always
/// prefixed "（模拟）" so they can never be mistaken for real ones.
enum SyntheticCatalogue {
    /// The marker every synthetic department name starts with.
    static let prefix = "（模拟）"

    struct Agency {
        var name: String
        /// 类 of the agency's own work.
        var classCode: String
        var className: String
        /// 款 of the agency's own work.
        var itemCode: String
        var itemName: String
        /// Whether the agency keeps 执法执勤用车.
        var lawEnforcement: Bool = false
    }

    static let agencies: [Agency] = [
        Agency(name: "人民政府办公室", classCode: "201", className: "一般公共服务支出", itemCode: "20103", itemName: "政府办公厅（室）及相关机构事务"),
        Agency(name: "发展和改革委员会", classCode: "201", className: "一般公共服务支出", itemCode: "20104", itemName: "发展与改革事务"),
        Agency(name: "统计局", classCode: "201", className: "一般公共服务支出", itemCode: "20105", itemName: "统计信息事务"),
        Agency(name: "财政局", classCode: "201", className: "一般公共服务支出", itemCode: "20106", itemName: "财政事务"),
        Agency(name: "审计局", classCode: "201", className: "一般公共服务支出", itemCode: "20108", itemName: "审计事务"),
        Agency(name: "商务局", classCode: "201", className: "一般公共服务支出", itemCode: "20113", itemName: "商贸事务"),
        Agency(name: "档案馆", classCode: "201", className: "一般公共服务支出", itemCode: "20126", itemName: "档案事务"),
        Agency(name: "市场监督管理局", classCode: "201", className: "一般公共服务支出", itemCode: "20138", itemName: "市场监督管理事务", lawEnforcement: true),
        Agency(name: "机关事务管理局", classCode: "201", className: "一般公共服务支出", itemCode: "20103", itemName: "政府办公厅（室）及相关机构事务"),
        Agency(name: "公安局", classCode: "204", className: "公共安全支出", itemCode: "20402", itemName: "公安", lawEnforcement: true),
        Agency(name: "司法局", classCode: "204", className: "公共安全支出", itemCode: "20406", itemName: "司法", lawEnforcement: true),
        Agency(name: "教育局", classCode: "205", className: "教育支出", itemCode: "20501", itemName: "教育管理事务"),
        Agency(name: "科学技术局", classCode: "206", className: "科学技术支出", itemCode: "20601", itemName: "科学技术管理事务"),
        Agency(name: "文化和旅游局", classCode: "207", className: "文化旅游体育与传媒支出", itemCode: "20701", itemName: "文化和旅游"),
        Agency(name: "人力资源和社会保障局", classCode: "208", className: "社会保障和就业支出", itemCode: "20801", itemName: "人力资源和社会保障管理事务"),
        Agency(name: "民政局", classCode: "208", className: "社会保障和就业支出", itemCode: "20802", itemName: "民政管理事务"),
        Agency(name: "卫生健康委员会", classCode: "210", className: "卫生健康支出", itemCode: "21001", itemName: "卫生健康管理事务"),
        Agency(name: "生态环境局", classCode: "211", className: "节能环保支出", itemCode: "21101", itemName: "环境保护管理事务", lawEnforcement: true),
        Agency(name: "住房和城乡建设局", classCode: "212", className: "城乡社区支出", itemCode: "21201", itemName: "城乡社区管理事务"),
        Agency(name: "农业农村局", classCode: "213", className: "农林水支出", itemCode: "21301", itemName: "农业农村"),
        Agency(name: "林业和草原局", classCode: "213", className: "农林水支出", itemCode: "21302", itemName: "林业和草原"),
        Agency(name: "水利局", classCode: "213", className: "农林水支出", itemCode: "21303", itemName: "水利"),
        Agency(name: "交通运输局", classCode: "214", className: "交通运输支出", itemCode: "21401", itemName: "公路水路运输"),
        Agency(name: "自然资源局", classCode: "220", className: "自然资源海洋气象等支出", itemCode: "22001", itemName: "自然资源事务"),
        Agency(name: "应急管理局", classCode: "224", className: "灾害防治及应急管理支出", itemCode: "22401", itemName: "应急管理事务", lawEnforcement: true),
    ]

    /// Fictitious cities: a synthetic region is one of them.
    static let regions = ["东川市", "西岭市", "南湖市", "北原市", "青河市", "白石市", "金沙市", "玉泉市"]
    /// Districts used once every agency of the city has been generated.
    static let districts = ["城关区", "新城区", "河东区", "河西区", "高新区", "经开区", "北山区", "南湾区", "东湖区", "西园区"]

    static let divisions = ["办公室", "财务科", "人事科", "政策法规科", "综合科", "业务科", "信息中心", "监督检查科",
                            "规划科", "宣传科", "机关党委", "审批服务科", "安全科", "统计科", "项目管理科"]

    static let projectNames = ["专项业务费", "信息化建设运维经费", "办公用房维修改造经费", "业务培训经费", "专项调研经费",
                               "宣传工作经费", "执法装备购置经费", "安全生产专项经费", "课题研究经费", "会议保障经费",
                               "档案数字化经费", "机构运行补助经费", "政府购买服务经费", "监督检查工作经费",
                               "应急物资储备经费", "数据采集经费"]

    /// 类 names of the shared classes.
    static let socialSecurity = ("208", "社会保障和就业支出")
    static let health = ("210", "卫生健康支出")
    static let housing = ("221", "住房保障支出")

    /// Names of the 款 and 项 that every department uses for personnel costs.
    static let fixedNames: [String: String] = [
        "20805": "行政事业单位养老支出",
        "2080501": "行政单位离退休",
        "2080505": "机关事业单位基本养老保险缴费支出",
        "2080506": "机关事业单位职业年金缴费支出",
        "21011": "行政事业单位医疗",
        "2101101": "行政单位医疗",
        "2101103": "公务员医疗补助",
        "22102": "住房改革支出",
        "2210201": "住房公积金",
    ]

    /// 项 names under an agency's own 款.
    static func itemName(_ suffix: String, of agency: Agency) -> String {
        switch suffix {
        case "01": return "行政运行"
        case "02": return "一般行政管理事务"
        case "50": return "事业运行"
        default: return "其他" + agency.itemName + (agency.itemName.hasSuffix("支出") ? "" : "支出")
        }
    }

    /// Economic classes of Table 6 (类, 款, name).
    static let wageItems: [(code: String, name: String, weight: Int)] = [
        ("30101", "基本工资", 26), ("30102", "津贴补贴", 17), ("30103", "奖金", 10), ("30107", "绩效工资", 12),
        ("30108", "机关事业单位基本养老保险缴费", 10), ("30109", "职业年金缴费", 4), ("30110", "职工基本医疗保险缴费", 5),
        ("30111", "公务员医疗补助缴费", 3), ("30112", "其他社会保障缴费", 1), ("30113", "住房公积金", 8),
        ("30199", "其他工资福利支出", 4),
    ]
    static let goodsItems: [(code: String, name: String, weight: Int)] = [
        ("30201", "办公费", 14), ("30202", "印刷费", 2), ("30205", "水费", 2), ("30206", "电费", 5),
        ("30207", "邮电费", 4), ("30208", "取暖费", 12), ("30211", "差旅费", 14), ("30228", "工会经费", 8),
        ("30229", "福利费", 7), ("30239", "其他交通费用", 10), ("30299", "其他商品和服务支出", 4),
    ]
    static let householdItems: [(code: String, name: String)] = [
        ("30301", "离休费"), ("30302", "退休费"), ("30399", "其他对个人和家庭的补助"),
    ]
}
