/// 政府采购 (budget: 政府采购预算; 决算: 政府采购支出). In 万元.
public struct Procurement: Sendable, Hashable, Codable {
    public var total: Amount?
    /// 货物.
    public var goods: Amount?
    /// 工程.
    public var works: Amount?
    /// 服务.
    public var services: Amount?
    /// 面向中小企业预留 (决算: 授予中小企业合同金额).
    public var smeReserved: Amount?
    /// 小微企业预留 (决算: 授予小微企业合同金额).
    public var smallMicroReserved: Amount?

    public init() {}
}
