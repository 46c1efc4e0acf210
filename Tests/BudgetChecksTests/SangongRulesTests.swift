import BudgetChecks
import BudgetModel
import XCTest

/// Table 10: the "三公" components add up to the total, 购置 + 运行 to the vehicle subtotal.
final class SangongRulesTests: XCTestCase {
    private func sangong(total: String?, abroad: String? = nil, reception: String? = "1.90", vehicles: String? = "47.91",
                         purchase: String? = nil, running: String? = "47.91") -> Department {
        department {
            var sangong = Sangong()
            sangong.total = total.map { amount($0, line: 373) }
            sangong.abroad = abroad.map { amount($0, line: 374) }
            sangong.reception = reception.map { amount($0, line: 375) }
            sangong.vehicles = vehicles.map { amount($0, line: 376) }
            sangong.vehiclePurchase = purchase.map { amount($0, line: 377) }
            sangong.vehicleRunning = running.map { amount($0, line: 378) }
            $0.sangong = sangong
        }
    }

    func testComponentsSumToTotal() {
        let rule = SangongTotal()
        XCTAssertEqual(briefs(rule, sangong(total: "49.81")), [], "a blank 因公出国 counts as nothing")
        XCTAssertEqual(briefs(rule, sangong(total: "49.82")),
                       ["rounding 49.81→49.82 (0.01) “三公”经费合计 [373, 375, 376]"])
        XCTAssertEqual(briefs(rule, sangong(total: "49.81", abroad: "5.00")),
                       ["inconsistency 54.81→49.81 (-5.00) “三公”经费合计 [373, 374, 375, 376]"])
        XCTAssertEqual(briefs(rule, sangong(total: "49.81", vehicles: nil, running: "40.00")),
                       ["inconsistency 41.90→49.81 (7.91) “三公”经费合计 [373, 375, 378]"],
                       "without the 小计, 购置 + 运行 stands for it")
        XCTAssertEqual(briefs(rule, sangong(total: nil)), [])
        assertWellFormed(rule, sangong(total: "1"))
    }

    func testVehicleParts() {
        let rule = SangongVehicles()
        XCTAssertEqual(briefs(rule, sangong(total: nil)), [])
        XCTAssertEqual(briefs(rule, sangong(total: nil, running: "47.90")),
                       ["rounding 47.90→47.91 (0.01) 公务用车购置及运行费（小计） [376, 378]"])
        XCTAssertEqual(briefs(rule, sangong(total: nil, purchase: "30.00")),
                       ["inconsistency 77.91→47.91 (-30.00) 公务用车购置及运行费（小计） [376, 377, 378]"])
        XCTAssertEqual(briefs(rule, sangong(total: nil, purchase: nil, running: nil)), [])
    }
}

/// 政府采购: goods, works and services add up to the total.
final class ProcurementRulesTests: XCTestCase {
    private func procurement(total: String?, goods: String?, works: String? = "287.00", services: String? = "1134.00")
        -> Department {
        department {
            var procurement = Procurement()
            procurement.total = total.map { amount($0, line: 535) }
            procurement.goods = goods.map { amount($0, line: 535) }
            procurement.works = works.map { amount($0, line: 535) }
            procurement.services = services.map { amount($0, line: 535) }
            $0.procurement = procurement
        }
    }

    func testPartsSumToTotal() {
        let rule = ProcurementSum()
        XCTAssertEqual(briefs(rule, procurement(total: "1451.49", goods: "30.49")), [])
        XCTAssertEqual(briefs(rule, procurement(total: "1451.49", goods: "30.50")),
                       ["rounding 1451.50→1451.49 (-0.01) 政府采购总额 [535]"])
        XCTAssertEqual(briefs(rule, procurement(total: "1451.49", goods: "30.49", works: nil)),
                       ["inconsistency 1164.49→1451.49 (287.00) 政府采购总额 [535]"])
        XCTAssertEqual(briefs(rule, procurement(total: nil, goods: "30.49")), [])
        XCTAssertEqual(briefs(rule, procurement(total: "1451.49", goods: nil, works: nil, services: nil)), [])
        assertWellFormed(rule, procurement(total: "1", goods: "2"))
    }
}
