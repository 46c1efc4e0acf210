import BudgetChecks
import BudgetModel
import XCTest

/// Stated percentages against recomputed ones: year-on-year, 预决算差异率, 执行率.
final class PercentRulesTests: XCTestCase {
    private func yoy(current: String?, change: String, stated: String?) -> Department {
        department {
            $0.yearOnYear = [YearOnYear(subject: "revenue.generalBudget", current: current.map { amount($0) },
                                        change: amount(change), changePercent: stated.map { amount($0) },
                                        line: 410)]
        }
    }

    func testYearOnYear() throws {
        let rule = YearOnYearPercent()
        // 12.61 ÷ (3,994.84 − 12.61) = 0.3167 %, stated 0.32 %.
        XCTAssertEqual(briefs(rule, yoy(current: "3994.84", change: "12.61", stated: "0.32")), [])
        // 39.64 ÷ 99.03 = 40.0283 %, stated 40.02 %: amounts rounded to 0.01 万元 allow 40.0192 … 40.0374 %.
        let rounding = rule.findings(in: yoy(current: "138.67", change: "39.64", stated: "40.02"), file: "t")
        XCTAssertEqual(rounding.map(\.severity), [.rounding])
        let finding = try XCTUnwrap(rounding.first)
        XCTAssertEqual(finding.unit, .percentagePoint)
        XCTAssertEqual(finding.expected, decimal("39.64") / decimal("99.03") * 100)
        XCTAssertEqual(finding.actual, decimal("40.02"))
        XCTAssertEqual(finding.tolerance, decimal("0.005"))
        XCTAssertEqual(finding.lines, [410])
        XCTAssertEqual(finding.detail, "一般公共预算收入 同比")
        // 1.00 ÷ 79.00 = 1.2658 %: no rounding of the amounts reaches 1.28 %.
        XCTAssertEqual(rule.findings(in: yoy(current: "80.00", change: "1.00", stated: "1.28"), file: "t").map(\.severity),
                       [.inconsistency])
        // A decrease stated as growth.
        XCTAssertEqual(rule.findings(in: yoy(current: "167.00", change: "-77.05", stated: "31.57"), file: "t")
            .map(\.severity), [.inconsistency])
        XCTAssertEqual(briefs(rule, yoy(current: "167.00", change: "-77.05", stated: "-31.57")), [])
        // Nothing to recompute.
        XCTAssertEqual(briefs(rule, yoy(current: "76.78", change: "76.78", stated: "100.00")), [], "prior year zero")
        XCTAssertEqual(briefs(rule, yoy(current: nil, change: "12.61", stated: "0.32")), [])
        XCTAssertEqual(briefs(rule, yoy(current: "3994.84", change: "12.61", stated: nil)), [])
        assertWellFormed(rule, yoy(current: "80.00", change: "1.00", stated: "1.28"))
    }

    private func variance(final: String, initial: String?, fullYear: String? = nil, stated: String?) -> Department {
        department(kind: .final) {
            var account = FinalAccount()
            account.budgetComparisons = [BudgetComparison(
                subject: "fiscal", initialBudget: initial.map { amount($0) }, fullYearBudget: fullYear.map { amount($0) },
                final: amount(final), statedVarianceRate: stated.map { amount($0, line: 98) }, line: 98)]
            $0.finalAccount = account
        }
    }

    func testBudgetVariance() {
        let rule = BudgetVariancePercent()
        // (490.88 − 544.01) ÷ 544.01 = −9.7664 %.
        XCTAssertEqual(briefs(rule, variance(final: "490.88", initial: "544.01", stated: "-9.77")), [])
        XCTAssertEqual(rule.findings(in: variance(final: "490.88", initial: "544.01", stated: "-9.76"), file: "t")
            .map(\.severity), [.rounding])
        let wrong = rule.findings(in: variance(final: "490.88", initial: "544.01", stated: "-9.70"), file: "t")
        XCTAssertEqual(wrong.map(\.severity), [.inconsistency])
        XCTAssertEqual(wrong.map(\.expected), [(decimal("490.88") - decimal("544.01")) / decimal("544.01") * 100])
        XCTAssertEqual(wrong.map(\.detail), ["财政拨款收支 预决算差异率"])
        // 全年预算数 is the base when the sentence gives it instead of 年初预算数.
        XCTAssertEqual(rule.findings(in: variance(final: "25.00", initial: nil, fullYear: "20.00", stated: "20.00"),
                                     file: "t").map(\.expected), [25])
        XCTAssertEqual(briefs(rule, variance(final: "0.00", initial: "0.00", stated: "0.00")), [], "base zero")
        XCTAssertEqual(briefs(rule, variance(final: "490.88", initial: "544.01", stated: nil)), [])
        XCTAssertEqual(briefs(rule, variance(final: "490.88", initial: nil, stated: "-9.77")), [])
    }

    private func execution(executed: String?, budget: String?, stated: String?) -> Department {
        department(kind: .final) {
            var evaluation = PerformanceEvaluation(project: "运行补助经费")
            evaluation.executed = executed.map { amount($0) }
            evaluation.fullYearBudget = budget.map { amount($0) }
            evaluation.statedExecutionRate = stated.map { amount($0, line: 203) }
            var account = FinalAccount()
            account.performance = [evaluation]
            $0.finalAccount = account
        }
    }

    func testExecutionRate() {
        let rule = ExecutionRatePercent()
        XCTAssertEqual(briefs(rule, execution(executed: "193.40", budget: "193.40", stated: "100.00")), [])
        // 59.64 ÷ 59.65 = 99.9832 %; 59.645 ÷ 59.645 reaches 100 %.
        XCTAssertEqual(rule.findings(in: execution(executed: "59.64", budget: "59.65", stated: "100.00"), file: "t")
            .map(\.severity), [.rounding])
        let wrong = rule.findings(in: execution(executed: "150.00", budget: "193.40", stated: "100.00"), file: "t")
        XCTAssertEqual(wrong.map(\.severity), [.inconsistency])
        XCTAssertEqual(wrong.map(\.detail), ["绩效自评 运行补助经费 执行率"])
        XCTAssertEqual(wrong.map(\.lines), [[203]])
        XCTAssertEqual(briefs(rule, execution(executed: "0", budget: "0", stated: "0.00")), [], "budget zero")
        XCTAssertEqual(briefs(rule, execution(executed: "193.40", budget: nil, stated: "100.00")), [])
    }

    func testPerformanceSummaryEqualsEvaluations() {
        let rule = PerformanceSummarySum()
        let build = { (summaryBudget: String, second: String?) in
            department(kind: .final) {
                var first = PerformanceEvaluation(project: "驻京联工作运行经费")
                first.fullYearBudget = amount("59.65", line: 181)
                first.executed = amount("59.65", line: 181)
                first.line = 181
                var other = PerformanceEvaluation(project: "运行补助经费")
                other.fullYearBudget = second.map { amount($0, line: 203) }
                other.executed = amount("193.40", line: 203)
                var summary = PerformanceSummary()
                summary.fullYearBudget = amount(summaryBudget, line: 169)
                summary.executed = amount("253.05", line: 169)
                var account = FinalAccount()
                account.performance = [first, other]
                account.performanceSummary = summary
                $0.finalAccount = account
            }
        }
        XCTAssertEqual(briefs(rule, build("253.05", "193.40")), [])
        XCTAssertEqual(briefs(rule, build("253.06", "193.40")),
                       ["rounding 253.05→253.06 (0.01) 预算绩效 全年预算数 [169, 181, 203]"])
        XCTAssertEqual(briefs(rule, build("453.05", "193.40")).map { $0.prefix(13) }, ["inconsistency"])
        XCTAssertEqual(briefs(rule, build("453.05", nil)), [], "an evaluation without the figure: partial file")
    }
}
