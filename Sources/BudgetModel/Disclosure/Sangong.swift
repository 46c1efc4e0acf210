/// 财政拨款“三公”经费 (Table 10, or section 九 of a 决算). In 万元.
public struct Sangong: Sendable, Hashable, Codable {
    /// 合计.
    public var total: Amount?
    /// 因公出国（境）费.
    public var abroad: Amount?
    /// 公务接待费.
    public var reception: Amount?
    /// 公务用车购置及运行（维护）费 (小计).
    public var vehicles: Amount?
    /// 公务用车购置费.
    public var vehiclePurchase: Amount?
    /// 公务用车运行（维护）费.
    public var vehicleRunning: Amount?

    public init() {}

    /// The components that must add up to `total` (出国 + 接待 + 车辆小计),
    /// with 车辆小计 replaced by 购置 + 运行 when the subtotal is not stated.
    public var componentsForTotal: [Amount?] {
        [abroad, reception, vehicles ?? Sangong.sum(vehiclePurchase, vehicleRunning)]
    }

    static func sum(_ a: Amount?, _ b: Amount?) -> Amount? {
        guard let a, let b else { return nil }
        return Amount(a.value + b.value)
    }
}
