import Foundation
@testable import OpenDocument
import XCTest

/// The fast `Decimal` text must be exactly `Decimal.description`, which is
/// what cells stored before (byte-identical workbooks).
final class DecimalLexicalFormTests: XCTestCase {
    func testTheStorageLayoutOfThisFoundationIsRecognised() {
        XCTAssertTrue(DecimalLexicalForm.layoutIsKnown,
                      "Decimal's storage layout changed: cells fall back to the slow Decimal.description")
    }

    func testKnownValues() {
        let cases: [(String, String)] = [
            ("0", "0"), ("-0.5", "-0.5"), ("0.05", "0.05"), ("123.45", "123.45"), ("1e3", "1000"),
            ("18446744073709551616", "18446744073709551616"),  // 2^64: the second 64-bit half
            ("99999999999999999999", "99999999999999999999"),
            ("0.00000000000000000000000000000000000001", "0.00000000000000000000000000000000000001"),
        ]
        for (input, expected) in cases {
            let value = Decimal(string: input, locale: Locale(identifier: "en_US_POSIX"))!
            XCTAssertEqual(DecimalLexicalForm.text(value), expected, input)
            XCTAssertEqual(DecimalLexicalForm.text(value), value.description, input)
        }
        XCTAssertEqual(DecimalLexicalForm.text(Decimal.nan), Decimal.nan.description)
    }

    /// Quotients (full 38-digit mantissas, as ratios are), sums, products and
    /// values built from sign, exponent and significand, against `description`.
    func testAgreesWithDescriptionOnManyValues() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let a = Decimal(Int64.random(in: -9_999_999_999...9_999_999_999, using: &generator)) / Decimal(100)
            let b = Decimal(Int64.random(in: 1...99_999_999, using: &generator)) / Decimal(1000)
            let exponent = Int.random(in: -30...20, using: &generator)
            let built = Decimal(sign: Bool.random(using: &generator) ? .minus : .plus, exponent: exponent,
                                significand: Decimal(UInt64.random(in: 0...UInt64.max, using: &generator)))
            for value in [a, b, a / b, a * b, a + b, -(a / b), built, built * built] {
                XCTAssertEqual(DecimalLexicalForm.text(value), value.description)
                XCTAssertEqual(Self.formatted(value), value.description)
            }
        }
    }

    /// The bytes `DecimalLexicalForm.format` writes, or `description` when it declines.
    static func formatted(_ value: Decimal, capacity: Int = 64) -> String {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        guard let count = DecimalLexicalForm.format(value, into: buffer, capacity: capacity) else { return value.description }
        XCTAssertEqual(buffer[count], 0, "NUL-terminated")
        return String(decoding: UnsafeBufferPointer(start: buffer, count: count), as: UTF8.self)
    }

    func testFormattingIntoABufferGivesTheSameText() {
        let cases = ["0", "-0.5", "0.05", "123.45", "1e3", "18446744073709551616", "99999999999999999999",
                     "10000000000000000000", "-10000000000000000000000.1", "0.00000000000000000000000000000000000001",
                     "12345678901234567890123456789012345678", "1e20", "-7e-5"]
        for input in cases {
            let value = Decimal(string: input, locale: Locale(identifier: "en_US_POSIX"))!
            XCTAssertEqual(Self.formatted(value), value.description, input)
            XCTAssertEqual(Self.formatted(value, capacity: 8), value.description, "\(input), small buffer")
        }
        XCTAssertEqual(Self.formatted(Decimal.nan), Decimal.nan.description)
    }

    func testNumericValueUsesIt() {
        let ratio = Decimal(203.53) / Decimal(44)
        XCTAssertEqual(NumericValue(ratio).lexicalForm, ratio.description)
    }
}
