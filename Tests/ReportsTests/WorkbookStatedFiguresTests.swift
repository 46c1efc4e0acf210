import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument
@testable import Reports
import XCTest

/// A reader never meets two different figures for one concept without an
/// explanation: a stated total stands beside the sum of its parts with the
/// difference, a figure stated in two places is one column (unless the two
/// differ), and every "—" says why.
final class WorkbookStatedFiguresTests: XCTestCase {
    private func sheets(_ group: MetricGroup, findings: [[Finding]]? = nil) -> (WorkbookLayout, [String: SheetModel]) {
        var layout = WorkbookLayout(group: group, findings: findings ?? group.departments.map { _ in [] })
        let models = layout.sheets()
        return (layout, Dictionary(uniqueKeysWithValues: models.map { ($0.name, $0) }))
    }

    private func fixtureGroup(_ folder: String) throws -> (MetricGroup, [[Finding]]) {
        let inputs = try ReportRunner.prepare(input: fixturesFolder)
        let group = try XCTUnwrap(inputs.groups.first { $0.folderName == folder })
        return (group.metrics, group.findings)
    }

    private func column(_ sheet: SheetModel?, _ header: String) throws -> Int {
        let row = try XCTUnwrap(sheet?.rows.first)
        return try XCTUnwrap(row.firstIndex { $0.cell.value == .string(header) }, "no column \(header)")
    }

    private func headers(_ sheet: SheetModel?) -> [String] {
        (sheet?.rows.first ?? []).compactMap { if case .string(let text) = $0.cell.value { text } else { nil } }
    }

    func testFunctionSheetShowsStatedTotalBesideTheSumOfClasses() throws {
        // 002's 支出决算结构: the 类 amounts add up to 490.89, the stated 一般公共预算支出合计 is 490.88.
        let (group, findings) = try fixtureGroup("2024年-决算")
        let (_, sheets) = sheets(group, findings: findings)
        let functions = sheets["功能分类"]
        XCTAssertFalse(headers(functions).contains("合计"), "no silently different 合计 column")
        let stated = try XCTUnwrap(functions?.rows[1][try column(functions, "公开总计")].cell)
        XCTAssertEqual(stated.value, .float(NumericValue(Decimal(string: "490.88")!)))
        XCTAssertNil(stated.formula, "the stated total is a value")
        XCTAssertEqual(stated.annotation, "002_4ec144158e136e59.txt 说明五 第104行\n公开文本所列一般公共预算支出合计")
        let sum = try XCTUnwrap(functions?.rows[1][try column(functions, "各类之和")].cell)
        XCTAssertEqual(sum.value, .float(NumericValue(Decimal(string: "490.89")!)))
        XCTAssertEqual(sum.formula?.expression, "IF(COUNT([.C2:.D2])=0;\"—\";SUM([.C2:.D2]))")
        let difference = try XCTUnwrap(functions?.rows[1][try column(functions, "差额（各类之和 − 公开总计）")].cell)
        XCTAssertEqual(difference.value, .float(NumericValue(Decimal(string: "0.01")!)))
        XCTAssertEqual(difference.formula?.expression, "IF(AND(ISNUMBER([.F2]);ISNUMBER([.E2]));[.F2]-[.E2];\"—\")")
    }

    func testBudgetFiscalRevenueIsOneColumnTakenFromTable4() throws {
        let (group, findings) = try fixtureGroup("2024年-预算")
        let (layout, sheets) = sheets(group, findings: findings)
        let funds = sheets["经费"]
        XCTAssertEqual(headers(funds).filter { $0.hasPrefix("财政拨款收入") }, ["财政拨款收入"])
        let fiscal = try column(funds, "财政拨款收入")
        let cell = try XCTUnwrap(funds?.rows[1][fiscal].cell)
        XCTAssertEqual(cell.value, .float(NumericValue(Decimal(string: "3994.84")!)))
        XCTAssertNil(cell.formula)
        let note = try XCTUnwrap(cell.annotation)
        XCTAssertTrue(note.contains("取自表4 财政拨款收支总体情况表"), note)
        XCTAssertTrue(note.contains("表2 部门收入总体情况表未列此数"), note)
        // The metrics that read Table 4's 财政拨款收入 refer to this very cell.
        XCTAssertEqual(layout.locator.cell("fiscal.revenue", department: 0)?.address, CellAddress(column: fiscal, row: 1))
        XCTAssertNil(layout.locator.cell("revenue.fiscal", department: 0))
    }

    func testFinalFiscalRevenueStatedTwiceAlikeIsOneColumn() throws {
        let (group, findings) = try fixtureGroup("2024年-决算")
        let (layout, sheets) = sheets(group, findings: findings)
        let funds = sheets["经费"]
        XCTAssertEqual(headers(funds).filter { $0.hasPrefix("财政拨款收入") }, ["财政拨款收入"])
        let fiscal = try column(funds, "财政拨款收入")
        let note = try XCTUnwrap(funds?.rows[1][fiscal].cell.annotation)
        XCTAssertTrue(note.hasPrefix("002_4ec144158e136e59.txt 说明二 第88行\n取自收入决算情况说明"), note)
        XCTAssertTrue(note.contains("财政拨款收入支出决算总体情况说明所列相同（002_4ec144158e136e59.txt 说明四 第96行）"), note)
        for path in ["revenue.fiscal", "fiscal.revenue"] {
            XCTAssertEqual(layout.locator.cell(path, department: 0)?.address, CellAddress(column: fiscal, row: 1), path)
        }
    }

    func testFiscalRevenueStatedTwiceDifferentlyGetsASecondColumn() throws {
        var department = try DepartmentFile.load(fixturesFolder.appendingPathComponent("000-新疆驻北京办事处-2024-预算.yaml"))
        department.revenue?.fiscal = Amount(Decimal(string: "3990.00")!, line: 1, table: "表2")
        let group = try XCTUnwrap(MetricGroup.groups([DepartmentMetrics(department, file: "000.yaml")]).first)
        let (layout, sheets) = sheets(group)
        let funds = sheets["经费"]
        XCTAssertEqual(headers(funds).filter { $0.hasPrefix("财政拨款收入") },
                       ["财政拨款收入", "财政拨款收入（表4 财政拨款收支总体情况表）"])
        let main = try column(funds, "财政拨款收入"), other = main + 1
        XCTAssertEqual(funds?.rows[1][main].cell.value, .float(NumericValue(Decimal(string: "3990")!)))
        XCTAssertEqual(funds?.rows[1][other].cell.value, .float(NumericValue(Decimal(string: "3994.84")!)))
        XCTAssertTrue(funds?.rows[1][main].cell.annotation?.contains("所列为 3,994.84，与此不同") == true)
        XCTAssertEqual(layout.locator.cell("revenue.fiscal", department: 0)?.address, CellAddress(column: main, row: 1))
        XCTAssertEqual(layout.locator.cell("fiscal.revenue", department: 0)?.address, CellAddress(column: other, row: 1))
    }

    func testEveryDashSaysWhy() throws {
        var groups = try fixtureGroupFolders.map { try fixtureGroup($0) }
        let synthetic = try ReportRunner.prepare(input: try syntheticRegion(count: 12, badFiles: 0))
        groups += synthetic.groups.map { ($0.metrics, $0.findings) }
        var dashes = 0
        for (group, findings) in groups {
            let (_, sheets) = sheets(group, findings: findings)
            for (name, sheet) in sheets {
                for (r, row) in sheet.rows.enumerated() {
                    for (c, entry) in row.enumerated() where entry.cell.value == .string(DisplayText.noValue) {
                        dashes += 1
                        let note = entry.cell.annotation ?? ""
                        XCTAssertTrue(note.contains(DisplayText.reasonPrefix),
                                      "\(group.key.label) \(name) \(CellAddress(column: c, row: r)): “—” without a reason: \(note)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(dashes, 50)
    }
}
