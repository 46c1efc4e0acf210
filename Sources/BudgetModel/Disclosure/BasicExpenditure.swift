/// 一般公共预算基本支出 by economic class (Table 6), split into 人员经费
/// (301 工资福利支出, 303 对个人和家庭的补助) and 公用经费 (302 商品和服务支出 …).
public struct BasicExpenditure: Sendable, Hashable, Codable {
    /// 总计 合计.
    public var total: Amount?
    /// 人员经费 (总计 row, or the narrative for a 决算).
    public var personnel: Amount?
    /// 公用经费 (总计 row, or the narrative for a 决算).
    public var publicFunds: Amount?
    /// Rows by economic class code: "301" (类) or "30101" (款).
    public var byEconomicClass: [EconomicRow]?

    public init() {}
}

/// One row of Table 6.
public struct EconomicRow: Sendable, Hashable, Codable {
    /// 经济分类科目编码: 3 digits (类) or 5 digits (款), no spaces.
    public var code: String
    public var name: String?
    public var total: Amount?
    public var personnel: Amount?
    public var publicFunds: Amount?
    public var line: Int?

    public init(code: String, name: String? = nil, total: Amount? = nil, personnel: Amount? = nil,
                publicFunds: Amount? = nil, line: Int? = nil) {
        self.code = code
        self.name = name
        self.total = total
        self.personnel = personnel
        self.publicFunds = publicFunds
        self.line = line
    }
}
