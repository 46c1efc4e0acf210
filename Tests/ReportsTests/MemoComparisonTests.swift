import BudgetMetrics
import Foundation
import XCTest
@testable import Reports

/// Who is highest and lowest, by how much, the median, ties, and who is left
/// out and why — including the group of one, which must not rank or compare.
final class MemoComparisonTests: XCTestCase {
    private let perCapita = ValueUnit.metric(.wanYuanPerPerson)

    private func entry(_ name: String, _ value: String?, reason: String? = nil) -> ComparisonEntry {
        ComparisonEntry(department: name, value: value.map { Decimal(string: $0)! }, exclusion: value == nil ? reason : nil)
    }

    func testPairHasExtremesGapAndMultipleButNoMedianWording() {
        let c = ComparisonBuilder.build(metric: "人均公用经费", unit: perCapita,
                                        entries: [entry("甲", "4.6256818"), entry("乙", "0.5263")], additive: false,
                                        pooled: Decimal(string: "0.8126"))
        XCTAssertTrue(c.compared)
        XCTAssertFalse(c.several)
        XCTAssertEqual(c.highest?.names, "甲")
        XCTAssertEqual(c.highest?.value, "4.63万元/人")
        XCTAssertNil(c.highest?.versusMedian, "with two departments the median is only their mean")
        XCTAssertEqual(c.lowest?.names, "乙")
        XCTAssertEqual(c.gap, "4.10万元/人")
        XCTAssertEqual(c.multiple, "8.79倍")
        XCTAssertEqual(c.pooled, "0.81万元/人")
        XCTAssertEqual(c.ranking, "甲（4.63万元/人）、乙（0.53万元/人）")
        XCTAssertNil(c.only)
    }

    func testSeveralHaveMedianAndDistanceFromIt() {
        let c = ComparisonBuilder.build(metric: "编制使用率", unit: .metric(.percent),
                                        entries: [entry("甲", "0.80"), entry("乙", "1.20"), entry("丙", "0.95"), entry("丁", nil, reason: "未列明编制数")],
                                        additive: false)
        XCTAssertTrue(c.several)
        XCTAssertEqual(c.median, "95.00%")
        XCTAssertEqual(c.highest?.versusMedian, "高于中位数25.00个百分点")
        XCTAssertEqual(c.lowest?.versusMedian, "低于中位数15.00个百分点")
        XCTAssertEqual(c.entries.map(\.versusMedian), ["低于中位数15.00个百分点", "高于中位数25.00个百分点", "与中位数持平"])
        XCTAssertEqual(c.entries.map(\.rank), ["3", "1", "2"])
        XCTAssertEqual(c.aboveMedian, "乙")
        XCTAssertEqual(c.belowMedian, "甲")
        XCTAssertNil(c.multiple, "percentages are compared in 个百分点, not 倍")
        XCTAssertEqual(c.excludedText, "丁未列明编制数")
        XCTAssertTrue(c.hasExcluded)
    }

    func testTiesAtDisplayedPrecisionAreNamedTogether() {
        let c = ComparisonBuilder.build(metric: "人均三公经费", unit: perCapita,
                                        entries: [entry("甲", "1.131"), entry("乙", "1.134"), entry("丙", "0.5")], additive: false)
        XCTAssertEqual(c.highest?.names, "甲、乙")
        XCTAssertEqual(c.highest?.tied, true)
        XCTAssertEqual(c.highest?.count, "2")
        XCTAssertEqual(c.lowest?.tied, false)
    }

    func testAllEqualSaysSoInsteadOfHighestAndLowest() {
        let c = ComparisonBuilder.build(metric: "公务用车占三公比重", unit: .metric(.percent),
                                        entries: [entry("甲", "1"), entry("乙", "1")], additive: false)
        XCTAssertEqual(c.commonValue, "100.00%")
        XCTAssertNil(c.highest)
        XCTAssertNil(c.lowest)
        XCTAssertNil(c.gap)
    }

    func testOneValueIsNotRanked() {
        let c = ComparisonBuilder.build(metric: "人均公用经费", unit: perCapita,
                                        entries: [entry("甲", "4.3623"), entry("乙", nil, reason: "未列明在职")], additive: false)
        XCTAssertTrue(c.single)
        XCTAssertFalse(c.compared)
        XCTAssertEqual(c.only?.department, "甲")
        XCTAssertEqual(c.only?.value, "4.36万元/人")
        XCTAssertNil(c.only?.rank)
        XCTAssertNil(c.highest)
        XCTAssertNil(c.median)
        XCTAssertNil(c.ranking)
        XCTAssertEqual(c.excludedText, "乙未列明在职")
    }

    func testNoValueAndNotApplicable() {
        let none = ComparisonBuilder.build(metric: "编制使用率", unit: .metric(.percent),
                                           entries: [entry("甲", nil, reason: "未列明编制数"), entry("乙", nil, reason: "未列明编制数"),
                                                     entry("丙", nil, reason: "在职为零")], additive: false)
        XCTAssertTrue(none.none)
        XCTAssertFalse(none.notApplicable)
        XCTAssertEqual(none.excludedText, "甲、乙未列明编制数；丙在职为零")
        let notApplicable = ComparisonBuilder.build(
            metric: "项目执行率", unit: .metric(.percent),
            entries: [ComparisonEntry(department: "甲", value: nil, exclusion: "不适用于预算", notApplicable: true)], additive: false)
        XCTAssertTrue(notApplicable.notApplicable)
        XCTAssertFalse(notApplicable.none)
    }

    func testAmountsAreSummedOverTheDepartmentsThatStateThem() {
        let c = ComparisonBuilder.build(metric: "公务接待费", unit: .wanYuan,
                                        entries: [entry("甲", "1.90"), entry("乙", nil, reason: "未列明公务接待费")], additive: true)
        XCTAssertEqual(c.total, "1.90万元")
        XCTAssertEqual(c.excludedText, "乙未列明公务接待费")
    }

    func testOutliersNeedEightValues() {
        let values = ["1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "9"]
        let c = ComparisonBuilder.build(metric: "人均公用经费", unit: perCapita,
                                        entries: values.enumerated().map { entry("部门\($0.offset + 1)", $0.element) }, additive: false)
        XCTAssertEqual(c.outliers.map(\.department), ["部门8"])
        XCTAssertEqual(c.outliers.first?.outlier, "明显偏高")
        let seven = ComparisonBuilder.build(metric: "人均公用经费", unit: perCapita,
                                            entries: values.dropFirst().enumerated().map { entry("部门\($0.offset)", $0.element) }, additive: false)
        XCTAssertTrue(seven.outliers.isEmpty)
    }

    func testStatedRateThatDiffersIsListed() {
        let c = ComparisonBuilder.build(
            metric: "预决算差异率", unit: .metric(.percent),
            entries: [ComparisonEntry(department: "甲", value: Decimal(string: "-0.0977"), stated: Decimal(string: "-0.0977")),
                      ComparisonEntry(department: "乙", value: Decimal(string: "-0.10"), stated: Decimal(string: "-0.12"))],
            additive: false)
        XCTAssertEqual(c.statedDiffers.map(\.department), ["乙"])
        XCTAssertEqual(c.statedDiffers.first?.stated, "-12.00%")
    }
}
