import BudgetChecks
import BudgetModel
import XCTest

/// Table 1's revenue side: 收入总计 = 支出总计, sources, 单位资金, carry-over, total.
final class RevenueRulesTests: XCTestCase {
    private func totals(_ revenue: String?, _ expenditure: String?) -> Department {
        department {
            $0.revenue = Revenue()
            $0.revenue?.total = revenue.map { amount($0, line: 127) }
            $0.expenditure = Expenditure()
            $0.expenditure?.total = expenditure.map { amount($0, line: 127) }
        }
    }

    func testRevenueEqualsExpenditure() {
        let rule = RevenueEqualsExpenditure()
        XCTAssertEqual(briefs(rule, totals("4161.84", "4161.84")), [])
        XCTAssertEqual(briefs(rule, totals("4161.84", "4161.85")),
                       ["rounding 4161.84→4161.85 (0.01) 收入总计 对 支出总计 [127]"])
        XCTAssertEqual(briefs(rule, totals("4161.84", "4161.74")),
                       ["inconsistency 4161.84→4161.74 (-0.10) 收入总计 对 支出总计 [127]"])
        XCTAssertEqual(briefs(rule, totals("4161.84", nil)), [], "a missing figure is not a finding")
        assertWellFormed(rule, totals("1", "2"))
    }

    private func sources(current: String?, general: String? = nil, fiscal: String? = nil, unit: String? = nil,
                         other: String? = nil, special: String? = nil) -> Department {
        department {
            var revenue = Revenue()
            revenue.currentYear = current.map { amount($0, line: 97) }
            revenue.generalBudget = general.map { amount($0, line: 98) }
            revenue.fiscal = fiscal.map { amount($0, line: 96) }
            revenue.unitFunds = unit.map { amount($0, line: 108) }
            revenue.otherIncome = other.map { amount($0, line: 113) }
            revenue.specialAccount = special.map { amount($0, line: 107) }
            $0.revenue = revenue
        }
    }

    func testSourcesSumToCurrentYear() {
        let rule = RevenueSourcesSum()
        XCTAssertEqual(briefs(rule, sources(current: "17940.61", general: "16000.51", unit: "1940.10")), [])
        XCTAssertEqual(briefs(rule, sources(current: "17940.61", general: "16000.51", unit: "1940.11")),
                       ["rounding 17940.62→17940.61 (-0.01) 本年收入 [97, 98, 108]"])
        XCTAssertEqual(briefs(rule, sources(current: "17940.61", general: "16000.51", unit: "1900.10", special: "1")),
                       ["inconsistency 17901.61→17940.61 (39.00) 本年收入 [97, 98, 107, 108]"])
        // A final account states only 财政拨款收入 and the parts of 单位资金.
        XCTAssertEqual(briefs(rule, sources(current: "550.53", fiscal: "490.88", other: "59.65")), [])
        XCTAssertEqual(briefs(rule, sources(current: "550.53", fiscal: "490.88", other: "59.56")),
                       ["inconsistency 550.44→550.53 (0.09) 本年收入 [96, 97, 113]"])
        XCTAssertEqual(briefs(rule, sources(current: nil, general: "16000.51", unit: "1940.10")), [])
        XCTAssertEqual(briefs(rule, sources(current: "17940.61")), [], "no source stated: nothing to compare")
        assertWellFormed(rule, sources(current: "1", general: "2"))
    }

    func testFiscalSources() {
        let rule = FiscalRevenueSources()
        let base = { (fiscal: String?, general: String?, fund: String?) in
            department {
                $0.revenue = Revenue()
                $0.revenue?.fiscal = fiscal.map { amount($0) }
                $0.revenue?.generalBudget = general.map { amount($0) }
                $0.revenue?.governmentFund = fund.map { amount($0) }
            }
        }
        XCTAssertEqual(briefs(rule, base("3994.84", "3994.84", nil)), [])
        XCTAssertEqual(briefs(rule, base("3994.84", "3994.84", "0.01")),
                       ["rounding 3994.85→3994.84 (-0.01) 财政拨款收入 []"])
        XCTAssertEqual(briefs(rule, base("3994.84", "3000", "900")),
                       ["inconsistency 3900.00→3994.84 (94.84) 财政拨款收入 []"])
        XCTAssertEqual(briefs(rule, base(nil, "3994.84", nil)), [])
    }

    func testUnitFundsParts() {
        let rule = UnitFundsParts()
        let base = { (unit: String?, operating: String?, other: String?) in
            department {
                $0.revenue = Revenue()
                $0.revenue?.unitFunds = unit.map { amount($0, line: 108) }
                $0.revenue?.operatingIncome = operating.map { amount($0, line: 112) }
                $0.revenue?.otherIncome = other.map { amount($0, line: 113) }
            }
        }
        XCTAssertEqual(briefs(rule, base("1940.10", "1933.70", "6.40")), [])
        XCTAssertEqual(briefs(rule, base("1940.10", "1933.70", "6.41")),
                       ["rounding 1940.11→1940.10 (-0.01) 单位资金 [108, 112, 113]"])
        XCTAssertEqual(briefs(rule, base("1940.10", "1933.70", "4.60")),
                       ["inconsistency 1938.30→1940.10 (1.80) 单位资金 [108, 112, 113]"])
        XCTAssertEqual(briefs(rule, base("1940.10", nil, nil)), [])
        XCTAssertEqual(briefs(rule, base(nil, "1933.70", "6.40")), [])
    }

    func testCarryoverParts() {
        let rule = CarryoverParts()
        let base = { (total: String?, fiscal: String?, nonFiscal: String?) in
            department {
                $0.revenue = Revenue()
                $0.revenue?.carryover = total.map { amount($0) }
                $0.revenue?.carryoverFiscal = fiscal.map { amount($0) }
                $0.revenue?.carryoverNonFiscal = nonFiscal.map { amount($0) }
            }
        }
        XCTAssertEqual(briefs(rule, base("167.00", "167.00", nil)), [])
        XCTAssertEqual(briefs(rule, base("167.00", "166.99", nil)), ["rounding 166.99→167.00 (0.01) 上年结转结余 []"])
        XCTAssertEqual(briefs(rule, base("167.00", "160", "5")), ["inconsistency 165.00→167.00 (2.00) 上年结转结余 []"])
        XCTAssertEqual(briefs(rule, base(nil, "167.00", nil)), [])
    }

    func testCurrentPlusCarryoverEqualsTotal() {
        let rule = RevenueTotal()
        let base = { (current: String?, carryover: String?, total: String?) in
            department {
                $0.revenue = Revenue()
                $0.revenue?.currentYear = current.map { amount($0, line: 97) }
                $0.revenue?.carryover = carryover.map { amount($0, line: 114) }
                $0.revenue?.total = total.map { amount($0, line: 127) }
            }
        }
        XCTAssertEqual(briefs(rule, base("3994.84", "167.00", "4161.84")), [])
        XCTAssertEqual(briefs(rule, base("318.10", nil, "318.10")), [], "a blank 上年结转结余 counts as nothing")
        XCTAssertEqual(briefs(rule, base("3994.84", "167.00", "4161.83")),
                       ["rounding 4161.84→4161.83 (-0.01) 收入总计 [97, 114, 127]"])
        XCTAssertEqual(briefs(rule, base("3994.84", "67.00", "4161.84")),
                       ["inconsistency 4061.84→4161.84 (100.00) 收入总计 [97, 114, 127]"])
        XCTAssertEqual(briefs(rule, base(nil, "167.00", "4161.84")), [], "本年收入 is required")
    }
}
