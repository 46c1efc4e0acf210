import BudgetMetrics
import BudgetModel
import XCTest

/// Prior-year values and changes derived from the narrative's year-on-year statements.
final class YearOnYearFigureTests: XCTestCase {
    func testBeijingOfficeStatements() throws {
        let m = DepartmentMetrics(try department(SeedFigures.beijingOffice2024))
        XCTAssertEqual(m.yearOnYear.map(\.item), [.sangong, .basic, .project, .generalBudget, .operatingCost])

        let basic = try XCTUnwrap(m.yearOnYear(.basic))
        XCTAssertEqual(basic.current.value, dec("1292.84"))
        XCTAssertEqual(basic.change.value, dec("12.61"))
        XCTAssertEqual(basic.prior, dec("1292.84") - dec("12.61"))
        XCTAssertEqual(basic.changeRatio, dec("12.61") / (dec("1292.84") - dec("12.61")))
        XCTAssertEqual(basic.statedPercent?.value, dec("0.98"))
        XCTAssertEqual(MetricFormat.percent(try XCTUnwrap(basic.changeRatio)), "0.98%")
        XCTAssertEqual(basic.basis, "上年预算")

        let project = try XCTUnwrap(m.yearOnYear(.project))
        XCTAssertEqual(project.prior, dec("2869.00") + dec("77.05"))
        XCTAssertEqual(MetricFormat.percent(try XCTUnwrap(project.changeRatio)), "-2.62%")

        // 一般公共预算: no `generalBudget` statement, so the revenue statement.
        let general = try XCTUnwrap(m.yearOnYear(.generalBudget))
        XCTAssertEqual(general.subject, "revenue.generalBudget")
        XCTAssertEqual(general.prior, dec("3994.84") - dec("12.61"))

        // 三公: the sentence states only the change; 本年 comes from Table 10.
        let sangong = try XCTUnwrap(m.yearOnYear(.sangong))
        XCTAssertEqual(sangong.current.field, "sangong.total")
        XCTAssertEqual(sangong.current.source?.line, 373)
        XCTAssertEqual(sangong.prior, dec("49.81"))
        XCTAssertEqual(sangong.changeRatio, m[.sangongYoY].value)

        let running = try XCTUnwrap(m.yearOnYear(.operatingCost))
        XCTAssertEqual(running.prior, dec("203.53") - dec("7.90"))
        XCTAssertEqual(MetricFormat.percent(try XCTUnwrap(running.changeRatio)), "4.04%")
    }

    func testFinalAccountStatements() throws {
        let m = DepartmentMetrics(try department(SeedFigures.urumqiOffice2024Final))
        XCTAssertEqual(m.yearOnYear.map(\.item), [.sangong, .generalBudget, .operatingCost])
        let general = try XCTUnwrap(m.yearOnYear(.generalBudget))
        XCTAssertEqual(general.subject, "generalBudget")
        XCTAssertEqual(general.prior, dec("490.88") - dec("195.35"))
        XCTAssertEqual(MetricFormat.percent(try XCTUnwrap(general.changeRatio)), "66.10%")
        let sangong = try XCTUnwrap(m.yearOnYear(.sangong))
        XCTAssertEqual(sangong.current.field, "yearOnYear[sangong.total].current")
        XCTAssertEqual(sangong.prior, dec("24.70"))
        XCTAssertEqual(sangong.changeRatio, m[.sangongYoY].value)
        XCTAssertNil(m.yearOnYear(.basic))
    }

    func testStatementWithoutAnyCurrentValueIsLeftOut() throws {
        var d = try department(SeedFigures.beijingOffice2024)
        d.operatingCost = nil
        d.yearOnYear = [YearOnYear(subject: "operatingCost", current: nil, change: Amount(dec("7.90")))]
        XCTAssertNil(DepartmentMetrics(d).yearOnYear(.operatingCost))
    }
}
