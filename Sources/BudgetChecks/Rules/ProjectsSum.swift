import BudgetModel

/// Table 7: the projects add up to the 总计 row, in 项目支出合计 and in each
/// economic class column (blank cells count as nothing).
public struct ProjectsSum: CheckRule {
    public static let id = "projects.sum-to-total"
    public static let description = "表7各项目之和应等于项目支出总计"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let projects = department.projects, !projects.isEmpty,
              let totals = department.projectTotals else { return [] }
        collector.compare(expected: Term.sum(projects.map { Term($0.amount, line: $0.line) }),
                          actual: Term(totals.amount, line: totals.line), detail: "表7 总计 项目支出合计")
        for (code, amount) in (totals.economicSplit ?? [:]).sorted(by: { $0.key < $1.key }) {
            collector.compare(expected: Term.sum(projects.map { Term($0.economicSplit?[code], line: $0.line) }),
                              actual: Term(amount, line: totals.line),
                              detail: "表7 总计 \(EconomicClassName.of(code))")
        }
        return collector.findings
    }
}

/// Names of the economic classes (经济分类 类) of Table 7's columns.
enum EconomicClassName {
    static let names: [String: String] = [
        "301": "工资福利支出", "302": "商品和服务支出", "303": "对个人和家庭的补助", "307": "债务利息及费用支出",
        "309": "资本性支出（基本建设）", "310": "资本性支出", "311": "对企业补助（基本建设）", "312": "对企业补助",
        "313": "对社会保障基金补助", "399": "其他支出",
    ]

    /// "302 商品和服务支出", or the code alone when unknown.
    static func of(_ code: String) -> String { names[code].map { "\(code) \($0)" } ?? code }
}
