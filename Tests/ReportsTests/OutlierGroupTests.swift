import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument
@testable import Reports
import TestSupport
import XCTest

/// A made-up group of twelve departments built to exercise the edges:
/// an outlier (at least 8 values, so BudgetMetrics draws fences), a zero
/// denominator, a fallback route and a department without staff figures.
final class OutlierGroupTests: XCTestCase {
    /// 单位01…单位09: 在职 10, 公用经费 10…17 and 100 (人均 1.0…1.7 and 10: an outlier);
    /// 单位10: 在职 0 (zero denominator); 单位11: 实有人数 and 在职 only
    /// (离退休 = 实有 − 在职); 单位12: no staff figures at all.
    private func group() -> ReportGroup {
        var departments: [(file: String, department: Department)] = []
        for number in 1...12 {
            let name = "单位" + (number < 10 ? "0\(number)" : "\(number)")
            var department = Department(identity: Identity(name: name, region: "测试市", year: 2024, kind: .budget,
                                                           source: "\(name).txt"))
            var staff = Staff()
            var basic = BasicExpenditure()
            switch number {
            case 1...9:
                staff.onDuty = Count(10, line: 3, table: "概况")
                staff.authorized = Count(12, line: 3, table: "概况")
                staff.retired = Count(number, line: 3, table: "概况")
                staff.separated = Count(0, line: 3, table: "概况")
                basic.publicFunds = Amount(number == 9 ? 100 : Decimal(9 + number), line: 40, table: "表6")
            case 10:
                staff.onDuty = Count(0, line: 3, table: "概况")
                basic.publicFunds = Amount(5, line: 40, table: "表6")
            case 11:
                staff.onDuty = Count(8, line: 3, table: "概况")
                staff.actual = Count(11, line: 3, table: "概况")
                basic.publicFunds = Amount(Decimal(string: "12.34")!, line: 40, table: "表6")
            default:
                break
            }
            department.staff = number == 12 ? nil : staff
            department.basicExpenditure = basic
            departments.append(("\(name).yaml", department))
        }
        let groups = ReportGroup.groups(departments)
        XCTAssertEqual(groups.count, 1)
        return groups[0]
    }

    private func summaryCell(_ layout: inout WorkbookLayout, metric: MetricID, department: Int, offset: Int = 0) -> Cell {
        let sheets = layout.sheets()
        let summary = sheets.first { $0.name == "指标汇总" }!
        let m = layout.shownMetrics.firstIndex(of: metric)!
        return summary.rows[WorkbookLayout.departmentRow(department)][SummarySheetLayout.valueColumn(m) + offset].cell
    }

    func testOutlierIsHighlightedWithItsFences() throws {
        let group = group()
        let statistics = group.metrics[.percapPublic]
        XCTAssertNotNil(statistics.fences)
        XCTAssertEqual(statistics.standings[8].outlier, .high)
        var layout = WorkbookLayout(group: group.metrics, findings: group.findings)
        let outlier = summaryCell(&layout, metric: .percapPublic, department: 8)
        XCTAssertEqual(outlier.style, layout.styles.cell(.ratio, .outlier))
        XCTAssertTrue(outlier.annotation?.hasPrefix("离群值（10.00）：高于上围栏") == true, outlier.annotation ?? "")
        let ordinary = summaryCell(&layout, metric: .percapPublic, department: 0)
        XCTAssertEqual(ordinary.style, layout.styles.cell(.ratio, .normal))
        XCTAssertNil(ordinary.annotation)
    }

    func testZeroDenominatorIsDashButCountsInThePooledValue() throws {
        let group = group()
        var layout = WorkbookLayout(group: group.metrics, findings: group.findings)
        let zero = summaryCell(&layout, metric: .percapPublic, department: 9)
        XCTAssertEqual(zero.value, .string("—"))
        XCTAssertNotNil(zero.formula)
        XCTAssertTrue(zero.annotation?.contains("分母为零") == true, zero.annotation ?? "")
        let pooled = group.metrics[.percapPublic].pooled
        XCTAssertEqual(pooled.contributors, 11)   // 单位01…11; 单位12 has no 在职
        XCTAssertEqual(pooled.numerator, 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 100 + 5 + Decimal(string: "12.34")!)
        XCTAssertEqual(pooled.denominator, 98)
    }

    func testFallbackRouteIsExplained() throws {
        let group = group()
        var layout = WorkbookLayout(group: group.metrics, findings: group.findings)
        let sheets = layout.sheets()
        let operands = sheets.first { $0.name == "指标计算" }!
        let m = layout.shownMetrics.firstIndex(of: .staffRetiree)!
        let numerator = operands.rows[WorkbookLayout.departmentRow(10)][OperandSheetLayout.numeratorColumn(m)].cell
        XCTAssertEqual(numerator.formula?.expression,
                       "IF(AND(ISNUMBER([$'人员'.C12]);ISNUMBER([$'人员'.D12]));[$'人员'.C12]-[$'人员'.D12];\"—\")")
        XCTAssertEqual(numerator.value, .float(NumericValue(Decimal(3))))
        XCTAssertEqual(numerator.annotation, "未分列退休、离休人数时取 实有人数 − 在职")
    }

    func testWorkbookIsValidAndRecalculates() throws {
        let group = group()
        let output = try temporaryFolder("outliers")
        let outcome = ReportRunner.write(group, to: output, templates: try packageTemplates())
        XCTAssertNil(outcome.error)
        let workbook = try XCTUnwrap(outcome.written.first)
        try ODFCheck.assertValid(workbook)
        let compared = try LibreOffice.assertFormulasMatchCachedValues(workbook)
        XCTAssertGreaterThan(compared, 12 * 45)
    }
}
