import BudgetChecks
import BudgetModel
import XCTest

/// Grading differences: amounts (0.01 万元) and stated percentages.
final class ToleranceTests: XCTestCase {
    func testAmountSeverity() {
        XCTAssertNil(Tolerance.amountSeverity(expected: decimal("4161.84"), actual: decimal("4161.84")))
        XCTAssertEqual(Tolerance.amountSeverity(expected: decimal("4161.84"), actual: decimal("4161.85")), .rounding)
        XCTAssertEqual(Tolerance.amountSeverity(expected: decimal("4161.84"), actual: decimal("4161.83")), .rounding)
        XCTAssertEqual(Tolerance.amountSeverity(expected: decimal("126.00"), actual: decimal("125.98")), .inconsistency)
        XCTAssertEqual(Tolerance.amountSeverity(expected: decimal("1"), actual: decimal("1.005")), .rounding)
        XCTAssertEqual(Tolerance.amountSeverity(expected: decimal("1"), actual: decimal("1.0101")), .inconsistency)
    }

    func testPercentHalfUnitFollowsTheStatedDecimals() {
        XCTAssertEqual(Tolerance.percentHalfUnit(stated: decimal("0.32")), decimal("0.005"))
        XCTAssertEqual(Tolerance.percentHalfUnit(stated: decimal("100.00")), decimal("0.005"), "trailing zeros are lost")
        XCTAssertEqual(Tolerance.percentHalfUnit(stated: decimal("5")), decimal("0.005"))
        XCTAssertEqual(Tolerance.percentHalfUnit(stated: decimal("0.325")), decimal("0.0005"))
    }

    func testPercentSeverity() {
        let range = decimal("40.0192")...decimal("40.0374")
        XCTAssertNil(Tolerance.percentSeverity(stated: decimal("40.03"), recomputed: decimal("40.0283"), explainable: range))
        XCTAssertEqual(Tolerance.percentSeverity(stated: decimal("40.02"), recomputed: decimal("40.0283"),
                                                 explainable: range), .rounding)
        XCTAssertEqual(Tolerance.percentSeverity(stated: decimal("40.05"), recomputed: decimal("40.0283"),
                                                 explainable: range), .inconsistency)
        XCTAssertEqual(Tolerance.percentSeverity(stated: decimal("50"), recomputed: decimal("40.0283"),
                                                 explainable: nil), .rounding, "an unbounded range explains anything")
    }
}
