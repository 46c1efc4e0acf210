import BudgetMetrics
import BudgetModel
import XCTest

/// Every metric of the four hand-checked fixtures (Fixtures/*.yaml, entered
/// from Tests/Seeds) against the arithmetic written out here, with the
/// figures as the seed disclosures state them.
final class FixtureMetricsTests: XCTestCase {
    private func fixture(_ prefix: String) throws -> DepartmentMetrics {
        let folder = repositoryRoot.appendingPathComponent("Fixtures")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        let file = try XCTUnwrap(files.first { $0.lastPathComponent.hasPrefix(prefix) }, "no fixture \(prefix)")
        return DepartmentMetrics(try DepartmentFile.load(file), file: file.path)
    }

    /// 000 新疆维吾尔自治区人民政府驻北京办事处 2024 预算.
    func testBeijingOffice2024Budget() throws {
        let m = try fixture("000")
        func value(_ id: MetricID) -> Decimal? { m[id].value }
        // 编制数 60，实有人数 76 人，其中：在职 44 人；退休 31 人；离休 1 人 (line 81).
        XCTAssertEqual(value(.staffFill), dec("44") / dec("60"))
        XCTAssertEqual(value(.staffRetiree), (dec("31") + dec("1")) / dec("44"))
        XCTAssertEqual(value(.staffActual), dec("76") / dec("60"))
        // Table 6 总计: 1,292.84 = 人员经费 1,089.31 + 公用经费 203.53.
        XCTAssertEqual(value(.percapPublic), dec("203.53") / dec("44"))
        XCTAssertEqual(value(.percapPersonnel), dec("1089.31") / dec("76"))
        XCTAssertEqual(value(.percapRunning), dec("203.53") / dec("44"))    // 机关运行经费 203.53
        // Table 10 合计 49.81 (接待 1.90, 车辆 47.91); Table 4 支出总计 3,994.84.
        XCTAssertEqual(value(.sangongShare), dec("49.81") / dec("3994.84"))
        XCTAssertEqual(value(.sangongPublic), dec("49.81") / dec("203.53"))
        XCTAssertEqual(value(.sangongPercap), dec("49.81") / dec("44"))
        XCTAssertEqual(value(.sangongVehicle), dec("47.91") / dec("49.81"))
        XCTAssertEqual(value(.sangongYoY), dec("0.00") / (dec("49.81") - dec("0.00")))
        // Table 1: 支出总计 4,161.84 = 基本 1,292.84 + 项目 2,869.00; 收入: 一般公共预算 3,994.84, 结转 167.00.
        XCTAssertEqual(value(.mixBasic), dec("1292.84") / dec("4161.84"))
        XCTAssertEqual(value(.mixProject), dec("2869.00") / dec("4161.84"))
        XCTAssertEqual(value(.mixFiscal), dec("3994.84") / dec("4161.84"))
        XCTAssertEqual(value(.mixCarryover), dec("167.00") / dec("4161.84"))
        for id in [MetricID.execRate, .execAdjust, .execVariance] {
            XCTAssertNil(value(id))
            XCTAssertEqual(m[id].reason, .notApplicable(kind: .budget))
        }
        // Table 2's 财政拨款 subtotal is not entered, so mix.fiscal reads Table 4 (line 208).
        XCTAssertEqual(m[.mixFiscal].numerator?.route, "fiscal.revenue")
        XCTAssertEqual(m[.mixFiscal].numerator?.inputs.first?.source, Provenance(line: 208, table: "表4"))
        XCTAssertEqual(m[.percapPublic].numerator?.inputs.first?.source, Provenance(line: 284, table: "表6"))
        // The disclosure's own shares, once rounded: 基本支出 占 31.06%, 项目支出 占 68.94%, 一般公共预算 占 95.99%.
        XCTAssertEqual(MetricFormat.display(m[.mixBasic]), "31.06%")
        XCTAssertEqual(MetricFormat.display(m[.mixProject]), "68.94%")
        XCTAssertEqual(MetricFormat.display(m[.mixFiscal]), "95.99%")
        XCTAssertEqual(MetricFormat.display(m[.mixCarryover]), "4.01%")
    }

    /// 001 新疆维吾尔自治区机关事务管理局 2024 预算.
    func testAgencyAffairs2024Budget() throws {
        let m = try fixture("001")
        func value(_ id: MetricID) -> Decimal? { m[id].value }
        // 编制数 362，实有人数 887 人：在职 586 人；退休 299 人；离休 2 人 (line 83).
        XCTAssertEqual(value(.staffFill), dec("586") / dec("362"))
        XCTAssertEqual(value(.staffRetiree), (dec("299") + dec("2")) / dec("586"))
        XCTAssertEqual(value(.staffActual), dec("887") / dec("362"))
        // Table 6 总计 5,657.34: 人员经费 5,348.93, 公用经费 308.42 (the table itself is 0.01 off).
        XCTAssertEqual(value(.percapPublic), dec("308.42") / dec("586"))
        XCTAssertEqual(value(.percapPersonnel), dec("5348.93") / dec("887"))
        XCTAssertEqual(value(.percapRunning), dec("308.42") / dec("586"))
        XCTAssertEqual(value(.sangongShare), dec("68.30") / dec("16000.51"))
        XCTAssertEqual(value(.sangongPublic), dec("68.30") / dec("308.42"))
        XCTAssertEqual(value(.sangongPercap), dec("68.30") / dec("586"))
        XCTAssertEqual(value(.sangongVehicle), dec("68.30") / dec("68.30"))
        // "比上年预算增加3.30万元，增长5.08%": 上年 = 68.30 − 3.30.
        XCTAssertEqual(value(.sangongYoY), dec("3.30") / (dec("68.30") - dec("3.30")))
        XCTAssertEqual(m[.sangongYoY].denominator?.route,
                       "yearOnYear[sangong.total].current − yearOnYear[sangong.total].change")
        XCTAssertEqual(MetricFormat.display(m[.sangongYoY]), "5.08%")
        XCTAssertEqual(m[.sangongYoY].stated?.value, dec("5.08"))
        XCTAssertEqual(value(.mixBasic), dec("5657.34") / dec("18304.02"))
        XCTAssertEqual(value(.mixProject), dec("12646.68") / dec("18304.02"))
        XCTAssertEqual(value(.mixFiscal), dec("16000.51") / dec("18304.02"))
        XCTAssertEqual(value(.mixCarryover), dec("363.41") / dec("18304.02"))
        XCTAssertEqual(m[.execRate].reason, .notApplicable(kind: .budget))
        XCTAssertEqual(m[.execAdjust].reason, .notApplicable(kind: .budget))
        XCTAssertEqual(m[.execVariance].reason, .notApplicable(kind: .budget))
        // More staff on duty than authorized posts.
        XCTAssertEqual(MetricFormat.display(m[.staffFill]), "161.88%")
        // The disclosure's shares: 基本支出 占 30.91%, 项目支出 占 69.09%, 结转 占 1.99%.
        XCTAssertEqual(MetricFormat.display(m[.mixBasic]), "30.91%")
        XCTAssertEqual(MetricFormat.display(m[.mixProject]), "69.09%")
        XCTAssertEqual(MetricFormat.display(m[.mixCarryover]), "1.99%")
    }

    /// 002 乌鲁木齐市人民政府驻北京联络处 2024 决算.
    func testUrumqiOffice2024FinalAccount() throws {
        let m = try fixture("002")
        func value(_ id: MetricID) -> Decimal? { m[id].value }
        // A 决算 states 实有人数 13 (在职 13, 离休 0, 退休 0) but no 编制数.
        let noAuthorized = NoValueReason.missingInput([MissingInput(field: "staff.authorized", term: "编制数")])
        XCTAssertNil(value(.staffFill))
        XCTAssertEqual(m[.staffFill].reason, noAuthorized)
        XCTAssertNil(value(.staffActual))
        XCTAssertEqual(m[.staffActual].reason, noAuthorized)
        XCTAssertEqual(m[.staffActual].numerator?.value, 13)   // kept for the workbook's data sheet
        XCTAssertEqual(value(.staffRetiree), (dec("0") + dec("0")) / dec("13"))
        // 基本支出 297.49: 人员经费 240.78, 公用经费 56.71; 机关运行经费 56.71.
        XCTAssertEqual(value(.percapPublic), dec("56.71") / dec("13"))
        XCTAssertEqual(value(.percapPersonnel), dec("240.78") / dec("13"))
        XCTAssertEqual(value(.percapRunning), dec("56.71") / dec("13"))
        // 三公 23.40 (all 公务用车运行维护费); 本年财政拨款支出 490.88.
        XCTAssertEqual(value(.sangongShare), dec("23.40") / dec("490.88"))
        XCTAssertEqual(value(.sangongPublic), dec("23.40") / dec("56.71"))
        XCTAssertEqual(value(.sangongPercap), dec("23.40") / dec("13"))
        XCTAssertEqual(value(.sangongVehicle), dec("23.40") / dec("23.40"))
        // "比上年减少 1.30 万元，下降 5.26%": 上年 = 23.40 + 1.30.
        XCTAssertEqual(value(.sangongYoY), dec("-1.30") / (dec("23.40") - dec("-1.30")))
        XCTAssertEqual(MetricFormat.display(m[.sangongYoY]), "-5.26%")
        XCTAssertEqual(m[.sangongYoY].statedRatio, dec("-0.0526"))
        // 本年支出 550.53：基本支出 297.49，占 54.04%；项目支出 253.04，占 45.96%.
        XCTAssertEqual(value(.mixBasic), dec("297.49") / dec("550.53"))
        XCTAssertEqual(m[.mixBasic].denominator?.route, "expenditure.currentYear")
        XCTAssertEqual(value(.mixProject), dec("253.04") / dec("550.53"))
        XCTAssertEqual(MetricFormat.display(m[.mixBasic]), "54.04%")
        XCTAssertEqual(MetricFormat.display(m[.mixProject]), "45.96%")
        // 收入总计 550.53：财政拨款收入 490.88 (占 89.16%)，年初结转和结余 0.00.
        XCTAssertEqual(value(.mixFiscal), dec("490.88") / dec("550.53"))
        XCTAssertEqual(MetricFormat.display(m[.mixFiscal]), "89.16%")
        XCTAssertEqual(value(.mixCarryover), dec("0.00") / dec("550.53"))
        // 绩效自评: 驻京联工作运行经费 453.29 / 59.65 / 59.65, 运行补助经费 270.32 / 193.40 / 193.40.
        XCTAssertEqual(value(.execRate), (dec("59.65") + dec("193.40")) / (dec("59.65") + dec("193.40")))
        XCTAssertEqual(m[.execRate].numerator?.inputs.map { $0.source?.line }, [181, 203])
        XCTAssertEqual(value(.execAdjust),
                       ((dec("59.65") + dec("193.40")) - (dec("453.29") + dec("270.32"))) / (dec("453.29") + dec("270.32")))
        XCTAssertEqual(MetricFormat.display(m[.execAdjust]), "-65.03%")
        // 年初预算数 544.01 万元，决算数 490.88 万元，预决算差异率-9.77% (line 98).
        XCTAssertEqual(value(.execVariance), (dec("490.88") - dec("544.01")) / dec("544.01"))
        XCTAssertEqual(m[.execVariance].denominator?.inputs.first?.source, Provenance(line: 98, table: "说明四"))
        XCTAssertEqual(m[.execVariance].stated?.value, dec("-9.77"))
        XCTAssertEqual(MetricFormat.display(m[.execVariance]), "-9.77%")
    }

    /// 004 昌吉回族自治州人民政府驻北京联络处 2025 预算.
    func testChangjiOffice2025Budget() throws {
        let m = try fixture("004")
        func value(_ id: MetricID) -> Decimal? { m[id].value }
        // 编制数 8，实有人数 11 人：在职 7 人；退休 4 人；离休 0 人 (line 65).
        XCTAssertEqual(value(.staffFill), dec("7") / dec("8"))
        XCTAssertEqual(value(.staffRetiree), (dec("4") + dec("0")) / dec("7"))
        XCTAssertEqual(value(.staffActual), dec("11") / dec("8"))
        // Table 6 总计 145.10: 人员经费 126.71, 公用经费 18.39; 事业单位运行经费 18.39.
        XCTAssertEqual(value(.percapPublic), dec("18.39") / dec("7"))
        XCTAssertEqual(value(.percapPersonnel), dec("126.71") / dec("11"))
        XCTAssertEqual(value(.percapRunning), dec("18.39") / dec("7"))
        // Table 10 合计 4.96 (接待 0.16, 车辆 4.80); 财政拨款支出总计 205.10.
        XCTAssertEqual(value(.sangongShare), dec("4.96") / dec("205.10"))
        XCTAssertEqual(value(.sangongPublic), dec("4.96") / dec("18.39"))
        XCTAssertEqual(value(.sangongPercap), dec("4.96") / dec("7"))
        XCTAssertEqual(value(.sangongVehicle), dec("4.80") / dec("4.96"))
        XCTAssertEqual(value(.sangongYoY), dec("0.00") / (dec("4.96") - dec("0.00")))
        // 支出 318.10：基本支出 145.10 (占 45.61%)，项目支出 173.00 (占 54.39%)；一般公共预算 205.10 (占 64.48%).
        XCTAssertEqual(value(.mixBasic), dec("145.10") / dec("318.10"))
        XCTAssertEqual(value(.mixProject), dec("173.00") / dec("318.10"))
        XCTAssertEqual(value(.mixFiscal), dec("205.10") / dec("318.10"))
        XCTAssertEqual(MetricFormat.display(m[.mixBasic]), "45.61%")
        XCTAssertEqual(MetricFormat.display(m[.mixFiscal]), "64.48%")
        // Table 1 leaves 上年结转结余 blank; "上年结转结余情况明细表为空表" (line 367) → 0.
        XCTAssertEqual(value(.mixCarryover), dec("0") / dec("318.10"))
        let carryover = try XCTUnwrap(m[.mixCarryover].numerator)
        XCTAssertEqual(carryover.route, "emptyTables[表11] → 0")
        XCTAssertEqual(carryover.inputs.first?.source?.line, 367)
        for id in [MetricID.execRate, .execAdjust, .execVariance] {
            XCTAssertEqual(m[id].reason, .notApplicable(kind: .budget))
        }
    }

    /// The fixtures fall into three groups: 2024 预算 (000, 001), 2024 决算, 2025 预算.
    func testFixtureGroups() throws {
        let departments = try ["000", "001", "002", "004"].map(fixture)
        let groups = MetricGroup.groups(departments)
        XCTAssertEqual(groups.map(\.key.label), ["2024年 预算", "2024年 决算", "2025年 预算"])
        let budget2024 = groups[0]
        XCTAssertEqual(budget2024.departments.map(\.name), ["新疆维吾尔自治区人民政府驻北京办事处", "新疆维吾尔自治区机关事务管理局"])
        let percap = budget2024[.percapPublic]
        XCTAssertEqual(percap.pooled.value, (dec("203.53") + dec("308.42")) / (dec("44") + dec("586")))
        XCTAssertEqual(percap.mean, (dec("203.53") / dec("44") + dec("308.42") / dec("586")) / 2)
        XCTAssertEqual(percap.standings.map(\.rank), [1, 2])
        XCTAssertEqual(percap.standings[0].deviationFromMedian, dec("203.53") / dec("44") - (percap.median ?? 0))
        let fill = budget2024[.staffFill]
        XCTAssertEqual(fill.pooled.value, (dec("44") + dec("586")) / (dec("60") + dec("362")))
        XCTAssertEqual(fill.standings.map(\.rank), [2, 1])
        XCTAssertNil(fill.fences)
        // The 决算 group: no 编制数, so staff.fill has no pooled value and lists the department.
        let final = groups[1][.staffFill]
        XCTAssertEqual(final.pooled.outcome, .noValue(.noDepartmentWithInputs))
        XCTAssertEqual(final.excluded.map(\.reason),
                       [.missingInput([MissingInput(field: "staff.authorized", term: "编制数")])])
    }
}
