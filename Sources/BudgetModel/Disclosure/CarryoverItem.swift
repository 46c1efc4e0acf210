/// A row of Table 11 (上年结转结余情况明细表).
public struct CarryoverItem: Sendable, Hashable, Codable {
    /// 项目名称; `nil` for an unnamed subtotal row.
    public var name: String?
    /// 总计.
    public var total: Amount
    /// 财政拨款 合计.
    public var fiscal: Amount?
    /// 非财政拨款 合计.
    public var nonFiscal: Amount?
    public var line: Int?

    public init(name: String?, total: Amount, fiscal: Amount? = nil, nonFiscal: Amount? = nil, line: Int? = nil) {
        self.name = name
        self.total = total
        self.fiscal = fiscal
        self.nonFiscal = nonFiscal
        self.line = line
    }
}
