import BudgetChecks
import BudgetModel
import Foundation
import XCTest

/// The JSON shape of a finding (a stable interface) and its round trip.
final class FindingCodingTests: XCTestCase {
    private let finding = Finding(
        file: "Fixtures/004.yaml", department: "昌吉回族自治州人民政府驻北京联络处", rule: "basic.economic-subtotals",
        description: "经济分类款级科目之和应等于所属类级科目", severity: .inconsistency,
        expected: decimal("126"), actual: decimal("125.98"), unit: .wanYuan, detail: "表6 301 工资福利支出 合计",
        lines: [265, 264, 264])

    func testJSONFieldsAndTypes() throws {
        let data = try JSONEncoder().encode(finding)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["file"] as? String, "Fixtures/004.yaml")
        XCTAssertEqual(object["department"] as? String, "昌吉回族自治州人民政府驻北京联络处")
        XCTAssertEqual(object["rule"] as? String, "basic.economic-subtotals")
        XCTAssertEqual(object["description"] as? String, "经济分类款级科目之和应等于所属类级科目")
        XCTAssertEqual(object["severity"] as? String, "inconsistency")
        XCTAssertEqual(object["expected"] as? String, "126.00", "amounts as decimal strings with two decimals")
        XCTAssertEqual(object["actual"] as? String, "125.98")
        XCTAssertEqual(object["difference"] as? String, "-0.02")
        XCTAssertEqual(object["lines"] as? [Int], [264, 265], "lines sorted and unique")
        XCTAssertEqual(object["unit"] as? String, "wanyuan")
        XCTAssertEqual(object["tolerance"] as? String, "0")
        XCTAssertEqual(object["detail"] as? String, "表6 301 工资福利支出 合计")
    }

    func testPercentagesKeepFullPrecision() throws {
        let recomputed = decimal("39.64") / decimal("99.03") * 100
        let percent = Finding(file: "f", department: "d", rule: "percent.year-on-year", description: "x",
                              severity: .rounding, expected: recomputed, actual: decimal("40.02"),
                              unit: .percentagePoint, tolerance: decimal("0.005"), detail: "", lines: [])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(percent)) as? [String: Any])
        let expected = try XCTUnwrap(object["expected"] as? String)
        XCTAssertTrue(expected.hasPrefix("40.02827426"), expected)
        XCTAssertGreaterThan(expected.count, 20, "full precision, rounded only for display")
        XCTAssertEqual(object["actual"] as? String, "40.02")
        XCTAssertEqual(object["unit"] as? String, "percentage-point")
        XCTAssertEqual(object["lines"] as? [Int], [])
    }

    func testRoundTrip() throws {
        let decoded = try JSONDecoder().decode(Finding.self, from: JSONEncoder().encode(finding))
        XCTAssertEqual(decoded, finding)
    }

    func testAmountText() {
        XCTAssertEqual(Finding.text(decimal("167"), unit: .wanYuan), "167.00")
        XCTAssertEqual(Finding.text(decimal("-0.1"), unit: .wanYuan), "-0.10")
        XCTAssertEqual(Finding.text(decimal("0.005"), unit: .wanYuan), "0.005")
        XCTAssertEqual(Finding.text(decimal("100"), unit: .percentagePoint), "100")
    }
}
