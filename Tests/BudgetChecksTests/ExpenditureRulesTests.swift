import BudgetChecks
import BudgetModel
import XCTest

/// Expenditure totals: 基本 + 项目 (Tables 3 and 5), 本年支出 + carry-over,
/// Table 1 and Table 4 class sums, Table 4 revenue = expenditure.
final class ExpenditureRulesTests: XCTestCase {
    private func table3(total: String?, basic: String?, project: String?) -> Department {
        department {
            $0.expenditure = Expenditure()
            $0.expenditure?.currentYear = total.map { amount($0, line: 178) }
            $0.expenditure?.basic = basic.map { amount($0, line: 178) }
            $0.expenditure?.project = project.map { amount($0, line: 178) }
        }
    }

    func testBasicPlusProjectOnTable3() {
        let rule = BasicPlusProject()
        XCTAssertEqual(briefs(rule, table3(total: "4161.84", basic: "1292.84", project: "2869.00")), [])
        XCTAssertEqual(briefs(rule, table3(total: "4161.84", basic: "1292.85", project: "2869.00")),
                       ["rounding 4161.85→4161.84 (-0.01) 表3 总计 [178]"])
        XCTAssertEqual(briefs(rule, table3(total: "4161.84", basic: "1292.84", project: "2769.00")),
                       ["inconsistency 4061.84→4161.84 (100.00) 表3 总计 [178]"])
        XCTAssertEqual(briefs(rule, table3(total: "4161.84", basic: "1292.84", project: nil)), [],
                       "a 总计 row prints both: one alone is a partial file")
        assertWellFormed(rule, table3(total: "1", basic: "1", project: "1"))
    }

    func testBasicPlusProjectOnTable5AndFinalAccountParts() {
        let rule = BasicPlusProject()
        let table5 = department {
            $0.fiscal = FiscalAppropriation()
            $0.fiscal?.generalBudgetTotal = amount("3994.84", line: 252)
            $0.fiscal?.generalBudgetBasic = amount("1292.84", line: 252)
            $0.fiscal?.generalBudgetProject = amount("2702.01", line: 252)
        }
        XCTAssertEqual(briefs(rule, table5), ["rounding 3994.85→3994.84 (-0.01) 表5 总计 [252]"])
        let final = department(kind: .final) {
            $0.expenditure = Expenditure()
            $0.expenditure?.currentYear = amount("550.53")
            $0.expenditure?.basic = amount("297.49")
            $0.expenditure?.project = amount("253.04")
            $0.expenditure?.operating = amount("0.00")
        }
        XCTAssertEqual(briefs(rule, final), [])
        var remitted = final
        remitted.expenditure?.remittedToSuperior = amount("10.00")
        XCTAssertEqual(briefs(rule, remitted), ["inconsistency 560.53→550.53 (-10.00) 表3 总计 []"])
    }

    func testCurrentPlusCarryoverEqualsTotal() {
        let rule = ExpenditureTotal()
        let base = { (current: String?, yearEnd: String?, total: String?) in
            department(kind: .final) {
                $0.expenditure = Expenditure()
                $0.expenditure?.currentYear = current.map { amount($0) }
                $0.expenditure?.yearEndCarryover = yearEnd.map { amount($0) }
                $0.expenditure?.total = total.map { amount($0) }
            }
        }
        XCTAssertEqual(briefs(rule, base("550.53", "0.00", "550.53")), [])
        XCTAssertEqual(briefs(rule, base("550.53", "20.00", "570.54")), ["rounding 570.53→570.54 (0.01) 支出总计 []"])
        XCTAssertEqual(briefs(rule, base("550.53", "20.00", "550.53")),
                       ["inconsistency 570.53→550.53 (-20.00) 支出总计 []"])
        XCTAssertEqual(briefs(rule, base(nil, "20.00", "550.53")), [])
    }

    private func classes(_ amounts: [String], total: String?) -> Department {
        department {
            $0.expenditure = Expenditure()
            $0.expenditure?.byClass = amounts.enumerated().map {
                FunctionClassAmount(code: "2\($0.offset)1", amount: amount($0.element, line: 95 + $0.offset))
            }
            $0.expenditure?.total = total.map { amount($0, line: 125) }
            $0.fiscal = FiscalAppropriation()
            $0.fiscal?.byClass = $0.expenditure?.byClass
            $0.fiscal?.expenditure = total.map { amount($0, line: 238) }
        }
    }

    func testTable1AndTable4ClassesSumToTotal() {
        for rule in [ExpenditureClassesSum() as any CheckRule, FiscalClassesSum()] {
            XCTAssertEqual(rule.findings(in: classes(["3784.35", "377.49"], total: "4161.84"), file: "t").count, 0)
            XCTAssertEqual(rule.findings(in: classes(["3784.35", "377.49"], total: nil), file: "t").count, 0)
            let rounding = rule.findings(in: classes(["278.87", "20.81", "7.32", "11.09"], total: "318.10"), file: "t")
            XCTAssertEqual(rounding.map(\.severity), [.rounding], rule.id)
            XCTAssertEqual(rounding.map(\.expected), [decimal("318.09")], rule.id)
            let wrong = rule.findings(in: classes(["278.87", "20.81"], total: "318.10"), file: "t")
            XCTAssertEqual(wrong.map(\.severity), [.inconsistency], rule.id)
            XCTAssertEqual(wrong.map(\.difference), [decimal("18.42")], rule.id)
        }
        XCTAssertEqual(briefs(ExpenditureClassesSum(), classes(["100", "10"], total: "110.01")),
                       ["rounding 110.00→110.01 (0.01) 表1 支出总计 [95, 96, 125]"])
    }

    func testFiscalRevenueEqualsExpenditure() {
        let rule = FiscalRevenueEqualsExpenditure()
        let base = { (revenue: String?, opening: String?, expenditure: String?, closing: String?) in
            department {
                $0.fiscal = FiscalAppropriation()
                $0.fiscal?.revenue = revenue.map { amount($0, line: 208) }
                $0.fiscal?.openingCarryover = opening.map { amount($0) }
                $0.fiscal?.expenditure = expenditure.map { amount($0, line: 238) }
                $0.fiscal?.closingCarryover = closing.map { amount($0) }
            }
        }
        XCTAssertEqual(briefs(rule, base("3994.84", nil, "3994.84", nil)), [])
        XCTAssertEqual(briefs(rule, base("490.88", "10.00", "480.88", "20.00")), [])
        XCTAssertEqual(briefs(rule, base("3994.84", nil, "3994.83", nil)),
                       ["rounding 3994.84→3994.83 (-0.01) 财政拨款收入总计 对 支出总计 [208, 238]"])
        XCTAssertEqual(briefs(rule, base("490.88", "10.00", "480.88", nil)),
                       ["inconsistency 500.88→480.88 (-20.00) 财政拨款收入总计 对 支出总计 [208, 238]"])
        XCTAssertEqual(briefs(rule, base("3994.84", nil, nil, nil)), [])
    }
}
