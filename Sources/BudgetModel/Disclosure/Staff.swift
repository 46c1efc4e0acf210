/// 机构设置及人员情况: the staff sentence of the profile, e.g.
/// "编制数 60，实有人数 76 人，其中：在职 44 人，减少 5 人；退休 31 人，增加 0 人；离休 1 人，增加 0 人。"
/// Changes are signed (减少 5 人 → -5).
public struct Staff: Sendable, Hashable, Codable {
    /// 编制数.
    public var authorized: Count?
    /// 实有人数 (在职 + 退休 + 离休 as the disclosure states it).
    public var actual: Count?
    /// 在职人数.
    public var onDuty: Count?
    /// 在职 change on the prior year (signed).
    public var onDutyChange: Count?
    /// 退休人数.
    public var retired: Count?
    public var retiredChange: Count?
    /// 离休人数.
    public var separated: Count?
    public var separatedChange: Count?

    public init() {}
}
