import BudgetMetrics
import BudgetModel
import XCTest

/// Where each metric reads its inputs, the fallbacks, and the reasons for no value.
final class MetricInputTests: XCTestCase {
    func testOperandsNameTheirFieldsAndProvenance() throws {
        let m = DepartmentMetrics(try department(SeedFigures.beijingOffice2024))
        let percap = m[.percapPublic]
        XCTAssertEqual(percap.numerator?.term, "公用经费")
        XCTAssertEqual(percap.numerator?.inputs, [InputValue(
            field: "basicExpenditure.publicFunds", term: "公用经费", value: dec("203.53"),
            source: Provenance(line: 284, table: "表6"))])
        XCTAssertEqual(percap.denominator?.inputs, [InputValue(
            field: "staff.onDuty", term: "在职", value: 44, source: Provenance(line: 81, table: "概况"))])

        let retiree = m[.staffRetiree]
        XCTAssertEqual(retiree.numerator?.route, "staff.retired + staff.separated")
        XCTAssertEqual(retiree.numerator?.inputs.map(\.field), ["staff.retired", "staff.separated"])
        XCTAssertEqual(retiree.numerator?.value, 32)

        // 上年 = 本年 − 增减额: the change enters subtracted.
        let yoy = m[.sangongYoY]
        XCTAssertEqual(yoy.numerator?.inputs.map(\.field), ["yearOnYear[sangong.total].change"])
        XCTAssertEqual(yoy.denominator?.terms.map(\.subtracted), [false, true])
        XCTAssertEqual(yoy.denominator?.terms.first?.input.source, Provenance(line: 373, table: "表10"))
        XCTAssertEqual(yoy.numerator?.inputs.first?.source, Provenance(line: 517))
    }

    func testProjectSumsListEveryProject() throws {
        let m = DepartmentMetrics(try department(SeedFigures.urumqiOffice2024Final))
        let rate = m[.execRate]
        XCTAssertEqual(rate.numerator?.inputs.map(\.field),
                       ["finalAccount.performance[0].executed", "finalAccount.performance[1].executed"])
        XCTAssertEqual(rate.numerator?.inputs.map(\.term), ["全年执行数（驻京联工作运行经费）", "全年执行数（运行补助经费）"])
        XCTAssertEqual(rate.denominator?.value, dec("253.05"))
        XCTAssertEqual(rate.numerator?.inputs.first?.source?.line, 181)
        let adjust = m[.execAdjust]
        XCTAssertEqual(adjust.numerator?.terms.map(\.subtracted), [false, false, true, true])
        XCTAssertEqual(adjust.numerator?.value, dec("253.05") - dec("723.61"))
        XCTAssertEqual(adjust.denominator?.value, dec("723.61"))
    }

    func testProjectMissingAFigureGivesNoValueNamingTheProject() throws {
        var d = try department(SeedFigures.urumqiOffice2024Final)
        d.finalAccount?.performance?[1].executed = nil
        let m = DepartmentMetrics(d)
        // exec.rate: the projects route lacks one figure, so the summary route
        // (全年预算数 253.05, 全年执行数 253.05) is used as a whole.
        XCTAssertEqual(m[.execRate].value, dec("253.05") / dec("253.05"))
        XCTAssertEqual(m[.execRate].numerator?.route, "finalAccount.performanceSummary.executed")
        XCTAssertEqual(m[.execRate].denominator?.route, "finalAccount.performanceSummary.fullYearBudget")

        d.finalAccount?.performanceSummary = nil
        let without = DepartmentMetrics(d)
        XCTAssertNil(without[.execRate].value)
        XCTAssertEqual(without[.execRate].reason, .missingInput([MissingInput(
            field: "finalAccount.performance[1].executed", term: "全年执行数（运行补助经费）")]))
        // exec.adjust does not read 全年执行数.
        XCTAssertNotNil(without[.execAdjust].value)
    }

    func testExecVarianceFallsBackToGeneralBudgetComparison() throws {
        var d = try department(SeedFigures.urumqiOffice2024Final)
        d.finalAccount?.budgetComparisons?.removeAll { $0.subject == "fiscal" }
        let m = DepartmentMetrics(d)
        XCTAssertEqual(m[.execVariance].value, (dec("490.88") - dec("544.01")) / dec("544.01"))
        XCTAssertEqual(m[.execVariance].denominator?.route, "finalAccount.budgetComparisons[generalBudget].initialBudget")
        XCTAssertEqual(m[.execVariance].stated?.source?.line, 104)

        d.finalAccount?.budgetComparisons = nil
        let none = DepartmentMetrics(d)
        XCTAssertEqual(none[.execVariance].reason, .missingInput([
            MissingInput(field: "finalAccount.budgetComparisons[fiscal].final", term: "财政拨款支出决算数"),
            MissingInput(field: "finalAccount.budgetComparisons[fiscal].initialBudget", term: "财政拨款支出年初预算数"),
        ]))
    }

    func testStaffFallbacks() throws {
        var d = try department(SeedFigures.beijingOffice2024)
        d.staff?.actual = nil
        d.staff?.separated = nil
        let m = DepartmentMetrics(d)
        // 实有人数 falls back to 在职 + 退休 + 离休, which lacks 离休 too:
        XCTAssertEqual(m[.staffActual].reason, .missingInput([MissingInput(field: "staff.actual", term: "实有人数")]))
        XCTAssertEqual(m[.staffRetiree].reason, .missingInput([MissingInput(field: "staff.separated", term: "离休")]))

        var onlyActual = try department(SeedFigures.beijingOffice2024)
        onlyActual.staff?.retired = nil
        onlyActual.staff?.separated = nil
        let fallback = DepartmentMetrics(onlyActual)
        XCTAssertEqual(fallback[.staffRetiree].value, (dec("76") - dec("44")) / dec("44"))
        XCTAssertEqual(fallback[.staffRetiree].numerator?.route, "staff.actual − staff.onDuty")

        var noActual = try department(SeedFigures.beijingOffice2024)
        noActual.staff?.actual = nil
        let sum = DepartmentMetrics(noActual)
        XCTAssertEqual(sum[.percapPersonnel].value, dec("1089.31") / (dec("44") + dec("31") + dec("1")))
        XCTAssertEqual(sum[.percapPersonnel].denominator?.route, "staff.onDuty + staff.retired + staff.separated")
    }

    func testSangongFallbacks() throws {
        var d = try department(SeedFigures.beijingOffice2024)
        d.sangong?.total = nil
        let m = DepartmentMetrics(d)
        XCTAssertEqual(m[.sangongShare].value, (dec("0") + dec("1.90") + dec("47.91")) / dec("3994.84"))
        XCTAssertEqual(m[.sangongShare].numerator?.route, "sangong.abroad + sangong.reception + sangong.vehicles")
        // sangong.yoy's 本年 then has no source: neither the sentence nor Table 10 states it.
        XCTAssertEqual(m[.sangongYoY].reason, .missingInput([
            MissingInput(field: "yearOnYear[sangong.total].current", term: "三公经费本年数（同比说明）")]))

        d.sangong?.vehicles = nil
        let parts = DepartmentMetrics(d)
        XCTAssertEqual(parts[.sangongVehicle].numerator?.route, "sangong.vehiclePurchase + sangong.vehicleRunning")
        XCTAssertEqual(parts[.sangongVehicle].value,
                       (dec("0") + dec("47.91")) / (dec("0") + dec("1.90") + dec("0") + dec("47.91")))
    }

    func testFiscalExpenditureFallsBackToRevenueOnlyForABudget() throws {
        var budget = try department(SeedFigures.beijingOffice2024)
        budget.fiscal?.expenditure = nil
        XCTAssertEqual(DepartmentMetrics(budget)[.sangongShare].denominator?.route, "fiscal.revenue")
        XCTAssertEqual(DepartmentMetrics(budget)[.sangongShare].value, dec("49.81") / dec("3994.84"))

        var final = try department(SeedFigures.urumqiOffice2024Final)
        final.fiscal?.expenditure = nil
        XCTAssertEqual(DepartmentMetrics(final)[.sangongShare].reason, .missingInput([
            MissingInput(field: "fiscal.expenditure", term: "财政拨款支出合计")]))
    }

    func testCarryoverFallbacks() throws {
        var d = try department(SeedFigures.beijingOffice2024)
        d.revenue?.carryover = nil
        // 非财政拨款结转结余 is blank in Table 1 and absent here: the sum cannot be formed.
        XCTAssertEqual(DepartmentMetrics(d)[.mixCarryover].reason, .missingInput([
            MissingInput(field: "revenue.carryover", term: "上年结转结余")]))
        d.revenue?.carryoverNonFiscal = Amount(0)
        XCTAssertEqual(DepartmentMetrics(d)[.mixCarryover].value, (dec("167.00") + dec("0")) / dec("4161.84"))

        // An empty-table statement about another table does not count.
        var changji = try department(SeedFigures.changjiOffice2025)
        changji.emptyTables = [EmptyTableStatement(table: "表8", text: "政府性基金预算支出情况表为空表")]
        XCTAssertNil(DepartmentMetrics(changji)[.mixCarryover].value)
        // The table's title identifies it as well as its number.
        changji.emptyTables = [EmptyTableStatement(table: "上年结转结余情况明细表")]
        XCTAssertEqual(DepartmentMetrics(changji)[.mixCarryover].value, 0)
    }

    func testZeroDenominatorKeepsOperandsAndGivesNoValue() throws {
        var d = try department(SeedFigures.beijingOffice2024)
        d.staff?.authorized = Count(0 as Int)
        let fill = DepartmentMetrics(d)[.staffFill]
        XCTAssertNil(fill.value)
        XCTAssertEqual(fill.reason, .zeroDenominator(term: "编制数"))
        XCTAssertEqual(fill.reason?.description, "分母为零：编制数 = 0")
        XCTAssertEqual(fill.numerator?.value, 44)
        XCTAssertEqual(fill.denominator?.value, 0)
        XCTAssertTrue(fill.hasOperands)

        // A zero prior year makes the year-on-year rate undefined, not 0 or infinite.
        var yoy = try department(SeedFigures.beijingOffice2024)
        yoy.yearOnYear = [YearOnYear(subject: "sangong.total", current: Amount(dec("49.81")), change: Amount(dec("49.81")))]
        XCTAssertEqual(DepartmentMetrics(yoy)[.sangongYoY].reason, .zeroDenominator(term: "上年"))
        XCTAssertNil(DepartmentMetrics(yoy).yearOnYear(.sangong)?.changeRatio)
    }

    func testNotApplicableReason() throws {
        let m = DepartmentMetrics(try department(SeedFigures.changjiOffice2025))
        XCTAssertEqual(m[.execRate].reason?.description, "不适用：预算公开不含此指标（仅适用于决算）")
        XCTAssertNil(m[.execRate].numerator)
        XCTAssertEqual(m[.execRate].reason?.code, "not-applicable")
    }

    func testAnEmptyDepartmentHasNoValueAnywhere() {
        let empty = DepartmentMetrics(Department(identity: Identity(name: "空", year: 2024, kind: .final)))
        for value in empty.values {
            XCTAssertNil(value.value, value.metric.rawValue)
            guard case .missingInput(let inputs)? = value.reason else {
                return XCTFail("\(value.metric.rawValue): \(String(describing: value.reason))")
            }
            XCTAssertFalse(inputs.isEmpty, value.metric.rawValue)
        }
        XCTAssertTrue(empty.yearOnYear.isEmpty)
    }
}

/// The formula text the workbook writes over its input cells.
final class MetricFormulaTests: XCTestCase {
    func testFormulasOverInputCells() throws {
        let m = DepartmentMetrics(try department(SeedFigures.urumqiOffice2024Final))
        let cells = [
            "staff.onDuty": "C2", "staff.retired": "D2", "staff.separated": "E2",
            "basicExpenditure.publicFunds": "F2", "staff.authorized": "G2",
            "yearOnYear[sangong.total].current": "H2", "yearOnYear[sangong.total].change": "I2",
            "finalAccount.performance[0].fullYearBudget": "项目.C2", "finalAccount.performance[1].fullYearBudget": "项目.C3",
            "finalAccount.performance[0].initialBudget": "项目.B2", "finalAccount.performance[1].initialBudget": "项目.B3",
        ]
        let reference = { (input: InputValue) in cells[input.field] ?? "?" }
        XCTAssertEqual(m[.percapPublic].formula(reference), "F2/C2")
        XCTAssertEqual(m[.staffRetiree].formula(reference), "(D2+E2)/C2")
        XCTAssertEqual(m[.sangongYoY].formula(reference), "I2/(H2-I2)")
        XCTAssertEqual(m[.execAdjust].formula(reference), "(项目.C2+项目.C3-项目.B2-项目.B3)/(项目.B2+项目.B3)")
        XCTAssertNil(m[.staffFill].formula(reference))   // 编制数 not stated

        let negative = Operand(term: "t", route: "r", terms: [
            OperandTerm(InputValue(field: "a", term: "a", value: 1), subtracted: true),
            OperandTerm(InputValue(field: "b", term: "b", value: 2)),
        ])
        XCTAssertEqual(negative.expression { $0.field }, "(-a+b)")
        XCTAssertEqual(negative.value, 1)
    }
}
