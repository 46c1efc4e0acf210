import BudgetMetrics
import XCTest

/// The statistics match the spreadsheet functions the workbook writes.
final class StatisticsTests: XCTestCase {
    private func decs(_ texts: String...) -> [Decimal] { texts.map { dec($0) } }

    func testMeanAndMedianOddAndEven() {
        XCTAssertEqual(Statistics.mean(decs("1", "2", "6")), dec("3"))
        XCTAssertEqual(Statistics.median(decs("6", "1", "2")), dec("2"))
        XCTAssertEqual(Statistics.median(decs("6", "1", "2", "4")), (dec("2") + dec("4")) / 2)
        XCTAssertEqual(Statistics.median(decs("5")), dec("5"))
        XCTAssertNil(Statistics.mean([]))
        XCTAssertNil(Statistics.median([]))
        // Exact: the mean of 1/3 three times is 1/3 at Decimal precision, no binary noise.
        let third = dec("1") / dec("3")
        XCTAssertEqual(Statistics.mean([third, third, third]), (third + third + third) / 3)
    }

    /// LibreOffice: =QUARTILE({1;2;3;4;5;6;7;8};1) = 2.75, ;3 = 6.25;
    /// =QUARTILE({1;2;3;4;5;6;7;8;9};1) = 3, ;3 = 7; =QUARTILE({10;20;30;40;50};1) = 20;
    /// =QUARTILE({1;2;4;8;16;32};1) = 2.5, ;3 = 14.
    func testQuartileInclusiveMatchesSpreadsheetQuartile() {
        let eight = decs("8", "1", "7", "2", "6", "3", "5", "4")
        XCTAssertEqual(Statistics.quartileInclusive(eight, 1), dec("2.75"))
        XCTAssertEqual(Statistics.quartileInclusive(eight, 2), dec("4.5"))
        XCTAssertEqual(Statistics.quartileInclusive(eight, 3), dec("6.25"))
        XCTAssertEqual(Statistics.quartileInclusive(eight, 0), dec("1"))
        XCTAssertEqual(Statistics.quartileInclusive(eight, 4), dec("8"))
        let nine = decs("1", "2", "3", "4", "5", "6", "7", "8", "9")
        XCTAssertEqual(Statistics.quartileInclusive(nine, 1), dec("3"))
        XCTAssertEqual(Statistics.quartileInclusive(nine, 3), dec("7"))
        XCTAssertEqual(Statistics.quartileInclusive(decs("10", "20", "30", "40", "50"), 1), dec("20"))
        let six = decs("1", "2", "4", "8", "16", "32")
        XCTAssertEqual(Statistics.quartileInclusive(six, 1), dec("2.5"))
        XCTAssertEqual(Statistics.quartileInclusive(six, 3), dec("14"))
        XCTAssertNil(Statistics.quartileInclusive([], 1))
    }

    /// Spreadsheet RANK(x; range; 0): descending, ties share the best rank, the next is skipped.
    func testRanksDescendingWithTies() {
        XCTAssertEqual(Statistics.descendingRanks(decs("8", "10", "5", "8")), [2, 1, 4, 2])
        XCTAssertEqual(Statistics.descendingRanks(decs("3", "3", "3")), [1, 1, 1])
        XCTAssertEqual(Statistics.descendingRanks(decs("-1", "0.5", "0.50")), [3, 1, 1])
        XCTAssertEqual(Statistics.descendingRanks([]), [])
    }

    func testFencesNeedEightValues() throws {
        XCTAssertNil(InterquartileFences(decs("1", "2", "3", "4", "5", "6", "7")))
        let fences = try XCTUnwrap(InterquartileFences(decs("1", "2", "3", "4", "5", "6", "7", "30")))
        // Q1 = 2.75, Q3 = 6.25 (h = 5.25 → 6 + 0.25·(7 − 6)), IQR = 3.5, fences −2.5 and 11.5.
        XCTAssertEqual(fences.q1, dec("2.75"))
        XCTAssertEqual(fences.q3, dec("6.25"))
        XCTAssertEqual(fences.lower, dec("-2.5"))
        XCTAssertEqual(fences.upper, dec("11.5"))
        XCTAssertEqual(fences.outlier(dec("30")), .high)
        XCTAssertEqual(fences.outlier(dec("-2.6")), .low)
        XCTAssertNil(fences.outlier(dec("11.5")))   // on the fence is not outside it
        XCTAssertNil(fences.outlier(dec("-2.5")))
    }
}
