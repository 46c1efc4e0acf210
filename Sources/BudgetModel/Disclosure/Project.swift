/// A project of Table 7 (一般公共预算项目支出情况表): one row per project and
/// budget unit, with its function code and its split by economic class.
public struct Project: Sendable, Hashable, Codable {
    /// 项目名称.
    public var name: String
    /// 预算单位 (e.g. "新疆维吾尔自治区人民政府驻北京办事处 (本级)").
    public var unit: String?
    /// 功能分类科目编码 (7 digits).
    public var functionCode: String?
    /// 项目支出合计.
    public var amount: Amount
    /// Split by economic class 类 code: "301" 工资福利支出, "302" 商品服务支出,
    /// "303" 对个人和家庭的补助, "307" 债务利息及费用支出, "309" 资本性支出（基本建设）,
    /// "310" 资本性支出, "311" 对企业补助（基本建设）, "312" 对企业补助,
    /// "313" 对社会保障基金补助, "399" 其他支出.
    public var economicSplit: [String: Amount]?
    public var line: Int?

    public init(name: String, unit: String? = nil, functionCode: String? = nil, amount: Amount,
                economicSplit: [String: Amount]? = nil, line: Int? = nil) {
        self.name = name
        self.unit = unit
        self.functionCode = functionCode
        self.amount = amount
        self.economicSplit = economicSplit
        self.line = line
    }
}

/// Table 7's 总计 row, kept to check that the projects add up.
public struct ProjectTotals: Sendable, Hashable, Codable {
    public var amount: Amount?
    public var economicSplit: [String: Amount]?
    public var line: Int?

    public init() {}
}
