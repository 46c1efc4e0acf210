import BudgetMetrics
import BudgetModel
import Foundation
import TestSupport
import XCTest
@testable import Reports

/// The memo file: strictly valid ODF 1.3, opens in LibreOffice, GB/T 9704
/// page and type, repeating table header, same bytes for the same input.
final class MemoDocumentTests: XCTestCase {
    func testEveryFixtureGroupIsStrictlyValidAndRendersInLibreOffice() throws {
        let templates = try MemoFixtures.templates()
        let groups = try MemoFixtures.groups()
        XCTAssertEqual(groups.map(\.key.label), ["2024年 预算", "2024年 决算", "2025年 预算"])
        XCTAssertEqual(groups.map(\.departments.count), [2, 1, 1])
        for group in groups {
            let url = try MemoFile.write(group, templates: templates)
            defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
            try ODFCheck.assertValid(url)
            let rendering = try LibreOffice.render(url)
            defer { try? FileManager.default.removeItem(at: rendering.folder) }
            XCTAssertGreaterThanOrEqual(rendering.pngs.count, 2, "body and the appendix on its own page")
            if let pdftotext = Tools.which("pdftotext") {
                // pdftotext puts spaces between Latin and CJK runs: compare without them.
                let text = try runProcess(pdftotext, [rendering.pdf.path, "-"]).stdout.filter { !$0.isWhitespace }
                XCTAssertTrue(text.contains("\(group.key.year)年度部门\(group.key.kind.chineseName)对比分析"), group.key.label)
                XCTAssertTrue(text.contains("—1—"), "page number of page 1")
                XCTAssertTrue(text.contains("附表"), group.key.label)
            }
        }
    }

    func testSameInputGivesSameBytes() throws {
        let group = try MemoFixtures.group(2024, .budget)
        let first = try MemoFile.write(group)
        let second = try MemoFile.write(group)
        defer {
            try? FileManager.default.removeItem(at: first.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: second.deletingLastPathComponent())
        }
        XCTAssertEqual(try Data(contentsOf: first), try Data(contentsOf: second))
    }

    func testGroupsCanBeWrittenInParallel() throws {
        let templates = try MemoFixtures.templates()
        let groups = try MemoFixtures.groups()
        let serial = try groups.map { try Data(contentsOf: MemoFile.write($0, templates: templates)) }
        let results = UnsafeResults(count: groups.count)
        DispatchQueue.concurrentPerform(iterations: groups.count) { index in
            results.set(index, Result { try Data(contentsOf: MemoFile.write(groups[index], templates: templates)) })
        }
        for (index, data) in serial.enumerated() { XCTAssertEqual(try results.get(index), data) }
    }

    func testPageAndTypeFollowGBT9704() throws {
        let url = try MemoFile.write(try MemoFixtures.group(2024, .budget))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let styles = try unzipEntry(url, "styles.xml")
        let content = try unzipEntry(url, "content.xml")
        for attribute in [#"fo:page-width="210mm""#, #"fo:page-height="297mm""#, #"fo:margin-top="37mm""#,
                          #"fo:margin-left="28mm""#, #"fo:margin-right="26mm""#] {
            XCTAssertTrue(styles.contains(attribute), attribute)
        }
        // The footer (7 mm below the type area, 6 mm high) sits inside the 35 mm bottom margin.
        XCTAssertTrue(styles.contains(#"fo:margin-bottom="22mm""#))
        XCTAssertTrue(styles.contains(#"fo:min-height="6mm" fo:margin-top="7mm""#), styles)
        XCTAssertTrue(styles.contains(#"<style:footer><text:p text:style-name="MP1">—<text:s/><text:page-number text:select-page="current"/><text:s/>—</text:p></style:footer>"#),
                      "page numbers “— N —”")
        XCTAssertTrue(styles.contains(#"fo:font-size="14pt""#), "page numbers in 四号")
        // 22 lines per page: fixed line height on every body paragraph.
        XCTAssertTrue(content.contains(#"fo:line-height="28.95pt""#))
        XCTAssertTrue(content.contains(#"fo:font-size="22pt""#), "title in 二号")
        XCTAssertTrue(content.contains(#"fo:font-size="16pt""#), "body in 三号")
        XCTAssertTrue(content.contains(#"fo:text-indent="32pt""#), "two-character first-line indent")
        XCTAssertTrue(content.contains(#"svg:font-family="方正小标宋简体, 'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC'""#), content)
        XCTAssertTrue(content.contains(#"style:name="黑体""#))
        XCTAssertTrue(content.contains(#"fo:font-size="10.5pt""#), "tables in 五号")
        XCTAssertTrue(content.contains("<table:table-header-rows>"), "header row repeats on every page")
        XCTAssertTrue(content.contains(#"fo:break-before="page""#), "the appendix starts a page")
        XCTAssertTrue(content.contains(#"<text:h text:style-name="#) && content.contains(#"text:outline-level="1">一、总体情况</text:h>"#))
    }

    func testValuesAreWrittenAsPlainTextNotHTML() throws {
        let group = try MemoFixtures.group(2024, .final)
        var member = group.departments[0].department
        member.identity.name = "A&B<局>“试点”"
        let renamed = MetricGroup(key: group.key, departments: [DepartmentMetrics(member, file: group.departments[0].file)])
        let url = try MemoFile.write(renamed)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let text = MemoFile.text(ofContent: try unzipEntry(url, "content.xml")).joined(separator: "\n")
        XCTAssertTrue(text.contains("本文对A&B<局>“试点”公开的2024年度部门决算进行分析。"), text)
        XCTAssertFalse(text.contains("&amp;"))
        XCTAssertFalse(text.contains("&lt;"))
    }
}

/// Results filled in by concurrent iterations, each index written once.
private final class UnsafeResults: @unchecked Sendable {
    private var values: [Result<Data, Error>?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Result<Data, Error>) { lock.withLock { values[index] = value } }
    func get(_ index: Int) throws -> Data { try lock.withLock { values[index] }!.get() }
}
