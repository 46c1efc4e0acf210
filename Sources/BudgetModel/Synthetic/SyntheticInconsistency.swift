import Foundation

/// A deliberate error put into a synthetic department, so that the data
/// checks have something real to find. Each one changes one stated figure by
/// 1.00–99.99 万元 (far above the 0.01 万元 rounding tolerance) or one stated
/// percentage by 1.00 point, and is listed so a test can expect its finding.
public struct InjectedInconsistency: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 收入总计 ≠ 支出总计.
        case revenueTotal
        /// 本年收入 ≠ the sum of its sources.
        case revenueSources
        /// 人员经费 + 公用经费 ≠ 基本支出.
        case basicSplit
        /// 三公 components ≠ 三公 total.
        case sangongTotal
        /// A 项 row ≠ its share of the 款 (Table 3, or Table 5 for a 决算).
        case functionRollup
        /// A stated 增长率 ≠ change / prior.
        case yearOnYearPercent
        /// Table 7 projects ≠ Table 7 总计.
        case projectTotals
        /// A Table 6 款 row ≠ its share of the 类.
        case economicRollup
    }

    public var kind: Kind
    /// Field path of the changed figure, e.g. `revenue.total`.
    public var field: String
    /// The consistent value before the change.
    public var original: Decimal
    /// The value written to the file.
    public var altered: Decimal

    public init(kind: Kind, field: String, original: Decimal, altered: Decimal) {
        self.kind = kind
        self.field = field
        self.original = original
        self.altered = altered
    }
}

extension InjectedInconsistency.Kind {
    /// Whether `department` has the figure this kind changes.
    func applies(to department: Department) -> Bool {
        switch self {
        case .revenueTotal: return department.revenue?.total != nil
        case .revenueSources: return department.revenue?.currentYear != nil
        case .basicSplit: return department.basicExpenditure?.personnel != nil
        case .sangongTotal: return department.sangong?.total != nil
        case .functionRollup:
            return (department.expenditure?.byFunction ?? department.fiscal?.generalBudgetByFunction ?? [])
                .contains { $0.code.count == 7 }
        case .yearOnYearPercent: return department.yearOnYear?.contains(where: Self.hasPrior) ?? false
        case .projectTotals: return department.projectTotals?.amount != nil
        case .economicRollup: return department.basicExpenditure?.byEconomicClass?.contains { $0.code.count == 5 } ?? false
        }
    }

    /// A statement whose percentage can be recomputed (its prior year is not 0).
    static func hasPrior(_ statement: YearOnYear) -> Bool {
        guard statement.changePercent != nil, let current = statement.current?.value else { return false }
        return current - statement.change.value != 0
    }

    /// Changes `department` and describes the change. `delta` is in 万元.
    func inject(into department: inout Department, delta: Decimal) -> InjectedInconsistency {
        func record(_ field: String, _ original: Decimal, _ altered: Decimal) -> InjectedInconsistency {
            InjectedInconsistency(kind: self, field: field, original: original, altered: altered)
        }
        switch self {
        case .revenueTotal:
            let original = department.revenue!.total!.value
            department.revenue!.total!.value = original + delta
            return record("revenue.total", original, original + delta)
        case .revenueSources:
            let original = department.revenue!.currentYear!.value
            department.revenue!.currentYear!.value = original + delta
            return record("revenue.currentYear", original, original + delta)
        case .basicSplit:
            let original = department.basicExpenditure!.personnel!.value
            department.basicExpenditure!.personnel!.value = original + delta
            return record("basicExpenditure.personnel", original, original + delta)
        case .sangongTotal:
            let original = department.sangong!.total!.value
            department.sangong!.total!.value = original + delta
            return record("sangong.total", original, original + delta)
        case .functionRollup:
            // The row stays internally consistent (合计 = 基本 + 项目); only its
            // roll-up into the 款 breaks.
            let inTable3 = department.expenditure?.byFunction != nil
            var rows = (inTable3 ? department.expenditure!.byFunction : department.fiscal!.generalBudgetByFunction)!
            let index = rows.firstIndex { $0.code.count == 7 }!
            let original = rows[index].total!.value
            rows[index].total!.value = original + delta
            if rows[index].basic != nil { rows[index].basic!.value += delta } else if rows[index].project != nil { rows[index].project!.value += delta }
            if inTable3 { department.expenditure!.byFunction = rows } else { department.fiscal!.generalBudgetByFunction = rows }
            let table = inTable3 ? "expenditure.byFunction" : "fiscal.generalBudgetByFunction"
            return record("\(table)[\(index)].total", original, original + delta)
        case .yearOnYearPercent:
            let index = department.yearOnYear!.firstIndex(where: Self.hasPrior)!
            let original = department.yearOnYear![index].changePercent!.value
            department.yearOnYear![index].changePercent!.value = original + 1
            return record("yearOnYear[\(index)].changePercent", original, original + 1)
        case .projectTotals:
            let original = department.projectTotals!.amount!.value
            department.projectTotals!.amount!.value = original + delta
            return record("projectTotals.amount", original, original + delta)
        case .economicRollup:
            var rows = department.basicExpenditure!.byEconomicClass!
            let index = rows.firstIndex { $0.code.count == 5 }!
            let original = rows[index].total!.value
            rows[index].total!.value = original + delta
            if rows[index].personnel != nil { rows[index].personnel!.value += delta } else if rows[index].publicFunds != nil { rows[index].publicFunds!.value += delta }
            department.basicExpenditure!.byEconomicClass = rows
            return record("basicExpenditure.byEconomicClass[\(index)].total", original, original + delta)
        }
    }
}
