import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
import TestSupport
import XCTest
@testable import Reports

/// A synthetic region (model's deterministic generator) gives groups large
/// enough for medians, outliers and a key-metrics table over several pages.
final class MemoLargeGroupTests: XCTestCase {
    static func region() throws -> [MetricGroup] {
        let files = try SyntheticRegion.generate(.init(count: 40, seed: 7, finalPercent: 25, missingPercent: 20, inconsistencies: 4))
        let departments = files.compactMap { file in file.department.map { DepartmentMetrics($0, file: file.name) } }
        return MetricGroup.groups(departments)
    }

    private func write(_ group: MetricGroup) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memo-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(MemoWriter.fileName)
        let findings = group.departments.flatMap { DataChecks.run($0.department, file: $0.file ?? "") }
        try MemoWriter.write(group: group, findings: findings, templates: MemoFixtures.templates(), to: url)
        return url
    }

    func testLargeGroupSpeaksOfMediansAndRendersTheTableOverPages() throws {
        let groups = try Self.region()
        let group = try XCTUnwrap(groups.max { $0.departments.count < $1.departments.count })
        XCTAssertGreaterThanOrEqual(group.departments.count, 20)
        let url = try write(group)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let text = MemoFile.text(ofContent: try unzipEntry(url, "content.xml")).joined(separator: "\n")
        XCTAssertTrue(text.contains("\(group.departments.count)个部门"))
        XCTAssertTrue(text.contains("各部门中位数为"))
        XCTAssertTrue(text.contains("，高于中位数"))
        XCTAssertTrue(text.contains("，低于中位数"))
        for raw in ["{{", "}}", "[[", "Optional", "，。", "。。"] { XCTAssertFalse(text.contains(raw), raw) }
        try ODFCheck.assertValid(url)
        let rendering = try LibreOffice.render(url)
        defer { try? FileManager.default.removeItem(at: rendering.folder) }
        guard let pdftotext = Tools.which("pdftotext") else { return }
        // The header row repeats on every page the table spans.
        var pagesWithHeader = 0
        for page in 1...rendering.pngs.count {
            let pageText = try runProcess(pdftotext, ["-f", String(page), "-l", String(page), rendering.pdf.path, "-"]).stdout
                .filter { !$0.isWhitespace }
            // Cells of one row come out column by column: look for the parts.
            if pageText.hasPrefix("部门在职人"), pageText.contains("人均公用"), pageText.contains("三公经费") { pagesWithHeader += 1 }
        }
        XCTAssertGreaterThanOrEqual(pagesWithHeader, 2, "the key-metrics table spans pages with its header repeated")
    }
}
