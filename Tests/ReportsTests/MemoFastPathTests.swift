import BudgetMetrics
import BudgetModel
import Foundation
import XCTest
@testable import Reports

/// The memo's shortcuts for large groups give exactly what the plain
/// computations give: figures written without Foundation's Decimal-to-string
/// conversion, the descending order sorted by Doubles first, and records
/// read field by field when the renderer asks.
final class MemoFastPathTests: XCTestCase {
    private func d(_ text: String) -> Decimal { Decimal(string: text)! }

    /// Awkward figures: ties at the rounding digit, values that round to
    /// zero, whole numbers stored with a positive exponent, more digits than
    /// 64 bits hold, and full-precision quotients.
    private var figures: [Decimal] {
        var values = ["0", "0.004", "-0.004", "0.005", "-0.005", "0.125", "-2.345", "999.995", "-1569.875", "3994.84",
                      "1500", "1e5", "12345678901234567890", "-98765432109876543210.555", "1e30", "0.00005", "1.6188",
                      "0.999999999999999999999999999999", "184467440737095516.15", "184467440737095516.16"].map(d)
        var generator = SplitMix64(seed: 42)
        for _ in 0..<500 {
            let numerator = Decimal(Int.random(in: -50_000_000...50_000_000, using: &generator))
            let denominator = Decimal(Int.random(in: 1...9_999, using: &generator))
            values.append(numerator / denominator)
            values.append(numerator / 100)
        }
        values.append(Decimal(1) / 3)
        values.append(Decimal(-2) / 3)
        return values
    }

    /// The memo's grouped amounts are `MetricFormat.fixed` with thousands separators.
    func testGroupedAmountsAreMetricFormatWithSeparators() {
        for value in figures {
            XCTAssertEqual(ChineseNumber.grouped(value).replacingOccurrences(of: ",", with: ""),
                           MetricFormat.fixed(value, decimals: 2), "\(value)")
            XCTAssertEqual(ChineseNumber.percent(value), MetricFormat.percent(value, decimals: 2), "\(value) as a percentage")
        }
        XCTAssertEqual(ChineseNumber.grouped(Decimal(string: "-1234567.891")!), "-1,234,567.89")
        XCTAssertEqual(ChineseNumber.grouped(Decimal(string: "999.995")!), "1,000.00")
        XCTAssertEqual(ChineseNumber.grouped(Decimal(123), decimals: 0), "123")
    }

    func testDescendingOrderIsTheStableDecimalSort() {
        // Values a Double cannot tell apart, ties, negatives.
        let close = ["1", "1.0000000000000000000000000001", "0.9999999999999999999999999999", "1"].map(d)
        var generator = SplitMix64(seed: 7)
        var mixed = figures.filter { abs($0) < 1e18 }
        mixed += (0..<300).map { _ in Decimal(Int.random(in: -20...20, using: &generator)) / 4 }
        mixed.shuffle(using: &generator)
        for values in [[], [d("3")], close, close.reversed(), mixed, mixed + close + mixed] {
            XCTAssertEqual(DescendingOrder.of(values), values.indices.sorted { values[$0] > values[$1] }, "\(values.prefix(8))")
        }
    }

    func testBoxAnswersDeclaredFieldsOnly() throws {
        let standing = Standing(department: "甲", value: "4.63万元/人", rank: "1", versusMedian: nil, stated: nil, outlier: nil)
        let box = TemplateBox(standing)
        XCTAssertEqual(box.child(named: "department") as? String, "甲")
        XCTAssertEqual(box.child(named: "rank") as? String, "1")
        XCTAssertEqual(box.child(named: "versus_median") as? Bool, false, "an absent optional answers false")
        XCTAssertNil(box.child(named: "metric"), "an undeclared name climbs to the outer record")
        XCTAssertEqual(Standing.schema.fields.map(\.name), Standing.fields.map(\.info.name))
        XCTAssertEqual(Standing.schema.typeName, "Standing")
    }
}
