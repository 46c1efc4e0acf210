/// What the memo says about its own scope, beyond what the departments'
/// files state. Everything is optional: by default the region is taken from
/// the departments' files (`identity.region`) and the source documents from
/// `identity.source` (else the department file's name).
public struct MemoScope: Sendable, Hashable {
    /// The region to name in the memo, e.g. "新疆维吾尔自治区"; overrides the
    /// departments' own regions.
    public var region: String?
    /// The source documents to list, overriding the departments' own.
    public var sources: [String]?

    public init(region: String? = nil, sources: [String]? = nil) {
        self.region = region
        self.sources = sources
    }
}
