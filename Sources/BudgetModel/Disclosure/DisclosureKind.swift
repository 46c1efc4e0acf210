/// Whether a disclosure is a budget (部门预算) or a final account (部门决算).
/// Departments are compared only with others of the same kind and year.
public enum DisclosureKind: String, Sendable, Hashable, Codable, CaseIterable {
    case budget
    case final

    /// 预算 / 决算.
    public var chineseName: String { self == .budget ? "预算" : "决算" }

    /// Accepts `budget` / `预算` and `final` / `决算`.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "budget", "预算", "部门预算": self = .budget
        case "final", "final-account", "决算", "部门决算": self = .final
        default: return nil
        }
    }

    public init(from decoder: Decoder) throws {
        let single = try decoder.singleValueContainer()
        let text = try single.decode(String.self)
        guard let kind = DisclosureKind(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: single,
                debugDescription: "expected kind budget (预算) or final (决算), found \"\(text)\"")
        }
        self = kind
    }
}
