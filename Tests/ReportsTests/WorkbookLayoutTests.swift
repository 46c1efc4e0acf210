import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument
@testable import Reports
import XCTest

/// The layout of the workbook for the seed fixtures, checked cell by cell
/// without writing a file: where figures sit, what formulas refer to, how
/// "no value" looks, and that every sheet has a frozen header and a filter.
final class WorkbookLayoutTests: XCTestCase {
    /// The laid-out sheets of the fixture group in `folder`, with the layout that made them.
    private func laidOut(_ folder: String) throws -> (layout: WorkbookLayout, sheets: [String: SheetModel]) {
        let inputs = try ReportRunner.prepare(input: fixturesFolder)
        let group = try XCTUnwrap(inputs.groups.first { $0.folderName == folder })
        var layout = WorkbookLayout(group: group.metrics, findings: group.findings)
        let sheets = layout.sheets()
        XCTAssertEqual(sheets.map(\.name), ComparisonWorkbook.sheetNames)
        return (layout, Dictionary(uniqueKeysWithValues: sheets.map { ($0.name, $0) }))
    }

    private func cell(_ sheet: SheetModel?, _ a1: String, file: StaticString = #filePath, line: UInt = #line) throws -> Cell {
        let address = try XCTUnwrap(CellAddress(a1), file: file, line: line)
        let rows = try XCTUnwrap(sheet, file: file, line: line).rows
        var column = 0
        for entry in rows[address.row] {
            if column == address.column { return entry.cell }
            column += entry.cell.columnsSpanned
        }
        return .empty
    }

    private func column(_ sheet: SheetModel?, header: String) throws -> Int {
        let row = try XCTUnwrap(sheet?.rows.first)
        return try XCTUnwrap(row.firstIndex { $0.cell.value == .string(header) }, "no column \(header)")
    }

    func testEveryMetricInputOfTheSeedsHasADataCell() throws {
        for folder in fixtureGroupFolders {
            let (layout, _) = try laidOut(folder)
            for (index, department) in layout.departments.enumerated() {
                for metric in layout.shownMetrics {
                    for operand in [department[metric].numerator, department[metric].denominator].compactMap({ $0 }) {
                        for input in operand.inputs where !input.field.hasPrefix("emptyTables[") {
                            XCTAssertNotNil(layout.locator.cell(input.field, department: index),
                                            "\(folder) \(department.name) \(metric.rawValue): no cell for \(input.field)")
                        }
                    }
                }
            }
        }
    }

    func testFiguresAreValuesWithTheirSource() throws {
        let (_, sheets) = try laidOut("2024年-预算")
        let staff = sheets["人员"]
        XCTAssertEqual(try cell(staff, "A2").value, .string("新疆驻北京办事处"))
        let authorized = try cell(staff, "B2")
        XCTAssertEqual(authorized.value, .float(NumericValue(Decimal(60))))
        XCTAssertNil(authorized.formula)
        XCTAssertEqual(authorized.annotation, "000_48bb68b1a07c75d5.txt 概况 第81行")
        let funds = sheets["经费"]
        let publicFunds = try cell(funds, CellAddress(column: try column(funds, header: "其中：公用经费"), row: 1).description)
        XCTAssertEqual(publicFunds.value, .float(NumericValue(Decimal(string: "203.53")!)))
        XCTAssertNil(publicFunds.formula)
        XCTAssertEqual(try cell(staff, "J2").value, .string("000_48bb68b1a07c75d5.txt"))
    }

    func testRatioIsAFormulaOverTheDataSheets() throws {
        let (layout, sheets) = try laidOut("2024年-预算")
        let funds = sheets["经费"]
        let publicFunds = CellAddress.columnName(try column(funds, header: "其中：公用经费"))
        let m = try XCTUnwrap(layout.shownMetrics.firstIndex(of: .percapPublic))
        let value = try cell(sheets["指标汇总"], CellAddress(column: SummarySheetLayout.valueColumn(m), row: 1).description)
        let numerator = "[$'经费'.\(publicFunds)2]", denominator = "[$'人员'.D2]"
        XCTAssertEqual(value.formula?.expression,
                       "IF(AND(ISNUMBER(\(numerator));ISNUMBER(\(denominator)));IF(\(denominator)=0;\"—\";\(numerator)/\(denominator));\"—\")")
        // 203.53 / 44, at full precision; shown as a number with two decimals.
        XCTAssertEqual(value.value, .float(NumericValue(Decimal(string: "203.53")! / 44)))
    }

    func testFallbackRouteIsWrittenAsItsOwnFormula() throws {
        // 离退休供养比 = (退休 + 离休) / 在职: two inputs in the numerator.
        let (layout, sheets) = try laidOut("2024年-预算")
        let m = try XCTUnwrap(layout.shownMetrics.firstIndex(of: .staffRetiree))
        let operand = try cell(sheets["指标计算"], CellAddress(column: OperandSheetLayout.numeratorColumn(m), row: 1).description)
        XCTAssertEqual(operand.formula?.expression,
                       "IF(AND(ISNUMBER([$'人员'.F2]);ISNUMBER([$'人员'.H2]));[$'人员'.F2]+[$'人员'.H2];\"—\")")
        XCTAssertEqual(operand.value, .float(NumericValue(Decimal(32))))
    }

    func testMissingInputShowsDashWithReasonAndStaysLive() throws {
        // The 决算 states no 编制数: 编制使用率 has no value.
        let (layout, sheets) = try laidOut("2024年-决算")
        let m = try XCTUnwrap(layout.shownMetrics.firstIndex(of: .staffFill))
        let value = try cell(sheets["指标汇总"], CellAddress(column: SummarySheetLayout.valueColumn(m), row: 1).description)
        XCTAssertEqual(value.value, .string("—"))
        XCTAssertEqual(value.formula?.expression,
                       "IF(AND(ISNUMBER([$'人员'.D2]);ISNUMBER([$'人员'.B2]));IF([$'人员'.B2]=0;\"—\";[$'人员'.D2]/[$'人员'.B2]);\"—\")")
        XCTAssertTrue(value.annotation?.contains("缺少输入：编制数 (staff.authorized)") == true, value.annotation ?? "")
        XCTAssertEqual(try cell(sheets["人员"], "B2").value, .string("—"))
        let rank = try cell(sheets["指标汇总"], CellAddress(column: SummarySheetLayout.valueColumn(m) + 1, row: 1).description)
        XCTAssertEqual(rank.value, .string("—"))
    }

    func testExecutionRateSumsTheSelfEvaluatedProjects() throws {
        let (layout, sheets) = try laidOut("2024年-决算")
        XCTAssertEqual(layout.shownMetrics.suffix(3), [.execRate, .execAdjust, .execVariance])
        let m = try XCTUnwrap(layout.shownMetrics.firstIndex(of: .execRate))
        let value = try cell(sheets["指标汇总"], CellAddress(column: SummarySheetLayout.valueColumn(m), row: 1).description)
        XCTAssertEqual(value.formula?.expression,
                       "IF(AND(COUNT([$'项目'.G2:.G3])=2;COUNT([$'项目'.F2:.F3])=2);"
                       + "IF(SUM([$'项目'.F2:.F3])=0;\"—\";SUM([$'项目'.G2:.G3])/SUM([$'项目'.F2:.F3]));\"—\")")
        XCTAssertEqual(value.value, .percentage(NumericValue(Decimal(1))))
        let adjust = try cell(sheets["指标汇总"], CellAddress(column: SummarySheetLayout.valueColumn(m + 1), row: 1).description)
        XCTAssertEqual(adjust.formula?.expression.contains("(SUM([$'项目'.F2:.F3])-SUM([$'项目'.E2:.E3]))/SUM([$'项目'.E2:.E3])"), true,
                       adjust.formula?.expression ?? "")
    }

    func testBudgetGroupLeavesOutFinalOnlyMetrics() throws {
        let (layout, sheets) = try laidOut("2024年-预算")
        XCTAssertFalse(layout.shownMetrics.contains(.execRate))
        XCTAssertEqual(layout.shownMetrics.count, 15)
        XCTAssertEqual(sheets["指标汇总"]?.rows.first?.count, 1 + 3 * 15)
    }

    func testEverySheetHasAFilterAndDataSheetsAFrozenHeader() throws {
        for folder in fixtureGroupFolders {
            let (_, sheets) = try laidOut(folder)
            for (name, sheet) in sheets {
                XCTAssertNotNil(sheet.options.autoFilterRange, "\(folder) \(name) has no filter")
                if name != "说明" {
                    XCTAssertEqual(sheet.options.frozenRows, 1, "\(folder) \(name)")
                    XCTAssertGreaterThanOrEqual(sheet.options.frozenColumns, 1, "\(folder) \(name)")
                    XCTAssertEqual(sheet.options.autoFilterRange?.start, CellAddress(column: 0, row: 0))
                }
            }
        }
    }

    func testGroupRowsAreStyledApartAndBelowTheFilter() throws {
        let (layout, sheets) = try laidOut("2024年-预算")
        let summary = try XCTUnwrap(sheets["指标汇总"])
        let labels = summary.rows.suffix(4).map { $0.first?.cell.value }
        XCTAssertEqual(labels, [.string("有值单位数"), .string("全组合计（Σ分子 ÷ Σ分母）"), .string("平均值"), .string("中位数")])
        for row in summary.rows.suffix(4) {
            XCTAssertEqual(row.first?.cell.style, layout.styles.cell(.text, .total))
        }
        XCTAssertEqual(summary.options.autoFilterRange?.end.row, 2)
        XCTAssertTrue(summary.rows[3].isEmpty, "a blank row separates the departments from the group rows")
    }
}
