import BudgetChecks
import BudgetModel
import XCTest

/// The narrative's figures against the tables.
final class NarrativeRulesTests: XCTestCase {
    private func statement(_ subject: String, current: String?, line: Int = 410) -> YearOnYear {
        YearOnYear(subject: subject, current: current.map { amount($0, line: line) }, change: amount("0.00"),
                   line: line)
    }

    private func tables(_ statements: [YearOnYear]) -> Department {
        department {
            $0.revenue = Revenue()
            $0.revenue?.generalBudget = amount("3994.84", line: 96)
            $0.expenditure = Expenditure()
            $0.expenditure?.basic = amount("1292.84", line: 178)
            $0.fiscal = FiscalAppropriation()
            $0.fiscal?.generalBudgetByFunction = [
                FunctionRow(code: "2010301", name: "行政运行", total: amount("568.44", line: 255), line: 255),
            ]
            $0.sangong = Sangong()
            $0.sangong?.total = amount("49.81", line: 373)
            $0.basicExpenditure = BasicExpenditure()
            $0.basicExpenditure?.publicFunds = amount("203.53", line: 284)
            $0.yearOnYear = statements
        }
    }

    func testMatchingFiguresGiveNoFinding() {
        let matching = tables([
            statement("revenue.generalBudget", current: "3994.84"), statement("expenditure.basic", current: "1292.84"),
            statement("function.2010301", current: "568.44"), statement("sangong.total", current: "49.81"),
        ])
        XCTAssertEqual(briefs(NarrativeMatchesTables(), matching), [])
    }

    func testDifferencesAreGraded() {
        let department = tables([
            statement("revenue.generalBudget", current: "3994.85", line: 410),
            statement("function.2010301", current: "586.44", line: 461),
            statement("sangong.total", current: "49.81", line: 515),
        ])
        XCTAssertEqual(briefs(NarrativeMatchesTables(), department), [
            "rounding 3994.84→3994.85 (0.01) 说明 一般公共预算收入 对 一般公共预算拨款收入 [96, 410]",
            "inconsistency 568.44→586.44 (18.00) 说明 2010301 行政运行 对 表5 2010301 行政运行 合计 [255, 461]",
        ])
        assertWellFormed(NarrativeMatchesTables(), department)
    }

    func testSubjectsWithoutCounterpartOrFigureAreSkipped() {
        let department = tables([
            statement("operatingCost", current: "211.43"), // 机关运行经费 differs from 公用经费 legitimately
            statement("revenue.governmentFund", current: "0.00"), // Table 1 leaves it blank
            statement("function.2139999", current: "0.00"), // no Table 5 row
            statement("expenditure.project", current: "2869.00"), // no Table 3 figure in this file
            statement("revenue.generalBudget", current: nil), // the sentence states only the change
            statement("something.else", current: "1.00"),
        ])
        XCTAssertEqual(briefs(NarrativeMatchesTables(), department), [])
    }

    func testFinalAccountComparisonsAgainstTheirFigures() {
        let final = department(kind: .final) {
            $0.fiscal = FiscalAppropriation()
            $0.fiscal?.expenditure = amount("490.88", line: 96)
            $0.sangong = Sangong()
            $0.sangong?.total = amount("23.40", line: 135)
            var account = FinalAccount()
            account.budgetComparisons = [
                BudgetComparison(subject: "fiscal", initialBudget: amount("544.01"), final: amount("490.88", line: 98)),
                BudgetComparison(subject: "sangong.total", initialBudget: nil, fullYearBudget: amount("23.40"),
                                 final: amount("24.40", line: 147)),
            ]
            $0.finalAccount = account
        }
        XCTAssertEqual(briefs(NarrativeMatchesTables(), final),
                       ["inconsistency 23.40→24.40 (1.00) 决算数 “三公”经费 对 “三公”经费合计 [135, 147]"])
    }
}
