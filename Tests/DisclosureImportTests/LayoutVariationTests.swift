import BudgetModel
@testable import DisclosureImport
import XCTest

/// The parser reads structure, not four files: the same disclosure written
/// in other layouts seen in the field gives the same figures (or, where a
/// layout loses information, the figures it can still tell apart, with the
/// rest reported).
final class LayoutVariationTests: XCTestCase {
    private func lines(_ prefix: String) throws -> (name: String, lines: [String]) {
        let seed = try SeedFiles.seed(prefix)
        return (seed.name, seed.text.components(separatedBy: "\n"))
    }

    private func importLines(_ lines: [String], file: String = "variant.txt") throws -> ImportResult {
        try DisclosureImporter.importText(lines.joined(separator: "\n"), file: file)
    }

    /// Every figure and row: value, line and table (names and file excluded).
    private func figures(_ department: Department) throws -> [String: String] {
        try FieldPaths.flatten(department).filter { key, _ in
            !key.hasSuffix(".name") && !key.hasSuffix(".unit") && !key.hasPrefix("identity") && !key.hasSuffix(".text")
                && !key.contains("emptyTables")
        }
    }

    private func assertSameFigures(_ variant: ImportResult, _ original: ImportResult, file: StaticString = #filePath,
                                   line: UInt = #line) throws {
        let a = try figures(variant.department), b = try figures(original.department)
        let differing = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
        XCTAssertTrue(differing.isEmpty, "differ: " + differing.prefix(12).map { "\($0) \(a[$0] ?? "—") vs \(b[$0] ?? "—")" }
            .joined(separator: "; "), file: file, line: line)
        XCTAssertGreaterThan(b.count, 200, file: file, line: line)
    }

    func testFullWidthDigitsAndPunctuation() throws {
        for prefix in ["000", "002"] {
            let (name, original) = try lines(prefix)
            let fullWidth = original.map { line in
                String(String.UnicodeScalarView(line.unicodeScalars.map { s in
                    if "0123456789%.:,;()".unicodeScalars.contains(s) { return Unicode.Scalar(s.value + 0xFEE0)! }
                    return s
                }))
            }
            try assertSameFigures(try importLines(fullWidth), try importLines(original, file: name))
        }
    }

    func testNonBreakingAndIdeographicSpacesAndNoThousandsSeparators() throws {
        let (name, original) = try lines("001")
        let variant = original.map { line -> String in
            var l = line.replacingOccurrences(of: " ", with: "\u{3000}")
            // "3,994.84" → "3994.84"
            l = l.replacingOccurrences(of: #"(\d),(\d{3})"#, with: "$1$2", options: .regularExpression)
            return l.replacingOccurrences(of: "万元", with: "\u{A0}万元")
        }
        try assertSameFigures(try importLines(variant), try importLines(original, file: name))
    }

    func testTitleOnTheSameLineAsTheTableNumber() throws {
        let (name, original) = try lines("004")
        var variant = original
        for (index, line) in original.enumerated() where line.hasPrefix("表 ") && index + 2 < original.count {
            // "表 1" / "" / "部门收支总体情况表" → "表1 部门收支总体情况表" / "" / "" (line numbers kept).
            variant[index] = "表" + line.dropFirst(2) + " " + original[index + 2]
            variant[index + 2] = ""
        }
        let result = try importLines(variant)
        XCTAssertEqual(result.report.tablesFound.count, 11, result.report.text)
        try assertSameFigures(result, try importLines(original, file: name))
    }

    func testNumberingStyles() throws {
        let (name, original) = try lines("000")
        let variant = original.map { line -> String in
            var l = line
            for n in 1...12 { l = l.replacingOccurrences(of: "- \(n)、", with: "\(n). ") }
            l = l.replacingOccurrences(of: "（一）", with: "(一)").replacingOccurrences(of: "1、", with: "1.")
            return l
        }
        try assertSameFigures(try importLines(variant), try importLines(original, file: name))
    }

    func testHeaderRepeatedMidTableOnANewPage() throws {
        let (_, original) = try lines("000")
        // Table 3 rows 184–196 move to a "new page" with the header block repeated.
        let header = ["", "编制部门：新疆维吾尔自治区人民政府驻北京办事处", "", "单位：万元", "",
                      "科目\t\t\t支出预算\t\t", "功能分类科目编码\t\t功能分类科目名称\t合计\t基本支出\t项目支出",
                      "类\t款\t\t\t\t", "※\t※\t※\t1\t2\t3"]
        let variant = Array(original[0..<183]) + header + Array(original[183...])
        let result = try importLines(variant)
        let rows = try XCTUnwrap(result.department.expenditure?.byFunction)
        XCTAssertEqual(rows.count, 18)
        let pension = try XCTUnwrap(rows.first { $0.code == "2080505" })
        XCTAssertEqual(pension.total?.value, Decimal(string: "108.71"))
        XCTAssertEqual(pension.basic?.value, Decimal(string: "108.71"))
        XCTAssertEqual(pension.line, 188 + header.count)
        XCTAssertFalse(result.report.entries.contains { $0.kind == .unreadable }, result.report.text)
    }

    func testRowsWrappedOverTwoLines() throws {
        let text = """
        某某局
        2024年部门预算公开
        第二部分 2024年部门预算公开表
        表3
        部门支出总体情况表
        单位：万元
        功能分类科目编码\t\t\t功能分类科目名称\t合计\t基本支出\t项目支出
        ※\t※\t※\t※\t1\t2\t3
        \t\t\t总计\t100.00\t60.00\t40.00
        201\t\t\t一般公共服务支出\t100.00\t60.00\t40.00
        201\t03\t\t政府办公厅（室）及相关机构事务\t100.00\t60.00\t40.00
        201\t03\t99\t其他政府办公厅（室）及相关
        \t\t\t机构事务支出\t40.00\t\t40.00
        201\t03\t01\t行政运行（本级机关
        \t\t\t运行）\t60.00\t60.00\t
        201\t03\t50\t事业运行
        \t\t\t\t\t\t
        """
        let result = try DisclosureImporter.importText(text, file: "wrapped.txt")
        let rows = try XCTUnwrap(result.department.expenditure?.byFunction)
        XCTAssertEqual(rows.map(\.code), ["201", "20103", "2010399", "2010301"])
        XCTAssertEqual(rows[2].name, "其他政府办公厅（室）及相关机构事务支出")
        XCTAssertEqual(rows[2].line, 12)
        XCTAssertEqual(rows[2].project?.value, 40)
        XCTAssertNil(rows[2].basic)
        XCTAssertEqual(rows[3].name, "行政运行（本级机关运行）")
        XCTAssertEqual(rows[3].basic?.value, 60)
    }

    func testSpaceSeparatedTablesKeepWhatTheyCanTell() throws {
        let (name, original) = try lines("000")
        let variant = original.map { line in
            line.contains("\t") ? line.split(separator: "\t").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                .joined(separator: " ") : line
        }
        let spaced = try importLines(variant)
        let tabbed = try importLines(original, file: name)
        let d = spaced.department, t = tabbed.department
        // Two-sided tables, totals, codes, names and 合计 columns are all read.
        XCTAssertEqual(d.revenue, t.revenue)
        XCTAssertEqual(d.expenditure?.byClass, t.expenditure?.byClass)
        XCTAssertEqual(d.expenditure?.byFunction?.map(\.code), t.expenditure?.byFunction?.map(\.code))
        XCTAssertEqual(d.expenditure?.byFunction?.map(\.total), t.expenditure?.byFunction?.map(\.total))
        XCTAssertEqual(d.expenditure?.byFunction?.map(\.name), t.expenditure?.byFunction?.map(\.name))
        XCTAssertEqual(d.fiscal?.byClass, t.fiscal?.byClass)
        XCTAssertEqual(d.basicExpenditure?.total, t.basicExpenditure?.total)
        XCTAssertEqual(d.basicExpenditure?.personnel, t.basicExpenditure?.personnel)
        // 人员经费/公用经费 are told by the economic class (301/303 vs 302).
        XCTAssertEqual(d.basicExpenditure?.byEconomicClass, t.basicExpenditure?.byEconomicClass)
        XCTAssertEqual(d.projects?.map(\.name), ["专项业务费"])
        XCTAssertEqual(d.projects?.map(\.amount), t.projects?.map(\.amount))
        XCTAssertEqual(d.sangong, t.sangong)
        XCTAssertEqual(d.yearOnYear, t.yearOnYear)
        // Where a value's column cannot be told (基本 or 项目?), it stays absent and is reported.
        XCTAssertNil(d.expenditure?.byFunction?.first { $0.code == "2010301" }?.basic)
        XCTAssertTrue(spaced.report.entries.contains { $0.kind == .ambiguous && $0.line == 181 }, spaced.report.text)
    }
}
