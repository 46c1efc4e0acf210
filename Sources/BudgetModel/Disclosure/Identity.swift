/// Who published the disclosure, for which year, and what it covers.
public struct Identity: Sendable, Hashable, Codable {
    /// 部门全称, e.g. 新疆维吾尔自治区人民政府驻北京办事处.
    public var name: String
    /// 简称 used in tables and the memo; defaults to the full name.
    public var shortName: String?
    /// 地区, e.g. 新疆维吾尔自治区.
    public var region: String?
    /// 年度 of the budget or final account.
    public var year: Int
    /// 预算 or 决算.
    public var kind: DisclosureKind
    /// Optional peer-group tag (e.g. 驻京机构): departments are compared only
    /// within the same year, kind and group.
    public var group: String?
    /// The disclosure this file was entered or imported from (file name).
    public var source: String?
    /// 发布日期 as written at the end of the disclosure (YYYY-MM-DD).
    public var publishedOn: String?
    /// 下属预算单位 included in the disclosure (empty when 无下属预算单位).
    public var budgetUnits: [String]?
    /// 内设机构 (处室/科室).
    public var divisions: [String]?
    /// Marks generated test data; synthetic files are never mixed into the
    /// real fixtures' outputs.
    public var synthetic: Bool?

    public init(name: String, shortName: String? = nil, region: String? = nil, year: Int,
                kind: DisclosureKind, group: String? = nil, source: String? = nil) {
        self.name = name
        self.shortName = shortName
        self.region = region
        self.year = year
        self.kind = kind
        self.group = group
        self.source = source
    }

    /// The name to show where space is short.
    public var displayName: String { shortName ?? name }
}
