@testable import DisclosureImport
import XCTest

/// Finding the structure: parts and sections (for "说明N" provenance), and
/// tables by their titles, whatever their numbering and wherever the
/// table of contents repeats the titles.
final class StructureTests: XCTestCase {
    private func text(_ lines: [String]) -> SourceText { SourceText(lines.joined(separator: "\n")) }

    func testTablesAreFoundByTitleNotByTableOfContents() throws {
        let seed = try SeedFiles.seed("000")
        let source = SourceText(seed.text)
        let outline = DocumentOutline(source)
        let tables = TableLocator.locate(source, outline: outline)
        XCTAssertEqual(tables.map(\.kind), TableKind.allCases)
        XCTAssertEqual(tables.map(\.label), (1...11).map { "表\($0)" })
        XCTAssertEqual(tables.first?.titleLine, 87)
        XCTAssertEqual(tables.last?.lines.upperBound, 395, "表11 ends where 第三部分 begins")
        // The contents (lines 16–26) name every table but are not tables.
        XCTAssertTrue(tables.allSatisfy { $0.titleLine > 83 })
    }

    func testOutlineLabelsNarrativeSections() throws {
        let source = SourceText(try SeedFiles.seed("000").text)
        let outline = DocumentOutline(source)
        XCTAssertEqual(outline.label(ofLine: 81), "概况")
        XCTAssertEqual(outline.label(ofLine: 410), "说明二")
        XCTAssertEqual(outline.label(ofLine: 515), "说明十")
        XCTAssertEqual(outline.label(ofLine: 535), "说明十二")
        XCTAssertEqual(outline.label(ofLine: 30), "说明", "table of contents: no numbered section")
        XCTAssertEqual(outline.role(ofLine: 200), .tables)
        XCTAssertEqual(outline.role(ofLine: 600), .glossary)
    }

    func testTitleVariants() {
        XCTAssertEqual(TableLocator.tableNumber("表1")?.0, 1)
        XCTAssertEqual(TableLocator.tableNumber("表11部门收支")?.1, "部门收支")
        XCTAssertEqual(TableLocator.tableNumber("附表3:")?.0, 3)
        XCTAssertEqual(TableLocator.tableNumber("表三")?.0, 3)
        XCTAssertNil(TableLocator.tableNumber("表格说明"))
        XCTAssertEqual(TableKind.classify(title: "财政拨款\"三公\"经费支出情况表"), .sangong)
        XCTAssertEqual(TableKind.classify(title: "一般公共预算基本支出情况表(续)"), .basic)
        XCTAssertEqual(TableKind.classify(title: "部门收支总表"), .overview)
        XCTAssertEqual(TableKind.classify(title: "财政拨款收支总表"), .fiscal)
        XCTAssertNil(TableKind.classify(title: "项目支出绩效目标表"))
        XCTAssertNil(TableKind.classify(title: "政府性基金预算支出情况表为空表"))
        XCTAssertNil(TableKind.classify(title: "关于2024年收入预算情况说明"))
    }

    func testContentsListingTablesIsNotTables() {
        let source = text([
            "某某局", "2024年部门预算公开", "表1 部门收支总体情况表", "表2 部门收入总体情况表", "表3 部门支出总体情况表", "",
            "表3 部门支出总体情况表", "单位：万元", "科目\t合计", "\t总计\t1.00",
        ])
        let tables = TableLocator.locate(source, outline: DocumentOutline(source))
        XCTAssertEqual(tables.map(\.titleLine), [7])
    }

    func testTitleOnTheNumberLineAndUnnumberedTitle() {
        let source = text([
            "某某局", "2024年部门预算公开", "第二部分 2024年部门预算公开表",
            "表3 部门支出总体情况表", "单位：万元", "科目\t合计", "\t总计\t1.00",
            "一般公共预算支出情况表", "编制部门：某某局", "\t总计\t1.00",
        ])
        let tables = TableLocator.locate(source, outline: DocumentOutline(source))
        XCTAssertEqual(tables.map(\.kind), [.expenditure, .generalBudget])
        XCTAssertEqual(tables.map(\.label), ["表3", "表5"])
        XCTAssertEqual(tables[0].lines, 5...7)
    }
}
