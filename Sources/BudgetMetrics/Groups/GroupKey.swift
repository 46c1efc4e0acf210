import BudgetModel
import Foundation

/// Departments are compared only with departments of the same year, the
/// same kind (预算 / 决算) and the same optional peer-group tag
/// (`identity.group`, e.g. 驻京机构).
public struct GroupKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let kind: DisclosureKind
    /// The peer-group tag; `nil` when the department has none (blank counts as none).
    public let tag: String?

    public init(year: Int, kind: DisclosureKind, tag: String? = nil) {
        self.year = year
        self.kind = kind
        let trimmed = tag?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.tag = trimmed?.isEmpty == false ? trimmed : nil
    }

    public init(_ identity: Identity) {
        self.init(year: identity.year, kind: identity.kind, tag: identity.group)
    }

    /// "2024年 预算" or "2024年 预算 · 驻京机构".
    public var label: String {
        "\(year)年 \(kind.chineseName)" + (tag.map { " · \($0)" } ?? "")
    }

    /// A stable key for files and JSON: "2024-budget" or "2024-budget-驻京机构".
    public var id: String {
        "\(year)-\(kind.rawValue)" + (tag.map { "-\($0)" } ?? "")
    }

    public var description: String { label }

    /// By year, then 预算 before 决算, then untagged before tagged, tags by code point.
    public static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
        if lhs.year != rhs.year { return lhs.year < rhs.year }
        if lhs.kind != rhs.kind { return lhs.kind == .budget }
        switch (lhs.tag, rhs.tag) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (left?, right?): return left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars)
        }
    }
}
