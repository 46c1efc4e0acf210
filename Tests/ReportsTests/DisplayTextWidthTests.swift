import Foundation
import OpenDocument
@testable import Reports
import XCTest

/// Column widths come from the length of each number's display text,
/// computed from its significand (`DisplayText.numberLength`) instead of
/// formatting it: the lengths must be exactly those of the formatted texts.
final class DisplayTextWidthTests: XCTestCase {
    func testTheStorageLayoutOfThisFoundationIsRecognised() {
        XCTAssertTrue(DecimalStorage.layoutIsKnown, "numbers would be formatted to be measured (slower, same widths)")
    }

    func testLengthsEqualThoseOfTheFormattedTexts() {
        let posix = Locale(identifier: "en_US_POSIX")
        var values = ["0", "-0", "0.004", "-0.004", "0.005", "-0.005", "9.995", "-9.995", "999.995", "999999.995",
                      "0.99995", "1234567.891", "-1234.5", "44", "0.0000001", "12345678901234567890123.45",
                      "0.12345678901234567890123456789012345678", "-98765432109876543210.5", "1e30", "5e-39"]
            .map { Decimal(string: $0, locale: posix)! }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let a = Decimal(Int64.random(in: -9_999_999_999...9_999_999_999, using: &generator)) / Decimal(100)
            let b = Decimal(Int64.random(in: 1...99_999_999, using: &generator)) / Decimal(1000)
            let built = Decimal(sign: Bool.random(using: &generator) ? .minus : .plus,
                                exponent: Int.random(in: -40...12, using: &generator),
                                significand: Decimal(UInt64.random(in: 0...UInt64.max, using: &generator)))
            values += [a, b, a / b, -(a / b), built, a * b]
        }
        for value in values {
            for kind in ValueKind.allCases {
                XCTAssertEqual(DisplayText.numberLength(value, as: kind), DisplayText.format(value, as: kind).utf8.count,
                               "\(value) as \(kind)")
                XCTAssertEqual(DisplayText.numberEms(value, as: kind), DisplayText.ems(DisplayText.format(value, as: kind)),
                               "\(value) as \(kind)")
            }
        }
    }
}
