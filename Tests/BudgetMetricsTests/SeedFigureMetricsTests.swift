import BudgetMetrics
import BudgetModel
import XCTest

/// Every metric of the four seed disclosures, entered by hand in
/// `SeedFigures`, against the arithmetic written out here.
final class SeedFigureMetricsTests: XCTestCase {
    private func metrics(_ yaml: String) throws -> DepartmentMetrics {
        DepartmentMetrics(try department(yaml), file: "seed.yaml")
    }

    func testBeijingOffice2024Budget() throws {
        let m = try metrics(SeedFigures.beijingOffice2024)
        func value(_ id: MetricID) -> Decimal? { m[id].value }
        XCTAssertEqual(value(.staffFill), dec("44") / dec("60"))
        XCTAssertEqual(value(.staffRetiree), (dec("31") + dec("1")) / dec("44"))
        XCTAssertEqual(value(.staffActual), dec("76") / dec("60"))
        XCTAssertEqual(value(.percapPublic), dec("203.53") / dec("44"))
        XCTAssertEqual(value(.percapPersonnel), dec("1089.31") / dec("76"))
        XCTAssertEqual(value(.percapRunning), dec("203.53") / dec("44"))
        XCTAssertEqual(value(.sangongShare), dec("49.81") / dec("3994.84"))
        XCTAssertEqual(value(.sangongPublic), dec("49.81") / dec("203.53"))
        XCTAssertEqual(value(.sangongPercap), dec("49.81") / dec("44"))
        XCTAssertEqual(value(.sangongVehicle), dec("47.91") / dec("49.81"))
        // 三公 yoy: the sentence states only the change (+0.00); 本年 from Table 10.
        XCTAssertEqual(value(.sangongYoY), dec("0.00") / (dec("49.81") - dec("0.00")))
        XCTAssertEqual(m[.sangongYoY].denominator?.route, "sangong.total − yearOnYear[sangong.total].change")
        XCTAssertEqual(m[.sangongYoY].stated?.value, dec("0.00"))
        XCTAssertEqual(value(.mixBasic), dec("1292.84") / dec("4161.84"))
        XCTAssertEqual(value(.mixProject), dec("2869.00") / dec("4161.84"))
        XCTAssertEqual(value(.mixFiscal), dec("3994.84") / dec("4161.84"))
        XCTAssertEqual(value(.mixCarryover), dec("167.00") / dec("4161.84"))
        for id in [MetricID.execRate, .execAdjust, .execVariance] {
            XCTAssertNil(value(id))
            XCTAssertEqual(m[id].reason, .notApplicable(kind: .budget))
        }
        // The disclosure's own shares agree once rounded: 基本支出 占 31.06%, 项目支出 占 68.94%.
        XCTAssertEqual(MetricFormat.display(m[.mixBasic]), "31.06%")
        XCTAssertEqual(MetricFormat.display(m[.mixProject]), "68.94%")
    }

    func testAgencyAffairs2024Budget() throws {
        let m = try metrics(SeedFigures.agencyAffairs2024)
        func value(_ id: MetricID) -> Decimal? { m[id].value }
        XCTAssertEqual(value(.staffFill), dec("586") / dec("362"))
        XCTAssertEqual(value(.staffRetiree), (dec("299") + dec("2")) / dec("586"))
        XCTAssertEqual(value(.staffActual), dec("887") / dec("362"))
        XCTAssertEqual(value(.percapPublic), dec("308.42") / dec("586"))
        XCTAssertEqual(value(.percapPersonnel), dec("5348.93") / dec("887"))
        XCTAssertEqual(value(.percapRunning), dec("308.42") / dec("586"))
        XCTAssertEqual(value(.sangongShare), dec("68.30") / dec("16000.51"))
        XCTAssertEqual(value(.sangongPublic), dec("68.30") / dec("308.42"))
        XCTAssertEqual(value(.sangongPercap), dec("68.30") / dec("586"))
        XCTAssertEqual(value(.sangongVehicle), dec("68.30") / dec("68.30"))
        XCTAssertEqual(value(.sangongYoY), dec("3.30") / (dec("68.30") - dec("3.30")))
        XCTAssertEqual(MetricFormat.display(m[.sangongYoY]), "5.08%")   // stated: 增长 5.08%
        XCTAssertEqual(value(.mixBasic), dec("5657.34") / dec("18304.02"))
        XCTAssertEqual(value(.mixProject), dec("12646.68") / dec("18304.02"))
        XCTAssertEqual(value(.mixFiscal), dec("16000.51") / dec("18304.02"))
        XCTAssertEqual(value(.mixCarryover), dec("363.41") / dec("18304.02"))
        XCTAssertEqual(m[.execRate].reason, .notApplicable(kind: .budget))
        // Over 100 %: more staff on duty than authorized posts.
        XCTAssertEqual(MetricFormat.display(m[.staffFill]), "161.88%")
    }

    func testUrumqiOffice2024FinalAccount() throws {
        let m = try metrics(SeedFigures.urumqiOffice2024Final)
        func value(_ id: MetricID) -> Decimal? { m[id].value }
        // A 决算 states no 编制数.
        let noAuthorized = NoValueReason.missingInput([MissingInput(field: "staff.authorized", term: "编制数")])
        XCTAssertNil(value(.staffFill))
        XCTAssertEqual(m[.staffFill].reason, noAuthorized)
        XCTAssertNil(value(.staffActual))
        XCTAssertEqual(m[.staffActual].reason, noAuthorized)
        XCTAssertEqual(m[.staffFill].reason?.description, "缺少输入：编制数 (staff.authorized)")
        XCTAssertEqual(value(.staffRetiree), (dec("0") + dec("0")) / dec("13"))
        XCTAssertEqual(value(.percapPublic), dec("56.71") / dec("13"))
        XCTAssertEqual(value(.percapPersonnel), dec("240.78") / dec("13"))
        XCTAssertEqual(value(.percapRunning), dec("56.71") / dec("13"))
        XCTAssertEqual(value(.sangongShare), dec("23.40") / dec("490.88"))
        XCTAssertEqual(value(.sangongPublic), dec("23.40") / dec("56.71"))
        XCTAssertEqual(value(.sangongPercap), dec("23.40") / dec("13"))
        XCTAssertEqual(value(.sangongVehicle), dec("23.40") / dec("23.40"))
        XCTAssertEqual(value(.sangongYoY), dec("-1.30") / (dec("23.40") - dec("-1.30")))
        XCTAssertEqual(MetricFormat.display(m[.sangongYoY]), "-5.26%")   // stated: 下降 5.26%
        XCTAssertEqual(m[.sangongYoY].stated?.value, dec("-5.26"))
        // 决算: shares of 本年支出合计 (550.53), as the disclosure's "占 54.04%".
        XCTAssertEqual(value(.mixBasic), dec("297.49") / dec("550.53"))
        XCTAssertEqual(m[.mixBasic].denominator?.route, "expenditure.currentYear")
        XCTAssertEqual(MetricFormat.display(m[.mixBasic]), "54.04%")
        XCTAssertEqual(value(.mixProject), dec("253.04") / dec("550.53"))
        XCTAssertEqual(value(.mixFiscal), dec("490.88") / dec("550.53"))
        XCTAssertEqual(value(.mixCarryover), dec("0.00") / dec("550.53"))
        XCTAssertEqual(value(.execRate), (dec("59.65") + dec("193.40")) / (dec("59.65") + dec("193.40")))
        XCTAssertEqual(value(.execAdjust),
                       ((dec("59.65") + dec("193.40")) - (dec("453.29") + dec("270.32"))) / (dec("453.29") + dec("270.32")))
        XCTAssertEqual(value(.execVariance), (dec("490.88") - dec("544.01")) / dec("544.01"))
        XCTAssertEqual(m[.execVariance].stated?.value, dec("-9.77"))
        XCTAssertEqual(m[.execVariance].statedRatio, dec("-0.0977"))
        XCTAssertEqual(MetricFormat.display(m[.execVariance]), "-9.77%")
    }

    func testChangjiOffice2025Budget() throws {
        let m = try metrics(SeedFigures.changjiOffice2025)
        func value(_ id: MetricID) -> Decimal? { m[id].value }
        XCTAssertEqual(value(.staffFill), dec("7") / dec("8"))
        XCTAssertEqual(value(.staffRetiree), (dec("4") + dec("0")) / dec("7"))
        XCTAssertEqual(value(.staffActual), dec("11") / dec("8"))
        XCTAssertEqual(value(.percapPublic), dec("18.39") / dec("7"))
        XCTAssertEqual(value(.percapPersonnel), dec("126.71") / dec("11"))
        XCTAssertEqual(value(.percapRunning), dec("18.39") / dec("7"))
        XCTAssertEqual(value(.sangongShare), dec("4.96") / dec("205.10"))
        XCTAssertEqual(value(.sangongPublic), dec("4.96") / dec("18.39"))
        XCTAssertEqual(value(.sangongPercap), dec("4.96") / dec("7"))
        XCTAssertEqual(value(.sangongVehicle), dec("4.80") / dec("4.96"))
        XCTAssertEqual(value(.sangongYoY), dec("0.00") / (dec("4.96") - dec("0.00")))
        XCTAssertEqual(value(.mixBasic), dec("145.10") / dec("318.10"))
        XCTAssertEqual(value(.mixProject), dec("173.00") / dec("318.10"))
        XCTAssertEqual(value(.mixFiscal), dec("205.10") / dec("318.10"))
        // Table 1 leaves 上年结转结余 blank; the disclosure states Table 11 is empty → 0.
        XCTAssertEqual(value(.mixCarryover), dec("0") / dec("318.10"))
        let carryover = try XCTUnwrap(m[.mixCarryover].numerator)
        XCTAssertEqual(carryover.route, "emptyTables[表11] → 0")
        XCTAssertEqual(carryover.inputs.first?.source?.line, 367)
        XCTAssertEqual(m[.execVariance].reason, .notApplicable(kind: .budget))
    }
}
