import BudgetMetrics
import BudgetModel
import XCTest

/// The inline sizes a batch pays per department (18 metric values, their
/// operands, standings and year-on-year figures, held from reading to
/// writing), so that a stored property added back inline shows up here.
final class CompactLayoutTests: XCTestCase {
    func testInlineSizesStayCompact() {
        XCTAssertLessThanOrEqual(MemoryLayout<InputValue>.size, 36)     // was 64
        XCTAssertLessThanOrEqual(MemoryLayout<OperandTerm>.stride, 40)  // was 72
        XCTAssertLessThanOrEqual(MemoryLayout<Operand?>.size, 56)       // was 40 and a buffer of its terms
        XCTAssertLessThanOrEqual(MemoryLayout<MetricValue>.stride, 144) // was 184
        XCTAssertLessThanOrEqual(MemoryLayout<Standing>.stride, 56)     // was 88
        XCTAssertLessThanOrEqual(MemoryLayout<YearOnYearFigure>.stride, 136) // was 232
    }

    func testOneInputOperandReadsLikeAnArray() {
        let input = InputValue(field: "staff.onDuty", term: "在职", value: 44)
        var operand = Operand(term: "在职", route: "staff.onDuty", terms: [OperandTerm(input)])
        XCTAssertEqual(operand.terms, [OperandTerm(input)])
        XCTAssertEqual(operand.value, 44)
        operand.terms.append(OperandTerm(input, subtracted: true))
        XCTAssertEqual(operand.terms.map(\.subtracted), [false, true])
        XCTAssertEqual(operand.value, 0)
        XCTAssertEqual(operand, Operand(term: "在职", route: "staff.onDuty",
                                        terms: [OperandTerm(input), OperandTerm(input, subtracted: true)]))
    }
}
