import BudgetChecks
import BudgetModel
import XCTest

/// Tables that state the same figures: 1 vs 3, 4 vs 5, 5 vs revenue, 6 vs 5, 11 vs 1.
final class OverlapRulesTests: XCTestCase {
    private func classRow(_ code: String, _ total: String, line: Int) -> FunctionRow {
        FunctionRow(code: code, total: amount(total, line: line), line: line)
    }

    func testTable1VersusTable3() {
        let rule = Table1VersusTable3()
        let build = { (class201: String) in
            department {
                $0.expenditure = Expenditure()
                $0.expenditure?.byClass = [
                    FunctionClassAmount(code: "201", name: "一般公共服务支出", amount: amount(class201, line: 95)),
                    FunctionClassAmount(code: "211", amount: amount("25.45", line: 105)),
                ]
                $0.expenditure?.byFunction = [self.classRow("201", "3784.35", line: 179)]
            }
        }
        XCTAssertEqual(briefs(rule, build("3784.35")), [], "211 has no Table 3 row: not compared")
        XCTAssertEqual(briefs(rule, build("3784.36")),
                       ["rounding 3784.35→3784.36 (0.01) 表1 201 一般公共服务支出 [95, 179]"])
        XCTAssertEqual(briefs(rule, build("3617.35")),
                       ["inconsistency 3784.35→3617.35 (-167.00) 表1 201 一般公共服务支出 [95, 179]"])
        assertWellFormed(rule, build("1"))
    }

    private func table4And5(class201: String, governmentFund: String? = nil) -> Department {
        department {
            $0.revenue = Revenue()
            $0.revenue?.governmentFund = governmentFund.map { amount($0) }
            $0.fiscal = FiscalAppropriation()
            $0.fiscal?.byClass = [FunctionClassAmount(code: "201", amount: amount(class201, line: 208))]
            $0.fiscal?.generalBudgetByFunction = [self.classRow("201", "3617.35", line: 253)]
        }
    }

    func testTable4VersusTable5() {
        let rule = Table4VersusTable5()
        XCTAssertEqual(briefs(rule, table4And5(class201: "3617.35")), [])
        XCTAssertEqual(briefs(rule, table4And5(class201: "3617.34")), ["rounding 3617.35→3617.34 (-0.01) 表4 201 [208, 253]"])
        XCTAssertEqual(briefs(rule, table4And5(class201: "3784.35")),
                       ["inconsistency 3617.35→3784.35 (167.00) 表4 201 [208, 253]"])
        XCTAssertEqual(briefs(rule, table4And5(class201: "3784.35", governmentFund: "0.00")).count, 1,
                       "a stated zero 政府性基金 leaves Table 4 equal to Table 5")
        XCTAssertEqual(briefs(rule, table4And5(class201: "3784.35", governmentFund: "167.00")), [],
                       "Table 4 also counts 政府性基金: not comparable")
    }

    private func general(revenue: String?, table5: String?, kind: DisclosureKind = .budget) -> Department {
        department(kind: kind) {
            $0.revenue = Revenue()
            $0.revenue?.generalBudget = revenue.map { amount($0, line: 96) }
            $0.fiscal = FiscalAppropriation()
            $0.fiscal?.generalBudgetTotal = table5.map { amount($0, line: 252) }
        }
    }

    func testTable5VersusGeneralBudgetRevenue() {
        let rule = Table5VersusGeneralBudget()
        XCTAssertEqual(briefs(rule, general(revenue: "3994.84", table5: "3994.84")), [])
        XCTAssertEqual(briefs(rule, general(revenue: "3994.84", table5: "3994.85")),
                       ["rounding 3994.84→3994.85 (0.01) 表5 总计 对 表1 一般公共预算拨款 [96, 252]"])
        XCTAssertEqual(briefs(rule, general(revenue: "3994.84", table5: "4161.84")).map { $0.prefix(13) },
                       ["inconsistency"])
        XCTAssertEqual(briefs(rule, general(revenue: nil, table5: "3994.84")), [])
        XCTAssertEqual(briefs(rule, general(revenue: "500", table5: "490.88", kind: .final)), [],
                       "a final account spends carry-overs too")
    }

    func testTable6VersusTable5() {
        let rule = Table6VersusTable5()
        let build = { (table6: String?, table5: String?) in
            department {
                $0.basicExpenditure = BasicExpenditure()
                $0.basicExpenditure?.total = table6.map { amount($0, line: 284) }
                $0.fiscal = FiscalAppropriation()
                $0.fiscal?.generalBudgetBasic = table5.map { amount($0, line: 252) }
            }
        }
        XCTAssertEqual(briefs(rule, build("1292.84", "1292.84")), [])
        XCTAssertEqual(briefs(rule, build("1292.85", "1292.84")),
                       ["rounding 1292.84→1292.85 (0.01) 表6 总计 对 表5 总计 基本支出 [252, 284]"])
        XCTAssertEqual(briefs(rule, build("1192.84", "1292.84")),
                       ["inconsistency 1292.84→1192.84 (-100.00) 表6 总计 对 表5 总计 基本支出 [252, 284]"])
        XCTAssertEqual(briefs(rule, build(nil, "1292.84")), [])
    }

    private func table11(total: String, first: String, second: String = "337.96", carryover: String? = "363.41")
        -> Department {
        department {
            $0.revenue = Revenue()
            $0.revenue?.carryover = carryover.map { amount($0, line: 114) }
            $0.revenue?.carryoverFiscal = carryover.map { amount($0, line: 115) }
            $0.carryover = [
                CarryoverItem(name: "总计", total: amount(total, line: 463), fiscal: amount(total, line: 463), line: 463),
                CarryoverItem(name: "公共机构碳普惠体系课题研究及应用", total: amount(first, line: 464),
                              fiscal: amount(first, line: 464), line: 464),
                CarryoverItem(name: nil, total: amount(first, line: 465), fiscal: amount(first, line: 465), line: 465),
                CarryoverItem(name: "和平南路存量办公用房维修改造项目", total: amount(second, line: 466),
                              fiscal: amount(second, line: 466), line: 466),
            ]
        }
    }

    func testCarryoverItemsSumToTotal() {
        let rule = CarryoverItemsSum()
        XCTAssertEqual(briefs(rule, table11(total: "363.41", first: "25.45")), [],
                       "unnamed continuation rows are not counted twice")
        XCTAssertEqual(briefs(rule, table11(total: "363.41", first: "25.46")), [
            "rounding 363.42→363.41 (-0.01) 表11 总计 总计 [463, 464, 466]",
            "rounding 363.42→363.41 (-0.01) 表11 总计 财政拨款 [463, 464, 466]",
        ])
        XCTAssertEqual(briefs(rule, table11(total: "363.41", first: "25.45", second: "300.00")).count, 2)
        var noTotal = table11(total: "363.41", first: "1")
        noTotal.carryover?.removeFirst()
        XCTAssertEqual(briefs(rule, noTotal), [])
    }

    func testTable11VersusTable1() {
        let rule = Table11VersusTable1()
        XCTAssertEqual(briefs(rule, table11(total: "363.41", first: "25.45")), [])
        XCTAssertEqual(briefs(rule, table11(total: "363.40", first: "25.45")), [
            "rounding 363.41→363.40 (-0.01) 表11 总计 总计 对 表1 上年结转结余 [114, 463]",
            "rounding 363.41→363.40 (-0.01) 表11 总计 财政拨款 对 表1 财政拨款结转 [115, 463]",
        ])
        XCTAssertEqual(briefs(rule, table11(total: "25.45", first: "25.45")).map { $0.prefix(13) },
                       ["inconsistency", "inconsistency"])
        XCTAssertEqual(briefs(rule, table11(total: "363.41", first: "25.45", carryover: nil)), [])
    }
}
