import BudgetMetrics
import BudgetModel
import Foundation
import TestSupport
import XCTest
@testable import Reports

/// What leaders read: the key sentences of the memos of the seed fixtures,
/// checked in the written file's content.xml against figures computed here
/// from the fixtures' own numbers.
final class MemoContentTests: XCTestCase {
    private func memoText(_ year: Int, _ kind: DisclosureKind) throws -> (text: String, group: MetricGroup) {
        let group = try MemoFixtures.group(year, kind)
        let url = try MemoFile.write(group)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        return (MemoFile.text(ofContent: try unzipEntry(url, "content.xml")).joined(separator: "\n"), group)
    }

    private func department(_ group: MetricGroup, _ prefix: String) throws -> Department {
        try XCTUnwrap(group.departments.first { $0.name.hasPrefix(prefix) }?.department)
    }

    func testTitleAndScope() throws {
        let (text, _) = try memoText(2024, .budget)
        XCTAssertTrue(text.hasPrefix("2024年度部门预算对比分析\n（新疆维吾尔自治区　2个部门）\n"), String(text.prefix(80)))
        XCTAssertTrue(text.contains("本文对新疆维吾尔自治区人民政府驻北京办事处（以下简称新疆驻北京办事处）、新疆维吾尔自治区机关事务管理局（以下简称自治区机关事务管理局）共2个部门公开的2024年度部门预算进行对比分析。"))
        XCTAssertTrue(text.contains("资料来源：000_48bb68b1a07c75d5.txt、001_0566f4c83be83170.txt。"))
        for heading in ["一、总体情况", "二、人员配置", "三、公用经费", "四、“三公”经费", "五、项目支出与执行", "六、数据质量", "附表"] {
            XCTAssertTrue(text.contains("\n\(heading)\n"), heading)
        }
    }

    func testHighestAndLowestPublicFundsPerPerson() throws {
        let (text, group) = try memoText(2024, .budget)
        // 公用经费 / 在职, from the fixtures' own figures.
        let office = try department(group, "新疆维吾尔自治区人民政府驻北京办事处")
        let bureau = try department(group, "新疆维吾尔自治区机关事务管理局")
        let officeValue = try XCTUnwrap(office.basicExpenditure?.publicFunds?.value) / Decimal(try XCTUnwrap(office.staff?.onDuty?.value))
        let bureauValue = try XCTUnwrap(bureau.basicExpenditure?.publicFunds?.value) / Decimal(try XCTUnwrap(bureau.staff?.onDuty?.value))
        XCTAssertGreaterThan(officeValue, bureauValue)
        let high = ChineseNumber.grouped(officeValue), low = ChineseNumber.grouped(bureauValue)
        XCTAssertEqual([high, low], ["4.63", "0.53"])
        XCTAssertTrue(text.contains("人均公用经费最高的是新疆驻北京办事处，为\(high)万元/人；最低的是自治区机关事务管理局，为\(low)万元/人，两者相差4.10万元/人，前者是后者的8.79倍。"), text)
        // The group taken as one unit: Σ公用经费 / Σ在职 = (203.53 + 308.42) / (44 + 586).
        XCTAssertTrue(text.contains("按全组合计口径计算为0.81万元/人。"))
        XCTAssertTrue(text.contains("2个部门一般公共预算基本支出中的公用经费共511.95万元。"))
    }

    func testTotalsUseThousandsSeparators() throws {
        let (text, _) = try memoText(2024, .budget)
        XCTAssertTrue(text.contains("2个部门收入总计共22,465.86万元，支出总计共22,465.86万元。"))
        XCTAssertTrue(text.contains("支出总计最高的是自治区机关事务管理局，为18,304.02万元；最低的是新疆驻北京办事处，为4,161.84万元，两者相差14,142.18万元"))
    }

    func testYearOnYearSignsBecomeWords() throws {
        let (text, _) = try memoText(2024, .budget)
        XCTAssertTrue(text.contains("自治区机关事务管理局“三公”经费68.30万元，比上年预算增加3.30万元，增长5.08%。"))
        XCTAssertTrue(text.contains("新疆驻北京办事处“三公”经费49.81万元，与上年预算持平。"))
        XCTAssertTrue(text.contains("自治区机关事务管理局项目支出12,646.68万元，比上年预算减少1,569.88万元，下降11.04%。"))
        XCTAssertFalse(text.contains("增加-"))
        XCTAssertFalse(text.contains("增长-"))
    }

    func testComponentLeftOutIsNamedWithItsReason() throws {
        let (text, _) = try memoText(2024, .budget)
        XCTAssertTrue(text.contains("2个部门财政拨款“三公”经费共118.11万元，其中公务接待费1.90万元（自治区机关事务管理局未列明公务接待费），公务用车购置及运行费116.21万元。"))
    }

    func testExecutionMetricsDoNotApplyToABudget() throws {
        let (text, _) = try memoText(2024, .budget)
        XCTAssertTrue(text.contains("本组为部门预算，不作比较。"))
        XCTAssertFalse(text.contains("项目执行率为"))
    }

    func testFinalAccountOfOneDepartmentReadsNaturally() throws {
        let (text, _) = try memoText(2024, .final)
        XCTAssertTrue(text.contains("本组仅此1个部门，以下各项为该部门自身情况，不作部门间比较。"))
        XCTAssertTrue(text.contains("乌鲁木齐市人民政府驻北京联络处收入总计550.53万元，本年支出合计550.53万元。"))
        XCTAssertTrue(text.contains("人均公用经费为4.36万元/人。"))
        XCTAssertTrue(text.contains("项目执行率为100.00%。"))
        XCTAssertTrue(text.contains("预决算差异率为-9.77%。"))
        XCTAssertTrue(text.contains("“三公”经费23.40万元，比上年减少1.30万元，下降5.26%。"))
        // Left out, with the reason.
        XCTAssertTrue(text.contains("乌鲁木齐市人民政府驻北京联络处未列明编制数，无法计算编制使用率。"))
        XCTAssertTrue(text.contains("乌鲁木齐市人民政府驻北京联络处未列明编制数，编制使用率、实有人数与编制比无法计算。"))
        for phrase in ["最高", "最低", "第1", "并列", "中位数", "两者相差", "全组", "各部门均"] {
            XCTAssertFalse(text.contains(phrase), "a group of one must not compare: \(phrase)")
        }
    }

    func testSingleBudgetDepartmentDoesNotCompareEither() throws {
        let (text, _) = try memoText(2025, .budget)
        XCTAssertTrue(text.contains("昌吉回族自治州人民政府驻北京联络处编制数8人，在职人数7人，离退休人员4人。"))
        XCTAssertTrue(text.contains("编制使用率为87.50%。"))
        for phrase in ["最高", "最低", "并列", "中位数", "两者相差", "全组"] {
            XCTAssertFalse(text.contains(phrase), phrase)
        }
    }

    func testDataCheckFindingsInPlainWords() throws {
        let (text, _) = try memoText(2025, .budget)
        XCTAssertTrue(text.contains("共发现差异14处，其中不一致2处、尾差12处。"))
        XCTAssertTrue(text.contains("昌吉回族自治州人民政府驻北京联络处：经济分类款级科目之和应等于所属类级科目，表6 301 工资福利支出 合计、人员经费公开数为125.98万元，按规则核算应为126.00万元，少0.02万元（原文第264—274行）。"))
        XCTAssertTrue(text.contains("昌吉回族自治州人民政府驻北京联络处有尾差12处，系四舍五入所致"))
        let (budget, _) = try memoText(2024, .budget)
        XCTAssertTrue(budget.contains("共发现尾差27处，未发现超出尾差的不一致。"))
    }

    func testNoPlaceholderOrRawValueAnywhere() throws {
        for (year, kind) in [(2024, DisclosureKind.budget), (2024, .final), (2025, .budget)] {
            let (text, _) = try memoText(year, kind)
            for raw in ["{{", "}}", "[[", "]]", "Optional", "nil", "false", "true", "NaN", "\u{2029}", "，。", "。。", "，，"] {
                XCTAssertFalse(text.contains(raw), "\(year) \(kind): \(raw)")
            }
        }
    }

    func testKeyMetricsTableHasOneRowPerDepartmentAndSummaryRows() throws {
        let group = try MemoFixtures.group(2024, .budget)
        let table = KeyMetricsTable.table(group)
        XCTAssertEqual(table.headerRows.count, 1)
        XCTAssertEqual(table.rows.map { MemoFixtures.text($0[0].paragraphs[0]) }, ["新疆驻北京办事处", "自治区机关事务管理局", "中位数", "全组"])
        XCTAssertEqual(table.rows[0].flatMap(\.paragraphs).map(MemoFixtures.text),
                       ["新疆驻北京办事处", "44", "4,161.84", "73.33%", "4.63", "1.13", "1.25%", "68.94%"])
        XCTAssertEqual(table.rows[3].flatMap(\.paragraphs).map(MemoFixtures.text),
                       ["全组", "630", "22,465.86", "149.29%", "0.81", "0.19", "0.59%", "69.06%"])
        XCTAssertEqual(table.columns.reduce(0) { $0 + $1.value }, 156, accuracy: 0.001, "the type area's width")
        let single = KeyMetricsTable.table(try MemoFixtures.group(2024, .final))
        XCTAssertEqual(single.rows.count, 1)
        XCTAssertEqual(single.rows[0].flatMap(\.paragraphs).map(MemoFixtures.text),
                       ["乌鲁木齐市人民政府驻北京联络处", "13", "550.53", "4.36", "1.80", "4.77%", "100.00%", "-9.77%"])
    }
}
