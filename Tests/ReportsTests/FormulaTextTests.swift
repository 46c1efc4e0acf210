import Foundation
import OpenDocument
@testable import Reports
import XCTest

/// Operands become formulas over the cells that hold their inputs.
final class FormulaTextTests: XCTestCase {
    private var locator: CellLocator {
        var locator = CellLocator()
        locator.record("staff.onDuty", department: 0, at: CellRef(sheet: "人员", address: CellAddress(column: 3, row: 1)))
        locator.record("staff.retired", department: 0, at: CellRef(sheet: "人员", address: CellAddress(column: 5, row: 1)))
        for index in 0..<3 {
            locator.record("p[\(index)].executed", department: 0,
                           at: CellRef(sheet: "项目", address: CellAddress(column: 6, row: 4 + index)))
            locator.record("p[\(index)].budget", department: 0,
                           at: CellRef(sheet: "项目", address: CellAddress(column: 5, row: 4 + index)))
        }
        return locator
    }

    private func term(_ path: String, minus: Bool = false, _ value: Decimal? = 1) -> OperandFormula.Term {
        OperandFormula.Term(path: path, subtracted: minus, value: value)
    }

    func testSingleCell() throws {
        let operand = try XCTUnwrap(OperandFormula([term("staff.onDuty")], department: 0, locator: locator))
        XCTAssertEqual(operand.expression, "[$'人员'.D2]")
        XCTAssertEqual(operand.guards, ["ISNUMBER([$'人员'.D2])"])
        XCTAssertEqual(operand.parenthesized, "[$'人员'.D2]")
    }

    func testDifferenceOfCells() throws {
        let operand = try XCTUnwrap(OperandFormula([term("staff.retired"), term("staff.onDuty", minus: true)],
                                                   department: 0, locator: locator))
        XCTAssertEqual(operand.parenthesized, "([$'人员'.F2]-[$'人员'.D2])")
    }

    func testConsecutiveRowsBecomeASum() throws {
        let terms = (0..<3).map { term("p[\($0)].budget") } + (0..<3).map { term("p[\($0)].executed", minus: true) }
        let operand = try XCTUnwrap(OperandFormula(terms, department: 0, locator: locator))
        XCTAssertEqual(operand.expression, "SUM([$'项目'.F5:.F7])-SUM([$'项目'.G5:.G7])")
        XCTAssertEqual(operand.guards, ["COUNT([$'项目'.F5:.F7])=3", "COUNT([$'项目'.G5:.G7])=3"])
    }

    func testStatedInputWithoutACellIsALiteral() throws {
        let operand = try XCTUnwrap(OperandFormula([term("staff.onDuty"), term("emptyTables[表11]", 0)],
                                                   department: 0, locator: locator))
        XCTAssertEqual(operand.expression, "[$'人员'.D2]+0")
        XCTAssertEqual(operand.guards, ["ISNUMBER([$'人员'.D2])"])
        let negative = try XCTUnwrap(OperandFormula([term("x", minus: true, Decimal(string: "-2.5")!)],
                                                    department: 0, locator: locator))
        XCTAssertEqual(negative.expression, "-(-2.5)")
    }

    func testMissingInputWithoutACellGivesNoFormula() {
        XCTAssertNil(OperandFormula([term("staff.onDuty"), term("yearOnYear[x].change", nil)], department: 0, locator: locator))
        // Another department's cells are never borrowed: its stated figure is written as a number.
        XCTAssertEqual(OperandFormula([term("staff.onDuty", 44)], department: 1, locator: locator)?.expression, "44")
    }

    func testQuotientGuardsInputsAndZero() throws {
        let numerator = try XCTUnwrap(OperandFormula([term("staff.retired")], department: 0, locator: locator))
        let denominator = try XCTUnwrap(OperandFormula([term("staff.onDuty")], department: 0, locator: locator))
        XCTAssertEqual(FormulaText.quotient(numerator, denominator),
                       "IF(AND(ISNUMBER([$'人员'.F2]);ISNUMBER([$'人员'.D2]));IF([$'人员'.D2]=0;\"—\";[$'人员'.F2]/[$'人员'.D2]);\"—\")")
    }

    func testAbsoluteReferences() {
        XCTAssertEqual(FormulaText.absoluteRange(column: 4, rows: 1...8), "[.$E$2:.$E$9]")
        XCTAssertEqual(FormulaText.absoluteRange(column: 1, rows: 1...2, sheet: "指标计算"), "[$'指标计算'.$B$2:.$B$3]")
        XCTAssertEqual(FormulaText.absoluteCell(column: 2, row: 11), "[.$C$12]")
    }
}
