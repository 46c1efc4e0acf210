/// 国有资产占用使用情况: floor area, vehicles and values.
public struct StateAssets: Sendable, Hashable, Codable {
    /// The date the figures refer to as written (e.g. "2023年底", "2024-12-31").
    public var asOf: String?
    /// 房屋面积 in 平方米 (not 万元).
    public var floorArea: Amount?
    /// 房屋价值 (万元).
    public var buildingValue: Amount?
    /// 车辆 (辆).
    public var vehicles: Count?
    /// 车辆价值 (万元).
    public var vehicleValue: Amount?
    /// 一般公务用车 (辆).
    public var generalOfficialVehicles: Count?
    /// 执法执勤用车 (辆).
    public var lawEnforcementVehicles: Count?
    /// 其他车辆 / 其他用车 (辆).
    public var otherVehicles: Count?
    /// 办公家具价值 (万元).
    public var furnitureValue: Amount?
    /// 其他资产价值 (万元).
    public var otherAssetsValue: Amount?
    /// 单位价值 50 万元以上大型设备 (台).
    public var equipmentOver50: Count?
    /// 单位价值 100 万元以上大型设备 (台).
    public var equipmentOver100: Count?

    public init() {}
}
