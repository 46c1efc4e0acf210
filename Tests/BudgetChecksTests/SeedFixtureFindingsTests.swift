import BudgetChecks
import BudgetModel
import XCTest

/// The exact findings of the four hand-checked fixtures (Fixtures/*.yaml,
/// entered from Tests/Seeds). Every one was verified against the seed text:
/// they are disagreements of the published documents themselves.
final class SeedFixtureFindingsTests: XCTestCase {
    /// One expected finding: amounts as the document prints them; for a
    /// percentage, the stated value and the amounts it is recomputed from.
    private struct Expected {
        var rule: String
        var detail: String
        var severity: Finding.Severity
        var expected: Decimal
        var actual: Decimal
        var difference: Decimal
        var unit: Finding.Unit = .wanYuan
        var lines: [Int]? = nil

        /// An amount finding.
        static func amount(_ rule: String, _ detail: String, _ severity: Finding.Severity,
                           expected: String, actual: String, difference: String, lines: [Int]? = nil) -> Expected {
            Expected(rule: rule, detail: detail, severity: severity, expected: decimal(expected),
                     actual: decimal(actual), difference: decimal(difference), lines: lines)
        }

        /// A year-on-year percentage stated as `stated`, recomputed as change ÷ (current − change) × 100.
        static func yearOnYear(_ detail: String, _ severity: Finding.Severity, current: String, change: String,
                               stated: String, lines: [Int]) -> Expected {
            let recomputed = decimal(change) / (decimal(current) - decimal(change)) * 100
            return Expected(rule: "percent.year-on-year", detail: detail, severity: severity, expected: recomputed,
                            actual: decimal(stated), difference: decimal(stated) - recomputed,
                            unit: .percentagePoint, lines: lines)
        }
    }

    private func assertFindings(_ prefix: String, _ expected: [Expected],
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let url = try RepositoryFiles.fixture(prefix)
        let department = try DepartmentFile.load(url)
        let findings = DataChecks.run(department, file: url.lastPathComponent)
        XCTAssertEqual(findings.count, expected.count,
                       "findings:\n" + findings.map { "\($0.rule) \($0.detail)" }.joined(separator: "\n"),
                       file: file, line: line)
        for (finding, want) in zip(findings, expected) {
            let label = "\(want.rule) \(want.detail)"
            XCTAssertEqual(finding.rule, want.rule, label, file: file, line: line)
            XCTAssertEqual(finding.detail, want.detail, label, file: file, line: line)
            XCTAssertEqual(finding.severity, want.severity, label, file: file, line: line)
            XCTAssertEqual(finding.expected, want.expected, label, file: file, line: line)
            XCTAssertEqual(finding.actual, want.actual, label, file: file, line: line)
            XCTAssertEqual(finding.difference, want.difference, label, file: file, line: line)
            XCTAssertEqual(finding.unit, want.unit, label, file: file, line: line)
            XCTAssertEqual(finding.department, department.identity.name, label, file: file, line: line)
            XCTAssertEqual(finding.file, url.lastPathComponent, label, file: file, line: line)
            if let lines = want.lines { XCTAssertEqual(finding.lines, lines, label, file: file, line: line) }
            XCTAssertFalse(finding.lines.isEmpty, "fixtures carry provenance: \(label)", file: file, line: line)
        }
    }

    /// 新疆驻北京办事处 2024 预算: 款 20805 and Table 6's 301 and 总计 are off by
    /// 0.01 (the parts were rounded separately).
    func testSeed000() throws {
        try assertFindings("000", [
            .amount("function.subtotals", "表3 20805 行政事业单位养老支出 合计", .rounding,
                    expected: "193.04", actual: "193.03", difference: "-0.01", lines: [185, 186, 187, 188]),
            .amount("function.subtotals", "表3 20805 行政事业单位养老支出 基本支出", .rounding,
                    expected: "193.04", actual: "193.03", difference: "-0.01"),
            .amount("function.subtotals", "表5 20805 行政事业单位养老支出 合计", .rounding,
                    expected: "193.04", actual: "193.03", difference: "-0.01", lines: [259, 260, 261, 262]),
            .amount("function.subtotals", "表5 20805 行政事业单位养老支出 基本支出", .rounding,
                    expected: "193.04", actual: "193.03", difference: "-0.01"),
            .amount("basic.economic-subtotals", "表6 301 工资福利支出 合计", .rounding,
                    expected: "1004.98", actual: "1004.99", difference: "0.01",
                    lines: [285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295]),
            .amount("basic.economic-subtotals", "表6 301 工资福利支出 人员经费", .rounding,
                    expected: "1004.98", actual: "1004.99", difference: "0.01"),
            .amount("basic.economic-classes-sum-to-total", "表6 总计 合计", .rounding,
                    expected: "1292.85", actual: "1292.84", difference: "-0.01", lines: [284, 285, 296, 310]),
            .amount("basic.economic-classes-sum-to-total", "表6 总计 人员经费", .rounding,
                    expected: "1089.32", actual: "1089.31", difference: "-0.01", lines: [284, 285, 310]),
        ])
    }

    /// 自治区机关事务管理局 2024 预算: 0.01 differences in 款 20103, 20805,
    /// 21011 (Tables 3 and 5) and in Table 6 (总计 5,657.34 against 人员经费
    /// 5,348.93 + 公用经费 308.42 = 5,657.35; 302's 款 add up to 308.41); three
    /// year-on-year percentages that the rounding of their amounts explains.
    func testSeed001() throws {
        let function = { (detail: String, expected: String, actual: String, difference: String) in
            Expected.amount("function.subtotals", detail, .rounding,
                            expected: expected, actual: actual, difference: difference)
        }
        try assertFindings("001", [
            function("表3 20103 政府办公厅（室）及相关机构事务 合计", "16409.92", "16409.91", "-0.01"),
            function("表3 20103 政府办公厅（室）及相关机构事务 基本支出", "4050.69", "4050.68", "-0.01"),
            function("表3 20805 行政事业单位养老支出 合计", "834.10", "834.11", "0.01"),
            function("表3 20805 行政事业单位养老支出 基本支出", "834.10", "834.11", "0.01"),
            function("表3 21011 行政事业单位医疗 合计", "426.20", "426.19", "-0.01"),
            function("表3 21011 行政事业单位医疗 基本支出", "426.20", "426.19", "-0.01"),
            function("表5 20103 政府办公厅（室）及相关机构事务 合计", "14131.86", "14131.85", "-0.01"),
            function("表5 20103 政府办公厅（室）及相关机构事务 基本支出", "4050.69", "4050.68", "-0.01"),
            function("表5 20805 行政事业单位养老支出 合计", "834.10", "834.11", "0.01"),
            function("表5 20805 行政事业单位养老支出 基本支出", "834.10", "834.11", "0.01"),
            function("表5 21011 行政事业单位医疗 合计", "426.20", "426.19", "-0.01"),
            function("表5 21011 行政事业单位医疗 基本支出", "426.20", "426.19", "-0.01"),
            .amount("basic.personnel-plus-public", "表6 总计", .rounding,
                    expected: "5657.35", actual: "5657.34", difference: "-0.01", lines: [307]),
            .amount("basic.economic-subtotals", "表6 302 商品和服务支出 合计", .rounding,
                    expected: "308.41", actual: "308.42", difference: "0.01"),
            .amount("basic.economic-subtotals", "表6 302 商品和服务支出 公用经费", .rounding,
                    expected: "308.41", actual: "308.42", difference: "0.01"),
            .amount("basic.economic-classes-sum-to-total", "表6 总计 合计", .rounding,
                    expected: "5657.35", actual: "5657.34", difference: "-0.01", lines: [307, 308, 320, 335]),
            .yearOnYear("2101102 事业单位医疗 同比", .rounding,
                        current: "138.67", change: "39.64", stated: "40.02", lines: [561]),
            .yearOnYear("2101103 公务员医疗补助 同比", .rounding,
                        current: "202.05", change: "176.72", stated: "697.58", lines: [563]),
            .yearOnYear("机关运行经费 同比", .rounding,
                        current: "308.42", change: "17.88", stated: "6.16", lines: [853]),
        ])
    }

    /// 乌鲁木齐市驻北京联络处 2024 决算: the two 类 of 一般公共预算财政拨款支出
    /// (465.76 + 25.13) add up to 490.89, the total is 490.88.
    func testSeed002() throws {
        try assertFindings("002", [
            .amount("function.classes-sum-to-total", "表5 总计 合计", .rounding,
                    expected: "490.89", actual: "490.88", difference: "-0.01", lines: [104, 108, 109]),
        ])
    }

    /// 昌吉州驻北京联络处 2025 预算: the 类 add up to 0.01 less than the totals
    /// in Tables 1, 3, 4 and 5; 款 21011 and 302 are off by 0.01; and Table 6's
    /// 301 工资福利支出 states 125.98 while its 款 add up to 126.00 — the only
    /// difference beyond rounding in the four seeds.
    func testSeed004() throws {
        try assertFindings("004", [
            .amount("expenditure.classes-sum-to-total", "表1 支出总计", .rounding,
                    expected: "318.09", actual: "318.10", difference: "0.01", lines: [79, 86, 88, 98, 108]),
            .amount("fiscal.classes-sum-to-total", "表4 支出总计", .rounding,
                    expected: "205.09", actual: "205.10", difference: "0.01", lines: [189, 196, 198, 208, 218]),
            .amount("function.subtotals", "表3 21011 行政事业单位医疗 合计", .rounding,
                    expected: "7.33", actual: "7.32", difference: "-0.01", lines: [171, 172, 173, 174]),
            .amount("function.subtotals", "表3 21011 行政事业单位医疗 基本支出", .rounding,
                    expected: "7.33", actual: "7.32", difference: "-0.01"),
            .amount("function.subtotals", "表5 21011 行政事业单位医疗 合计", .rounding,
                    expected: "7.33", actual: "7.32", difference: "-0.01", lines: [243, 244, 245, 246]),
            .amount("function.subtotals", "表5 21011 行政事业单位医疗 基本支出", .rounding,
                    expected: "7.33", actual: "7.32", difference: "-0.01"),
            .amount("function.classes-sum-to-total", "表3 总计 合计", .rounding,
                    expected: "318.09", actual: "318.10", difference: "0.01", lines: [160, 161, 165, 170, 175]),
            .amount("function.classes-sum-to-total", "表3 总计 基本支出", .rounding,
                    expected: "145.09", actual: "145.10", difference: "0.01"),
            .amount("function.classes-sum-to-total", "表5 总计 合计", .rounding,
                    expected: "205.09", actual: "205.10", difference: "0.01", lines: [232, 233, 237, 242, 247]),
            .amount("function.classes-sum-to-total", "表5 总计 基本支出", .rounding,
                    expected: "145.09", actual: "145.10", difference: "0.01"),
            .amount("basic.economic-subtotals", "表6 301 工资福利支出 合计", .inconsistency,
                    expected: "126.00", actual: "125.98", difference: "-0.02",
                    lines: [264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274]),
            .amount("basic.economic-subtotals", "表6 301 工资福利支出 人员经费", .inconsistency,
                    expected: "126.00", actual: "125.98", difference: "-0.02"),
            .amount("basic.economic-subtotals", "表6 302 商品和服务支出 合计", .rounding,
                    expected: "18.38", actual: "18.39", difference: "0.01"),
            .amount("basic.economic-subtotals", "表6 302 商品和服务支出 公用经费", .rounding,
                    expected: "18.38", actual: "18.39", difference: "0.01"),
        ])
    }

    /// The percentages of seed 001 rounded for display, as an analyst reads them.
    func testSeed001PercentagesAsDisplayed() throws {
        let url = try RepositoryFiles.fixture("001")
        let percents = DataChecks.run(try DepartmentFile.load(url), file: "001.yaml").filter { $0.unit == .percentagePoint }
        XCTAssertEqual(percents.map { DecimalText.canonical($0.expected.rounded(scale: 4)) },
                       ["40.0283", "697.6707", "6.1541"])
        XCTAssertEqual(percents.map { DecimalText.canonical($0.tolerance) }, ["0.005", "0.005", "0.005"])
    }

    /// The checks catch a typo entered into a real fixture: 行政运行 keyed as
    /// 586.44 instead of 568.44 in Table 5 shows up in the 款 subtotal, the
    /// row's split and against the narrative.
    func testATypoInARealFixtureIsCaught() throws {
        var department = try DepartmentFile.load(try RepositoryFiles.fixture("000"))
        let index = try XCTUnwrap(department.fiscal?.generalBudgetByFunction?.firstIndex { $0.code == "2010301" })
        department.fiscal?.generalBudgetByFunction?[index].total = amount("586.44", line: 255)
        let added = DataChecks.run(department, file: "000.yaml").filter { $0.lines.contains(255) }
        XCTAssertEqual(added.map(\.rule), ["function.subtotals", "function.row-split", "narrative.matches-tables"])
        XCTAssertEqual(added.map(\.severity), [.inconsistency, .inconsistency, .inconsistency])
        XCTAssertEqual(added.map(\.difference), [decimal("-18.00"), decimal("18.00"), decimal("-18.00")])
    }
}
