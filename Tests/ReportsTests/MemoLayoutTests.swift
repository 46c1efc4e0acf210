import Foundation
import OpenDocument
import XCTest
@testable import Reports

/// The template → document mapping documented in Templates/README.md.
final class MemoLayoutTests: XCTestCase {
    /// What the layout sees after rendering `template` (no variables).
    private func lines(_ template: String) -> [MemoLayout.Line] {
        MemoLayout.lines(MemoTemplates.markingParagraphBreaks(template))
    }

    func testLinePrefixesAndParagraphs() {
        XCTAssertEqual(lines("# 标题\n> （范围）\n## 一、总体情况\n### （一）收入\n第一句。\n第二句。\n\n第二段。\n注：说明。\n"), [
            .title("标题"), .centred("（范围）"), .heading1("一、总体情况"), .heading2("（一）收入"),
            .paragraph("第一句。第二句。"), .paragraph("第二段。"),
            .note("注：说明。"),
        ])
    }

    func testBlankTemplateLineEndsAParagraphButAnEmptyRenderedLineDoesNot() {
        // "a\n\nb" in the template: two paragraphs. A line whose sentences all
        // rendered to nothing leaves an empty line: it must not split.
        XCTAssertEqual(lines("a\n\nb"), [.paragraph("a"), .paragraph("b")])
        XCTAssertEqual(MemoLayout.lines("a\n\nb"), [.paragraph("ab")])
        XCTAssertEqual(lines("  a  \n\u{3000}b\n   \n c"), [.paragraph("ab"), .paragraph("c")])
        XCTAssertEqual(lines("\n\n\n"), [])
    }

    func testTableMarkerAndEmptyPrefixedLines() {
        XCTAssertEqual(lines("## 附表\n[[主要指标表]]\n注：x"), [.heading1("附表"), .table, .note("注：x")])
        XCTAssertEqual(lines("## \n# \ntext"), [.paragraph("text")])
    }

    func testAppendixStartsANewPageWithAFlushHeading() throws {
        let table = TextTable(columns: [.mm(10)], rows: [[TextTableCell("x")]])
        let blocks = MemoLayout.blocks(sections: [("staff", "## 二、人员配置\n正文"), ("appendix", "## 附表\n[[主要指标表]]")], table: table)
        XCTAssertEqual(blocks.count, 4)
        guard case .heading(let body, 1) = blocks[0], case .heading(let appendix, 1) = blocks[2], case .table = blocks[3] else {
            return XCTFail("\(blocks)")
        }
        XCTAssertFalse(body.style.pageBreakBefore)
        XCTAssertEqual(body.style.firstLineIndent, .characters(2, fontSize: 16))
        XCTAssertTrue(appendix.style.pageBreakBefore)
        XCTAssertNil(appendix.style.firstLineIndent)
    }

    func testRenderedSectionsKeepTheirOrder() throws {
        let templates = try MemoFixtures.templates()
        let context = MemoContext(group: try MemoFixtures.group(2024, .budget), findings: [], scope: MemoScope())
        XCTAssertEqual(templates.render(context).map(\.name), MemoTemplates.sectionNames)
    }

    func testScopeOverridesRegionAndSources() throws {
        let group = try MemoFixtures.group(2024, .budget)
        let context = MemoContext(group: group, findings: [], scope: MemoScope(region: "某某市", sources: ["甲.pdf", "乙.pdf"]))
        XCTAssertEqual(context.region, "某某市")
        XCTAssertEqual(context.sources, "甲.pdf、乙.pdf")
        let plain = MemoContext(group: group, findings: [], scope: MemoScope())
        XCTAssertEqual(plain.region, "新疆维吾尔自治区")
    }
}
