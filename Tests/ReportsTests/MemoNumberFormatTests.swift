import BudgetMetrics
import Foundation
import XCTest
@testable import Reports

/// Numbers the Chinese way: 万元 with two decimals and thousands separators,
/// percentages with two decimals, signs turned into 增加/减少 and 增长/下降,
/// rounding half-up for display only.
final class MemoNumberFormatTests: XCTestCase {
    private func d(_ text: String) -> Decimal { Decimal(string: text)! }

    func testThousandsSeparatorsAndTwoDecimals() {
        XCTAssertEqual(ChineseNumber.wanYuan(d("3994.84")), "3,994.84万元")
        XCTAssertEqual(ChineseNumber.wanYuan(d("22465.86")), "22,465.86万元")
        XCTAssertEqual(ChineseNumber.wanYuan(d("1234567.5")), "1,234,567.50万元")
        XCTAssertEqual(ChineseNumber.wanYuan(d("167")), "167.00万元")
        XCTAssertEqual(ChineseNumber.wanYuan(d("0")), "0.00万元")
        XCTAssertEqual(ChineseNumber.grouped(d("-1569.875")), "-1,569.88")
        XCTAssertEqual(ChineseNumber.grouped(d("999.995")), "1,000.00")
        XCTAssertEqual(ChineseNumber.grouped(d("-0.004")), "0.00")
        XCTAssertEqual(ChineseNumber.persons(d("630")), "630人")
    }

    func testHalfUpRounding() {
        XCTAssertEqual(ChineseNumber.grouped(d("0.125")), "0.13")
        XCTAssertEqual(ChineseNumber.grouped(d("0.135")), "0.14")
        XCTAssertEqual(ChineseNumber.grouped(d("-2.345")), "-2.35")
        XCTAssertEqual(ChineseNumber.percent(d("0.052345")), "5.23%")
        XCTAssertEqual(ChineseNumber.percent(d("0.00005")), "0.01%")
        XCTAssertEqual(ChineseNumber.percent(d("1.6188")), "161.88%")
    }

    func testChangesAsWords() {
        XCTAssertEqual(ChineseNumber.amountChange(d("12.61")), "增加12.61万元")
        XCTAssertEqual(ChineseNumber.amountChange(d("-1569.88")), "减少1,569.88万元")
        XCTAssertNil(ChineseNumber.amountChange(d("0")))
        XCTAssertNil(ChineseNumber.amountChange(d("0.004")))
        XCTAssertEqual(ChineseNumber.rateChange(percent: d("0.98")), "增长0.98%")
        XCTAssertEqual(ChineseNumber.rateChange(percent: d("-11.04")), "下降11.04%")
        XCTAssertEqual(ChineseNumber.rateChange(percent: d("0.004")), "增长不足0.01%")
        XCTAssertEqual(ChineseNumber.rateChange(percent: d("-0.004")), "下降不足0.01%")
        XCTAssertNil(ChineseNumber.rateChange(percent: 0))
    }

    func testMetricUnits() {
        XCTAssertEqual(MetricUnit.wanYuanPerPerson.memoText(d("4.6256818")), "4.63万元/人")
        XCTAssertEqual(MetricUnit.percent.memoText(d("0.7333")), "73.33%")
        XCTAssertEqual(MetricUnit.personsPerPerson.memoText(d("0.7272")), "0.73")
        XCTAssertEqual(MetricUnit.percent.memoDifference(d("-0.008217")), "0.82个百分点")
        XCTAssertEqual(MetricUnit.wanYuanPerPerson.memoDifference(d("-4.0993")), "4.10万元/人")
    }

    func testFindingLinesAsRanges() {
        XCTAssertEqual(MemoContext.lineText([264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274]), "第264—274行")
        XCTAssertEqual(MemoContext.lineText([104, 108, 109]), "第104、108—109行")
        XCTAssertEqual(MemoContext.lineText([307]), "第307行")
        XCTAssertNil(MemoContext.lineText([]))
    }
}
