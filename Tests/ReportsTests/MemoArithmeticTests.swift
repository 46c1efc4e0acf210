import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
import XCTest
@testable import Reports

/// Every derived figure in a comparison sentence can be checked by the reader
/// from the figures printed beside it: gap = shown(max) − shown(min),
/// multiple = shown(max) ÷ shown(min), distance from the median =
/// shown(value) − shown(median) — for the fixture groups and a synthetic
/// region, and for the pairs the review found wrong.
final class MemoArithmeticTests: XCTestCase {
    /// "31.06%", "0.15个百分点", "4,161.84万元", "1.13万元/人", "8.74倍", "44人" → the number.
    private func number(_ text: String) throws -> Decimal {
        var digits = text
        for unit in ["万元/人", "万元", "个百分点", "%", "倍", "人", ","] {
            digits = digits.replacingOccurrences(of: unit, with: "")
        }
        return try XCTUnwrap(Decimal(string: digits), text)
    }

    /// The `Comparison`s of a memo context (every quantity it compares).
    private func comparisons(_ context: MemoContext) -> [Comparison] {
        Mirror(reflecting: context).children.compactMap { $0.value as? Comparison }
    }

    private func contexts() throws -> [MemoContext] {
        var groups = try MemoFixtures.groups()
        groups += try MemoLargeGroupTests.region()
        return groups.map { group in
            MemoContext(group: group, findings: MemoFixtures.findings(group), scope: MemoScope())
        }
    }

    func testGapsMultiplesAndMedianDistancesAreThoseOfThePrintedFigures() throws {
        var checked = 0
        for context in try contexts() {
            for comparison in comparisons(context) {
                guard let highest = comparison.highest, let lowest = comparison.lowest else { continue }
                let top = try number(highest.value), bottom = try number(lowest.value)
                let gap = try number(try XCTUnwrap(comparison.gap, comparison.metric))
                XCTAssertEqual(gap, top - bottom, "\(comparison.metric): \(highest.value) − \(lowest.value) ≠ \(comparison.gap!)")
                if let multiple = comparison.multiple {
                    XCTAssertEqual(try number(multiple), (top / bottom).rounded(scale: 2), "\(comparison.metric) \(multiple)")
                }
                if let median = comparison.median {
                    let middle = try number(median)
                    for standing in comparison.entries {
                        guard let versus = standing.versusMedian else { continue }
                        let value = try number(standing.value)
                        if versus == "与中位数持平" {
                            XCTAssertEqual(value, middle, comparison.metric)
                        } else {
                            let size = try number(String(versus.dropFirst("高于中位数".count)))
                            XCTAssertEqual(versus.hasPrefix("高于") ? value - middle : middle - value, size,
                                           "\(comparison.metric) \(standing.department): \(standing.value) vs \(median): \(versus)")
                        }
                    }
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 30, "the fixtures and the synthetic region compare many quantities")
    }

    /// The sentences the review quoted, now consistent with their own figures.
    func testReviewedSentencesOfTheFixtureBudgetGroup() throws {
        let group = try MemoFixtures.group(2024, .budget)
        let context = MemoContext(group: group, findings: MemoFixtures.findings(group), scope: MemoScope())
        XCTAssertEqual([context.mixBasic.highest?.value, context.mixBasic.lowest?.value, context.mixBasic.gap],
                       ["31.06%", "30.91%", "0.15个百分点"])
        XCTAssertEqual([context.staffRetiree.highest?.value, context.staffRetiree.lowest?.value, context.staffRetiree.gap],
                       ["0.73", "0.51", "0.22"])
        XCTAssertEqual([context.sangongPercap.highest?.value, context.sangongPercap.lowest?.value,
                        context.sangongPercap.gap, context.sangongPercap.multiple],
                       ["1.13万元/人", "0.12万元/人", "1.01万元/人", "9.42倍"])
    }

    /// Half-up at the displayed precision: 0.125 shows as 0.13, so 0.245 − 0.125 is 0.25 − 0.13 = 0.12.
    func testHalfwayValuesRoundUpBeforeSubtracting() {
        let c = ComparisonBuilder.build(metric: "离退休供养比", unit: .metric(.personsPerPerson),
                                        entries: [ComparisonEntry(department: "甲", value: Decimal(string: "0.245")),
                                                  ComparisonEntry(department: "乙", value: Decimal(string: "0.125"))],
                                        additive: false)
        XCTAssertEqual(c.highest?.value, "0.25")
        XCTAssertEqual(c.lowest?.value, "0.13")
        XCTAssertEqual(c.gap, "0.12")
    }
}
