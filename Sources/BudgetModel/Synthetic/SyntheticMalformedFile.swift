/// Deliberately malformed department files, for batch tests: a region
/// folder with some bad files must still produce every good department and
/// report each bad file with its line and field.
public enum SyntheticMalformedFile: String, Sendable, CaseIterable {
    case europeanAmount
    case unknownField
    case negativeCount
    case yamlSyntax
    case missingIdentity
    case unknownKind
    case duplicateFunctionCode
    case emptyFile

    /// The text of a file with this defect, for a department called `name`.
    public func text(name: String, year: Int) -> String {
        let header = "# 模拟数据 (synthetic), deliberately malformed: \(rawValue)\n"
        let identity = "identity:\n  name: \(name)\n  year: \(year)\n  kind: budget\n  synthetic: true\n"
        switch self {
        case .europeanAmount:
            return header + identity + "revenue:\n  generalBudget: \"3.994,84\"\n"
        case .unknownField:
            return header + identity + "staff:\n  onDutty: 44\n"
        case .negativeCount:
            return header + identity + "staff:\n  onDuty: -44\n"
        case .yamlSyntax:
            return header + identity + "revenue:\n  total: \"4,161.84\n"
        case .missingIdentity:
            return header + "staff:\n  onDuty: 44\n"
        case .unknownKind:
            return header + identity.replacingOccurrences(of: "kind: budget", with: "kind: 年报")
        case .duplicateFunctionCode:
            return header + identity + "expenditure:\n  byFunction:\n    - {code: \"2010301\", total: 568.44}\n"
                + "    - {code: \"2010301\", total: 346.91}\n"
        case .emptyFile:
            return ""
        }
    }
}
