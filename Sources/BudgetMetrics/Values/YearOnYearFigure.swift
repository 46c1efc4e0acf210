import BudgetModel
import Foundation

/// The year-on-year comparisons exposed for the memo and the workbook:
/// the figures a disclosure compares with the prior year in its narrative.
public enum YearOnYearItem: String, Sendable, Hashable, CaseIterable {
    case sangong
    case basic
    case project
    case generalBudget
    case operatingCost

    /// 三公经费, 基本支出, 项目支出, 一般公共预算, 机关运行经费.
    public var name: String {
        switch self {
        case .sangong: return "三公经费"
        case .basic: return "基本支出"
        case .project: return "项目支出"
        case .generalBudget: return "一般公共预算"
        case .operatingCost: return "机关运行经费"
        }
    }

    /// The statement subjects tried in order, each with the model field that
    /// gives 本年 when the sentence states only the change.
    ///
    /// 一般公共预算: the 当年拨款 / 财政拨款支出 statement (`generalBudget`)
    /// first, else the revenue statement (`revenue.generalBudget`, "一般公共预算
    /// 3,994.84 万元 … 比上年预算增加 12.61 万元"). 基本支出 and 项目支出 are
    /// the all-funds statements of 支出预算/支出决算 (`expenditure.basic`,
    /// `expenditure.project`), not the 一般公共预算 ones.
    public var subjects: [(subject: YearOnYear.Subject, current: ModelField)] {
        switch self {
        case .sangong: return [(.sangongTotal, .sangongTotal)]
        case .basic: return [(.expenditureBasic, .expenditureBasic)]
        case .project: return [(.expenditureProject, .expenditureProject)]
        case .generalBudget: return [(.generalBudget, .generalBudgetTotal), (.revenueGeneralBudget, .revenueGeneralBudget)]
        case .operatingCost: return [(.operatingCost, .operatingCost)]
        }
    }
}

/// A year-on-year comparison the narrative states: 本年, the change and the
/// prior-year value derived from them (上年 = 本年 − 增减额).
public struct YearOnYearFigure: Sendable, Hashable {
    /// 本年: from the statement, else from the model field (`current.field` says which).
    /// First, so that the one-byte item and subject fill its tail padding.
    public let current: InputValue
    public let item: YearOnYearItem
    /// The statement's subject as its case (one byte; its text is the literal `rawValue`).
    private let subjectCase: YearOnYear.Subject
    /// The statement's subject, e.g. "sangong.total".
    public var subject: String { subjectCase.rawValue }
    /// Signed change on the prior year (增加 +, 减少 −) in 万元.
    public let change: InputValue
    /// The change in percent as stated (5.08 means 5.08 %).
    public let statedPercent: InputValue?
    /// 上年预算, 上年决算 or 上年, as the sentence says.
    public let basis: String?

    /// 上年 = 本年 − 增减额.
    public var prior: Decimal { current.value - change.value }

    /// 增减幅度 = 增减额 / 上年, full precision; `nil` when 上年 is zero.
    public var changeRatio: Decimal? { prior == 0 ? nil : change.value / prior }

    /// Each item's subjects with their readers, made once (their texts are
    /// shared by every department's figures).
    private static let readers: [YearOnYearItem: [(YearOnYear.Subject, ModelField, YearOnYearFields)]] =
        Dictionary(uniqueKeysWithValues: YearOnYearItem.allCases.map { item in
            (item, item.subjects.map { ($0.subject, $0.current, YearOnYearFields(subject: $0.subject.rawValue, name: item.name)) })
        })

    /// The first statement of `item`'s subjects whose 本年 is known, or `nil`.
    public init?(_ item: YearOnYearItem, for department: Department) {
        for (subject, currentField, fields) in Self.readers[item]! {
            guard let statement = fields.statement(in: department),
                  let change = fields.change(in: department),
                  let current = fields.current(in: department) ?? currentField.value(in: department) else { continue }
            self.item = item
            subjectCase = subject
            self.current = current
            self.change = change
            self.statedPercent = fields.changePercent(in: department)
            self.basis = statement.basis
            return
        }
        return nil
    }
}
