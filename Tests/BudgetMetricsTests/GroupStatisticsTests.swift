import BudgetMetrics
import BudgetModel
import XCTest

/// Group statistics over constructed departments (percap.public = 公用经费 / 在职).
final class GroupStatisticsTests: XCTestCase {
    private func group(_ departments: [Department]) throws -> MetricGroup {
        let groups = MetricGroup.groups(departments.map { DepartmentMetrics($0) })
        XCTAssertEqual(groups.count, 1)
        return try XCTUnwrap(groups.first)
    }

    func testPooledDiffersFromMeanAndMedianOfOddGroup() throws {
        let g = try group([
            member("甲", onDuty: 10, publicFunds: "50"),    // 5
            member("乙", onDuty: 100, publicFunds: "200"),  // 2
            member("丙", onDuty: 2, publicFunds: "8"),      // 4
        ])
        let stats = g[.percapPublic]
        XCTAssertEqual(stats.pooled.value, (dec("50") + dec("200") + dec("8")) / (dec("10") + dec("100") + dec("2")))
        XCTAssertEqual(stats.pooled.numerator, dec("258"))
        XCTAssertEqual(stats.pooled.denominator, dec("112"))
        XCTAssertEqual(stats.pooled.contributors, 3)
        XCTAssertEqual(stats.mean, (dec("5") + dec("2") + dec("4")) / 3)
        XCTAssertEqual(stats.median, dec("4"))
        XCTAssertEqual(stats.count, 3)
        XCTAssertNil(stats.fences)
        // Members ordered by name (code point order): 丙 (U+4E19), 乙 (U+4E59), 甲 (U+7532).
        XCTAssertEqual(g.departments.map(\.name), ["丙", "乙", "甲"])
        XCTAssertEqual(stats.standings.map(\.value), [dec("4"), dec("2"), dec("5")])
        XCTAssertEqual(stats.standings.map(\.rank), [2, 3, 1])
        XCTAssertEqual(stats.standings.map(\.deviationFromMedian), [dec("0"), dec("-2"), dec("1")])
        XCTAssertEqual(stats.standings.map(\.outlier), [nil, nil, nil])
    }

    func testEvenMedianTiesAndExcludedDepartments() throws {
        let g = try group([
            member("A", onDuty: 1, publicFunds: "3"),
            member("B", onDuty: 2, publicFunds: "6"),    // 3, tie with A
            member("C", onDuty: 1, publicFunds: "1"),
            member("D", onDuty: 1, publicFunds: "7"),
            member("E", onDuty: 4),                      // 公用经费 missing
            member("F", onDuty: 0, publicFunds: "2"),    // zero denominator
        ])
        let stats = g[.percapPublic]
        XCTAssertEqual(stats.count, 4)
        XCTAssertEqual(stats.median, (dec("3") + dec("3")) / 2)
        XCTAssertEqual(stats.mean, (dec("3") + dec("3") + dec("1") + dec("7")) / 4)
        XCTAssertEqual(stats.standings.map(\.rank), [2, 2, 4, 1, nil, nil])
        // F's figures are stated, so they enter the pooled sums; E's do not.
        XCTAssertEqual(stats.pooled.contributors, 5)
        XCTAssertEqual(stats.pooled.value, (dec("3") + dec("6") + dec("1") + dec("7") + dec("2")) / (dec("1") + dec("2") + dec("1") + dec("1") + dec("0")))
        let excluded = stats.excluded
        XCTAssertEqual(excluded.map(\.index), [4, 5])
        XCTAssertEqual(excluded.map { g.departments[$0.index].name }, ["E", "F"])
        XCTAssertEqual(excluded[0].reason, .missingInput([MissingInput(field: "basicExpenditure.publicFunds", term: "公用经费")]))
        XCTAssertEqual(excluded[1].reason, .zeroDenominator(term: "在职"))
    }

    func testEightDepartmentsFlagAnOutlier() throws {
        // Values 1…7 and 30 (公用经费 = value × 在职 2): Q1 2.75, Q3 6.25, fences −2.5, 11.5.
        let values = ["1", "2", "3", "4", "5", "6", "7", "30"]
        let departments = values.enumerated().map { index, value in
            member("部门\(index)", onDuty: 2, publicFunds: "\(dec(value) * 2)")
        }
        let stats = try group(departments)[.percapPublic]
        let fences = try XCTUnwrap(stats.fences)
        XCTAssertEqual(fences.q1, dec("2.75"))
        XCTAssertEqual(fences.q3, dec("6.25"))
        XCTAssertEqual(stats.standings.map(\.outlier), [nil, nil, nil, nil, nil, nil, nil, .high])
        XCTAssertEqual(stats.standings.last?.rank, 1)
        XCTAssertEqual(stats.median, dec("4.5"))
        XCTAssertEqual(stats.standings.last?.deviationFromMedian, dec("25.5"))
    }

    func testFewerThanEightValuesGiveNoFlags() throws {
        // Seven values with the same extreme, plus an eighth department without a value.
        var departments = ["1", "2", "3", "4", "5", "6", "30"].enumerated().map { index, value in
            member("部门\(index)", onDuty: 1, publicFunds: value)
        }
        departments.append(member("部门7", onDuty: 1))
        let stats = try group(departments)[.percapPublic]
        XCTAssertEqual(stats.count, 7)
        XCTAssertNil(stats.fences)
        XCTAssertTrue(stats.standings.allSatisfy { $0.outlier == nil })
    }

    func testPooledWithoutContributorsOrWithZeroDenominators() throws {
        let none = try group([member("A", onDuty: 3), member("B")])[.percapPublic]
        XCTAssertEqual(none.pooled.outcome, .noValue(.noDepartmentWithInputs))
        XCTAssertEqual(none.pooled.contributors, 0)
        XCTAssertNil(none.mean)
        XCTAssertNil(none.median)

        let zero = try group([member("A", onDuty: 0, publicFunds: "1"), member("B", onDuty: 0, publicFunds: "2")])[.percapPublic]
        XCTAssertEqual(zero.pooled.outcome, .noValue(.zeroDenominator(term: "Σ在职")))
        XCTAssertEqual(zero.pooled.numerator, dec("3"))
        XCTAssertEqual(zero.count, 0)
    }

    func testGroupsSplitByYearKindAndTag() {
        let departments = [
            member("A", year: 2024, kind: .budget),
            member("B", year: 2024, kind: .final),
            member("C", year: 2023, kind: .budget),
            member("D", year: 2024, kind: .budget, group: "驻京机构"),
            member("E", year: 2024, kind: .budget, group: " 驻京机构 "),
            member("F", year: 2024, kind: .budget, group: "  "),
        ]
        let groups = MetricGroup.groups(departments.map { DepartmentMetrics($0) })
        XCTAssertEqual(groups.map(\.key.label), ["2023年 预算", "2024年 预算", "2024年 预算 · 驻京机构", "2024年 决算"])
        XCTAssertEqual(groups.map(\.key.id), ["2023-budget", "2024-budget", "2024-budget-驻京机构", "2024-final"])
        XCTAssertEqual(groups.map { $0.departments.map(\.name) }, [["C"], ["A", "F"], ["D", "E"], ["B"]])
    }

    func testOrderDoesNotDependOnInput() {
        let departments = (0..<6).map { member("部门\($0 % 3)", onDuty: $0 + 1, publicFunds: "\($0)") }
        let files = departments.enumerated().map { DepartmentMetrics($1, file: "f\($0).yaml") }
        let forward = MetricGroup.groups(files)
        let backward = MetricGroup.groups(files.reversed())
        XCTAssertEqual(forward.map { $0.departments.map(\.file) }, backward.map { $0.departments.map(\.file) })
        XCTAssertEqual(forward[0].departments.map(\.file), ["f0.yaml", "f3.yaml", "f1.yaml", "f4.yaml", "f2.yaml", "f5.yaml"])
    }
}
