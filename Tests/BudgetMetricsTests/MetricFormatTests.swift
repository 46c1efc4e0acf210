@testable import BudgetMetrics
import Foundation
import XCTest

/// Display only: half-up rounding, two decimals, "—" for no value.
final class MetricFormatTests: XCTestCase {
    func testHalfUpRoundingForDisplay() {
        XCTAssertEqual(MetricFormat.fixed(dec("4.625"), decimals: 2), "4.63")
        XCTAssertEqual(MetricFormat.fixed(dec("4.624999"), decimals: 2), "4.62")
        XCTAssertEqual(MetricFormat.fixed(dec("-2.345"), decimals: 2), "-2.35")
        XCTAssertEqual(MetricFormat.fixed(dec("3"), decimals: 2), "3.00")
        XCTAssertEqual(MetricFormat.fixed(dec("0.5"), decimals: 2), "0.50")
        XCTAssertEqual(MetricFormat.fixed(dec("-0.001"), decimals: 2), "0.00")
        XCTAssertEqual(MetricFormat.fixed(dec("1234567.891"), decimals: 2), "1234567.89")
        XCTAssertEqual(MetricFormat.fixed(dec("2.5"), decimals: 0), "3")
        // Leading zeros of the fraction, and values past the 18-digit fast path.
        XCTAssertEqual(MetricFormat.fixed(dec("0.05"), decimals: 2), "0.05")
        XCTAssertEqual(MetricFormat.fixed(dec("-0.049"), decimals: 2), "-0.05")
        XCTAssertEqual(MetricFormat.fixed(dec("0.00049"), decimals: 4), "0.0005")
        XCTAssertEqual(MetricFormat.fixed(dec("-7"), decimals: 0), "-7")
        XCTAssertEqual(MetricFormat.fixed(dec("123456789012345678901234.565"), decimals: 2), "123456789012345678901234.57")
        XCTAssertEqual(MetricFormat.fixed(dec("-9223372036854775.808"), decimals: 2), "-9223372036854775.81")
    }

    func testPercentages() {
        XCTAssertEqual(MetricFormat.percent(dec("0.052345")), "5.23%")
        XCTAssertEqual(MetricFormat.percent(dec("0.00125")), "0.13%")
        XCTAssertEqual(MetricFormat.percent(dec("-0.0977")), "-9.77%")
        XCTAssertEqual(MetricFormat.percent(dec("1")), "100.00%")
        XCTAssertEqual(MetricFormat.percent(dec("3.30") / dec("65.00")), "5.08%")
    }

    func testUnitsAndNoValue() {
        XCTAssertEqual(MetricFormat.display(nil, unit: .percent), "—")
        XCTAssertEqual(MetricFormat.display(nil, unit: .wanYuanPerPerson), "—")
        XCTAssertEqual(MetricFormat.display(dec("203.53") / dec("44"), unit: .wanYuanPerPerson), "4.63")
        XCTAssertEqual(MetricFormat.display(dec("32") / dec("44"), unit: .personsPerPerson), "0.73")
        XCTAssertEqual(MetricFormat.display(dec("44") / dec("60"), unit: .percent), "73.33%")
        XCTAssertEqual(MetricFormat.display(dec("0.5"), metric: .staffFill), "50.00%")
    }

    /// The integer fast path of `fixed` writes what Foundation's text of the
    /// rounded value gives, on quotients with full 38-digit mantissas, sums,
    /// values past 64 bits and every number of places used.
    func testFastPathMatchesFoundation() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let a = Decimal(Int64.random(in: -9_999_999_999_999...9_999_999_999_999, using: &generator)) / Decimal(1000)
            let b = Decimal(Int64.random(in: 1...9_999_999, using: &generator)) / Decimal(100)
            let huge = Decimal(sign: .plus, exponent: Int.random(in: 0...20, using: &generator),
                               significand: Decimal(UInt64.random(in: 0...UInt64.max, using: &generator)))
            for value in [a, b, a / b, -(a / b), a * b, huge, -huge] {
                for decimals in [0, 1, 2, 4] {
                    XCTAssertEqual(MetricFormat.fixed(value, decimals: decimals),
                                   MetricFormat.fixedThroughFoundation(value, decimals: decimals), "\(value) at \(decimals)")
                }
            }
        }
    }
}
