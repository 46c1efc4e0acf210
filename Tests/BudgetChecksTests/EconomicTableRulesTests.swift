import BudgetChecks
import BudgetModel
import XCTest

/// Table 6 by economic class: 人员经费 + 公用经费 = 合计, 款 to 类, 类 to 总计, row splits.
final class EconomicTableRulesTests: XCTestCase {
    private func row(_ code: String, _ total: String?, personnel: String? = nil, publicFunds: String? = nil,
                     line: Int) -> EconomicRow {
        EconomicRow(code: code, total: total.map { amount($0, line: line) },
                    personnel: personnel.map { amount($0, line: line) },
                    publicFunds: publicFunds.map { amount($0, line: line) }, line: line)
    }

    /// A small Table 6: 301 with two 款, 302 with two 款.
    private func table6(total: String? = "130.00", personnel: String? = "100.00", publicFunds: String? = "30.00",
                        wage: String = "60.00") -> Department {
        department {
            var basic = BasicExpenditure()
            basic.total = total.map { amount($0, line: 10) }
            basic.personnel = personnel.map { amount($0, line: 10) }
            basic.publicFunds = publicFunds.map { amount($0, line: 10) }
            basic.byEconomicClass = [
                row("301", "100.00", personnel: "100.00", line: 11),
                row("30101", wage, personnel: wage, line: 12),
                row("30102", "40.00", personnel: "40.00", line: 13),
                row("302", "30.00", publicFunds: "30.00", line: 14),
                row("30201", "10.00", publicFunds: "10.00", line: 15),
                row("30202", "20.00", publicFunds: "20.00", line: 16),
            ]
            $0.basicExpenditure = basic
        }
    }

    func testPersonnelPlusPublic() {
        let rule = PersonnelPlusPublic()
        XCTAssertEqual(briefs(rule, table6()), [])
        XCTAssertEqual(briefs(rule, table6(total: "129.99")), ["rounding 130.00→129.99 (-0.01) 表6 总计 [10]"])
        XCTAssertEqual(briefs(rule, table6(total: "120.00")), ["inconsistency 130.00→120.00 (-10.00) 表6 总计 [10]"])
        XCTAssertEqual(briefs(rule, table6(publicFunds: nil)), [], "both parts are needed")
        assertWellFormed(rule, table6(total: "1"))
    }

    func testEconomicSubtotals() {
        let rule = EconomicSubtotals()
        XCTAssertEqual(briefs(rule, table6()), [])
        XCTAssertEqual(briefs(rule, table6(wage: "59.99")), [
            "rounding 99.99→100.00 (0.01) 表6 301 合计 [11, 12, 13]",
            "rounding 99.99→100.00 (0.01) 表6 301 人员经费 [11, 12, 13]",
        ])
        XCTAssertEqual(briefs(rule, table6(wage: "59.98")), [
            "inconsistency 99.98→100.00 (0.02) 表6 301 合计 [11, 12, 13]",
            "inconsistency 99.98→100.00 (0.02) 表6 301 人员经费 [11, 12, 13]",
        ])
        var noItems = table6()
        noItems.basicExpenditure?.byEconomicClass = [row("301", "100.00", personnel: "100.00", line: 11)]
        XCTAssertEqual(briefs(rule, noItems), [], "a 类 without 款 rows has nothing to add up")
    }

    func testEconomicClassesSumToTotal() {
        let rule = EconomicClassesSum()
        XCTAssertEqual(briefs(rule, table6()), [])
        XCTAssertEqual(briefs(rule, table6(total: "130.01", personnel: "100.01")), [
            "rounding 130.00→130.01 (0.01) 表6 总计 合计 [10, 11, 14]",
            "rounding 100.00→100.01 (0.01) 表6 总计 人员经费 [10, 11]",
        ])
        XCTAssertEqual(briefs(rule, table6(publicFunds: "3.00")),
                       ["inconsistency 30.00→3.00 (-27.00) 表6 总计 公用经费 [10, 14]"])
        XCTAssertEqual(briefs(rule, table6(total: nil, personnel: nil, publicFunds: nil)), [])
    }

    func testEconomicRowSplit() {
        let rule = EconomicRowSplit()
        XCTAssertEqual(briefs(rule, table6()), [])
        var split = table6()
        split.basicExpenditure?.byEconomicClass?[4] = row("30201", "10.00", personnel: "0.01", publicFunds: "10.00",
                                                          line: 15)
        split.basicExpenditure?.byEconomicClass?[5] = row("30202", "20.00", personnel: "2.00", publicFunds: "20.00",
                                                          line: 16)
        XCTAssertEqual(briefs(rule, split), [
            "rounding 10.01→10.00 (-0.01) 表6 30201 合计 [15]",
            "inconsistency 22.00→20.00 (-2.00) 表6 30202 合计 [16]",
        ])
        split.basicExpenditure?.byEconomicClass?[5].total = nil
        XCTAssertEqual(briefs(rule, split).count, 1, "a row without 合计 is not checked")
    }
}
