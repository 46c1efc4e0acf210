@testable import BudgetModel
import Foundation
import XCTest

/// `DecimalText.parse`: what it accepts and rejects, and that its byte-level
/// fast path gives exactly what the general parser (`parseText`, the original
/// implementation) gives: the same texts accepted, the same `Decimal` bits.
final class DecimalTextTests: XCTestCase {
    func testAcceptsPlainGroupedAndSignedAmounts() {
        let accepted: [(String, String)] = [
            ("3994.84", "3994.84"), ("3,994.84", "3994.84"), ("1,234,567.00", "1234567"), ("-1,234.56", "-1234.56"),
            ("+12", "12"), ("−3.5", "-3.5"), (" 12.50 ", "12.5"), ("0.00", "0"), ("-0", "0"), ("007", "7"),
            ("0,012", "12"), ("18446744073709551616", "18446744073709551616"),
        ]
        for (text, canonical) in accepted {
            XCTAssertEqual(DecimalText.parse(text).map(DecimalText.canonical), canonical, text)
        }
    }

    func testRejectsEuropeanGroupingLettersAndStrayMarks() {
        for text in ["3.994,84", "abc", "", " ", "1.2.3", ".5", "5.", "+-5", "--5", "1,23", "1234,567", ",123",
                     "123,", "1,234.5,6", "1.5e3", "1 234", "١٢", "１２", "1_000", "−", "+", "12-", "1,,234"] {
            XCTAssertNil(DecimalText.parse(text), text)
        }
    }

    func testFastPathMatchesTheGeneralParserBitForBit() {
        var samples = ["0", "0.0", "0.000", "-0.00", "+0", "1.50", "100", "-100.00", "3,994.84", "999,999,999.999",
                       "9223372036854775807", "18446744073709551615", "18446744073709551616", "0.1234567890123456789",
                       "1.0000000000000000000000000000001", "0." + String(repeating: "0", count: 40) + "1",
                       "123456789012345678901234567890123456789012", "00000000000000000000000000012.5"]
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789,.+-")
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...14, using: &generator)
            samples.append(String((0..<length).map { _ in
                // Mostly digits, so that many samples are valid amounts.
                Int.random(in: 0..<4, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : alphabet[Int.random(in: 0..<10, using: &generator)]
            }))
        }
        for _ in 0..<5_000 {
            let whole = UInt64.random(in: 0...999_999_999_999, using: &generator)
            let fraction = String(UInt64.random(in: 0...9_999, using: &generator))
            samples.append((Bool.random(using: &generator) ? "-" : "") + grouped(whole) + "." + fraction)
        }
        var accepted = 0
        for text in samples {
            let fast = DecimalText.parse(text)
            let general = DecimalText.parseText(text)
            XCTAssertEqual(fast.map(bits), general.map(bits), text)
            if fast != nil { accepted += 1 }
        }
        XCTAssertGreaterThan(accepted, 5_000)
    }

    /// 1234567 → "1,234,567".
    private func grouped(_ value: UInt64) -> String {
        var digits = String(value), groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([digits] + groups).joined(separator: ",")
    }

    private func bits(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }
}
