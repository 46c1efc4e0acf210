import BudgetModel

/// A stated year-on-year percentage equals change ÷ prior year × 100, where
/// prior year = current − change ("比上年增加 12.61 万元，增长 0.32%" on
/// 3,994.84 万元: 12.61 ÷ 3,982.23 = 0.3167 %). Not applied when the prior
/// year is zero (a stated 100 % "growth" from nothing cannot be recomputed)
/// or the statement lacks its current value or percentage.
public struct YearOnYearPercent: CheckRule {
    public static let id = "percent.year-on-year"
    public static let description = "同比增减率应等于增减额除以上年数"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        for statement in department.yearOnYear ?? [] {
            guard let current = statement.current else { continue }
            let recomputed = RecomputedPercent(a: current.value, b: statement.change.value) { current, change in
                (change, current - change)
            }
            collector.comparePercent(
                stated: statement.changePercent, recomputed: recomputed,
                lines: [statement.line, current.source?.line, statement.change.source?.line],
                detail: "\(Subjects.name(statement.subject, in: department)) 同比")
        }
        return collector.findings
    }
}
