import BudgetModel
import Foundation

/// Operand sources over the model's lists: narrative year-on-year statements,
/// the 决算's project self-evaluations and budget comparisons, and the
/// statement that a table is empty.
extension OperandSource {
    // MARK: Year-on-year statements

    /// The statement's change (本年 − 上年): "yearOnYear[<subject>].change".
    static func yearOnYearChange(_ subject: String, name: String) -> OperandSource {
        let field = YearOnYearFields(subject: subject, name: name)
        return OperandSource(expression: field.changePath, disclosure: YearOnYearFields.sentence) { department in
            guard let input = field.change(in: department) else { return .missing([field.missingChange]) }
            return .found([OperandTerm(input)])
        }
    }

    /// 上年 = 本年 − change, 本年 from the statement itself or, when the
    /// sentence states only the change, from `current`.
    static func yearOnYearPrior(_ subject: String, name: String, current: ModelField?) -> [OperandSource] {
        let field = YearOnYearFields(subject: subject, name: name)
        var sources = [OperandSource(expression: "\(field.currentPath) − \(field.changePath)", disclosure: YearOnYearFields.sentence) { department in
            switch (field.current(in: department), field.change(in: department)) {
            case let (current?, change?): return .found([OperandTerm(current), OperandTerm(change, subtracted: true)])
            case (nil, nil): return .missing([field.missingCurrent, field.missingChange])
            case (nil, _): return .missing([field.missingCurrent])
            case (_, nil): return .missing([field.missingChange])
            }
        }]
        if let current {
            sources.append(OperandSource(
                expression: "\(current.path) − \(field.changePath)",
                note: "同比说明只给出增减额（如“三公经费预算比上年预算增加 0.00 万元”）时，本年数取 \(current.path)",
                fields: [current], disclosure: YearOnYearFields.sentence
            ) { department in
                switch (current.value(in: department), field.change(in: department)) {
                case let (value?, change?): return .found([OperandTerm(value), OperandTerm(change, subtracted: true)])
                case (nil, nil): return .missing([current.missing, field.missingChange])
                case (nil, _): return .missing([current.missing])
                case (_, nil): return .missing([field.missingChange])
                }
            })
        }
        return sources
    }

    // MARK: 项目支出绩效自评表 (决算)

    /// Σ over every self-evaluated project of `figure` minus Σ of `minus` (if
    /// given). Every project must state the figures; a project that does not
    /// makes the operand missing (naming the project), rather than silently
    /// leaving it out of the sum.
    static func performanceSum(_ figure: PerformanceFigure, minus: PerformanceFigure? = nil) -> OperandSource {
        var expression = "Σ finalAccount.performance[].\(figure.rawValue)"
        if let minus { expression += " − Σ finalAccount.performance[].\(minus.rawValue)" }
        return OperandSource(
            expression: expression, kinds: .finalOnly,
            disclosure: "决算：项目支出绩效自评表 “年度资金总额”行（年初预算数、全年预算数、全年执行数），逐个项目"
        ) { department in
            guard let projects = department.finalAccount?.performance, !projects.isEmpty else {
                return .missing([MissingInput(field: "finalAccount.performance", term: "项目支出绩效自评表")])
            }
            // Σ figure first, then − Σ minus: the order the formula reads.
            var terms: [OperandTerm] = []
            var missing: [MissingInput] = []
            for (which, subtracted) in [(figure, false)] + (minus.map { [($0, true)] } ?? []) {
                for (index, project) in projects.enumerated() {
                    if let input = which.input(project, index: index) {
                        terms.append(OperandTerm(input, subtracted: subtracted))
                    } else {
                        missing.append(which.missing(project, index: index))
                    }
                }
            }
            return missing.isEmpty ? .found(terms) : .missing(missing)
        }
    }

    // MARK: 年初预算数 vs 决算数 (决算)

    /// 决算数 − 年初预算数 of the budget comparison about `subject`.
    static func comparisonDifference(_ subject: String) -> OperandSource {
        let fields = BudgetComparisonFields(subject: subject)
        return OperandSource(
            expression: "\(BudgetComparisonFields.path(subject, "final")) − \(BudgetComparisonFields.path(subject, "initialBudget"))",
            kinds: .finalOnly, disclosure: BudgetComparisonFields.disclosure(subject)
        ) { department in
            switch (fields.final(in: department), fields.initialBudget(in: department)) {
            case let (final?, initial?): return .found([OperandTerm(final), OperandTerm(initial, subtracted: true)])
            case (nil, nil): return .missing([fields.missingFinal, fields.missingInitial])
            case (nil, _): return .missing([fields.missingFinal])
            case (_, nil): return .missing([fields.missingInitial])
            }
        }
    }

    /// 年初预算数 of the budget comparison about `subject`.
    static func comparisonInitialBudget(_ subject: String) -> OperandSource {
        let fields = BudgetComparisonFields(subject: subject)
        return OperandSource(expression: BudgetComparisonFields.path(subject, "initialBudget"), kinds: .finalOnly,
                             disclosure: BudgetComparisonFields.disclosure(subject)) { department in
            guard let initial = fields.initialBudget(in: department) else { return .missing([fields.missingInitial]) }
            return .found([OperandTerm(initial)])
        }
    }

    // MARK: Tables stated to be empty

    /// Zero, when the disclosure states that the table whose name contains
    /// `table` (or whose number is `number`) is empty — a stated fact, not a guess.
    static func emptyTable(number: String, title: String, term: String, kinds: Set<DisclosureKind>) -> OperandSource {
        OperandSource(
            expression: "emptyTables[\(number)] → 0", kinds: kinds,
            note: "披露说明“\(title)为空表”时取 0（该表无数据是披露明确说明的事实）",
            disclosure: "“…\(title)为空表。”"
        ) { department in
            let statement = department.emptyTables?.first {
                $0.table.replacingOccurrences(of: " ", with: "") == number || $0.table.contains(title)
            }
            guard let statement else {
                return .missing([MissingInput(field: "emptyTables[\(number)]", term: "\(title)为空表的说明")])
            }
            let input = InputValue(
                field: "emptyTables[\(number)]", term: "\(term)（\(title)为空表）", value: 0,
                source: statement.line.map { Provenance(line: $0, table: number) } ?? Provenance(line: nil, table: number))
            return .found([OperandTerm(input)])
        }
    }
}

/// The figures of a 项目支出绩效自评表 that metrics sum.
enum PerformanceFigure: String, Sendable {
    case initialBudget, fullYearBudget, executed

    var term: String {
        switch self {
        case .initialBudget: return "年初预算数"
        case .fullYearBudget: return "全年预算数"
        case .executed: return "全年执行数"
        }
    }

    func figure(_ project: PerformanceEvaluation) -> Amount? {
        switch self {
        case .initialBudget: return project.initialBudget
        case .fullYearBudget: return project.fullYearBudget
        case .executed: return project.executed
        }
    }

    func path(index: Int) -> String { "finalAccount.performance[\(index)].\(rawValue)" }

    func input(_ project: PerformanceEvaluation, index: Int) -> InputValue? {
        guard let amount = figure(project) else { return nil }
        return InputValue(field: path(index: index), term: "\(term)（\(project.project)）", value: amount.value,
                          source: amount.source ?? project.line.map { Provenance(line: $0) })
    }

    func missing(_ project: PerformanceEvaluation, index: Int) -> MissingInput {
        MissingInput(field: path(index: index), term: "\(term)（\(project.project)）")
    }
}

/// Readers of one year-on-year statement (`Department.yearOnYear`).
struct YearOnYearFields: Sendable {
    /// Where a disclosure states a year-on-year change.
    static let sentence = "说明中的同比句：“… 比上年（预算）增加/减少 x 万元，增长/下降 y%”"

    let subject: String
    /// The subject's name, e.g. 三公经费.
    let name: String
    // Made once per subject, not once per department: every department's
    // inputs share these texts (a batch holds them all).
    let currentPath: String
    let changePath: String
    let changePercentPath: String
    private let currentLabel: InputLabel
    private let changeLabel: InputLabel
    private let changePercentLabel: InputLabel

    init(subject: String, name: String) {
        self.subject = subject
        self.name = name
        currentPath = "yearOnYear[\(subject)].current"
        changePath = "yearOnYear[\(subject)].change"
        changePercentPath = "yearOnYear[\(subject)].changePercent"
        currentLabel = InputLabel(field: currentPath, term: "\(name)本年数（同比说明）")
        changeLabel = InputLabel(field: changePath, term: "\(name)比上年增减额")
        changePercentLabel = InputLabel(field: changePercentPath, term: "\(name)增减幅度（说明所列，%）")
    }

    var missingCurrent: MissingInput { MissingInput(field: currentPath, term: currentLabel.term) }
    var missingChange: MissingInput { MissingInput(field: changePath, term: changeLabel.term) }

    func statement(in department: Department) -> YearOnYear? {
        department.yearOnYear?.first { $0.subject == subject }
    }

    func current(in department: Department) -> InputValue? {
        guard let statement = statement(in: department), let current = statement.current else { return nil }
        return InputValue(currentLabel, value: current.value,
                          source: current.source ?? statement.line.map { Provenance(line: $0) })
    }

    func change(in department: Department) -> InputValue? {
        guard let statement = statement(in: department) else { return nil }
        return InputValue(changeLabel, value: statement.change.value,
                          source: statement.change.source ?? statement.line.map { Provenance(line: $0) })
    }

    /// The stated percentage change, in percent as stated (5.08 means 5.08 %).
    func changePercent(in department: Department) -> InputValue? {
        guard let statement = statement(in: department), let percent = statement.changePercent else { return nil }
        return InputValue(changePercentLabel, value: percent.value,
                          source: percent.source ?? statement.line.map { Provenance(line: $0) })
    }
}

/// Readers of one budget comparison of a 决算 (`FinalAccount.budgetComparisons`).
struct BudgetComparisonFields: Sendable {
    let subject: String
    // Made once per subject, not once per department (a batch holds every
    // department's inputs).
    private let finalLabel: InputLabel
    private let initialLabel: InputLabel
    private let statedRateLabel: InputLabel

    init(subject: String) {
        self.subject = subject
        let label = Self.label(subject)
        finalLabel = InputLabel(field: Self.path(subject, "final"), term: "\(label)决算数")
        initialLabel = InputLabel(field: Self.path(subject, "initialBudget"), term: "\(label)年初预算数")
        statedRateLabel = InputLabel(field: Self.path(subject, "statedVarianceRate"),
                                     term: "\(label)预决算差异率（说明所列，%）")
    }

    static func path(_ subject: String, _ member: String) -> String {
        "finalAccount.budgetComparisons[\(subject)].\(member)"
    }

    static func disclosure(_ subject: String) -> String {
        switch subject {
        case YearOnYear.Subject.fiscal.rawValue:
            return "决算：财政拨款收入支出决算总体情况说明 “年初预算数 x 万元，决算数 y 万元，预决算差异率 z%”"
        case YearOnYear.Subject.generalBudget.rawValue:
            return "决算：一般公共预算财政拨款支出决算总体情况说明 “年初预算数 x 万元，决算数 y 万元，预决算差异率 z%”"
        default:
            return "决算：预决算比较句（\(subject)）"
        }
    }

    private static func label(_ subject: String) -> String {
        switch subject {
        case YearOnYear.Subject.fiscal.rawValue: return "财政拨款支出"
        case YearOnYear.Subject.generalBudget.rawValue: return "一般公共预算财政拨款支出"
        default: return subject
        }
    }

    var missingFinal: MissingInput { MissingInput(field: finalLabel.field, term: finalLabel.term) }
    var missingInitial: MissingInput { MissingInput(field: initialLabel.field, term: initialLabel.term) }

    func comparison(in department: Department) -> BudgetComparison? {
        department.finalAccount?.budgetComparisons?.first { $0.subject == subject }
    }

    func final(in department: Department) -> InputValue? {
        guard let comparison = comparison(in: department) else { return nil }
        return InputValue(finalLabel, value: comparison.final.value,
                          source: comparison.final.source ?? comparison.line.map { Provenance(line: $0) })
    }

    func initialBudget(in department: Department) -> InputValue? {
        guard let comparison = comparison(in: department), let initial = comparison.initialBudget else { return nil }
        return InputValue(initialLabel, value: initial.value,
                          source: initial.source ?? comparison.line.map { Provenance(line: $0) })
    }

    /// 预决算差异率 as stated, in percent (-9.77 means -9.77 %).
    func statedRate(in department: Department) -> InputValue? {
        guard let comparison = comparison(in: department), let rate = comparison.statedVarianceRate else { return nil }
        return InputValue(statedRateLabel, value: rate.value,
                          source: rate.source ?? comparison.line.map { Provenance(line: $0) })
    }
}
