import BudgetMetrics
import BudgetModel
import XCTest

/// The four seed departments fall into four groups: different years, kinds
/// and tags are never compared.
final class SeedGroupTests: XCTestCase {
    func testSeedsAreGroupedByYearKindAndTag() throws {
        let departments = try [SeedFigures.beijingOffice2024, SeedFigures.agencyAffairs2024,
                               SeedFigures.urumqiOffice2024Final, SeedFigures.changjiOffice2025]
            .map { DepartmentMetrics(try department($0)) }
        let groups = MetricGroup.groups(departments)
        XCTAssertEqual(groups.map(\.key.label),
                       ["2024年 预算", "2024年 预算 · 驻京机构", "2024年 决算 · 驻京机构", "2025年 预算 · 驻京机构"])
        for group in groups {
            XCTAssertEqual(group.departments.count, 1)
            let only = group.departments[0]
            for stats in group.statistics {
                // One member: pooled = mean = median = its value; rank 1, deviation 0.
                XCTAssertEqual(stats.mean, only[stats.metric].value, stats.metric.rawValue)
                XCTAssertEqual(stats.median, only[stats.metric].value, stats.metric.rawValue)
                XCTAssertEqual(stats.pooled.value, only[stats.metric].value, stats.metric.rawValue)
                XCTAssertEqual(stats.standings[0].rank, only[stats.metric].value == nil ? nil : 1)
                XCTAssertEqual(stats.standings[0].deviationFromMedian, only[stats.metric].value == nil ? nil : 0)
            }
        }
    }

    func testTwoOfficesInOneGroupPoolTheirFigures() throws {
        // The 2024 驻京机构 budget group with a second (constructed) office whose
        // figures are the 2025 Changji budget's, moved to 2024.
        var changji = try department(SeedFigures.changjiOffice2025)
        changji.identity.year = 2024
        let group = try XCTUnwrap(MetricGroup.groups([
            DepartmentMetrics(try department(SeedFigures.beijingOffice2024)), DepartmentMetrics(changji),
        ]).first)
        XCTAssertEqual(group.departments.map(\.name), ["新疆维吾尔自治区人民政府驻北京办事处", "昌吉回族自治州人民政府驻北京联络处"])
        let stats = group[.percapPublic]
        XCTAssertEqual(stats.pooled.value, (dec("203.53") + dec("18.39")) / (dec("44") + dec("7")))
        XCTAssertEqual(stats.mean, (dec("203.53") / dec("44") + dec("18.39") / dec("7")) / 2)
        XCTAssertEqual(stats.median, stats.mean)
        XCTAssertEqual(stats.standings.map(\.rank), [1, 2])
        // 三公 share: pooled over 财政拨款支出.
        XCTAssertEqual(group[.sangongShare].pooled.value, (dec("49.81") + dec("4.96")) / (dec("3994.84") + dec("205.10")))
        // mix.carryover: Changji's 0 (Table 11 stated empty) counts in the pool.
        XCTAssertEqual(group[.mixCarryover].pooled.value, (dec("167.00") + dec("0")) / (dec("4161.84") + dec("318.10")))
    }
}
