import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument
@testable import Reports
import TestSupport
import XCTest

/// The one-page department profile: its figures, metrics, ranks and
/// findings, checked against the model, the metrics and the data checks.
final class ProfileContentTests: XCTestCase {
    /// The seed fixtures grouped as the batch groups them.
    private func fixtureGroups() throws -> [(group: MetricGroup, findings: [[Finding]])] {
        let files = try FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let members = try files.map { DepartmentMetrics(try DepartmentFile.load(fixturesFolder.appendingPathComponent($0)), file: $0) }
        return MetricGroup.groups(members).map { group in
            (group, group.departments.map { DataChecks.run($0.department, file: $0.file!) })
        }
    }

    private func profile(named prefix: String) throws -> DepartmentProfile {
        for (group, findings) in try fixtureGroups() {
            if let index = group.departments.firstIndex(where: { $0.file!.hasPrefix(prefix) }) {
                return DepartmentProfile(group: group, index: index, findings: findings[index], file: group.departments[index].file!)
            }
        }
        throw XCTSkip("no fixture \(prefix)")
    }

    /// Every paragraph and table cell of the document, as text, in order.
    private func texts(_ document: TextDocument) -> [String] {
        func text(_ paragraph: Paragraph) -> String {
            paragraph.content.map { inline -> String in
                if case .text(let text, _) = inline { return text }
                return ""
            }.joined()
        }
        return document.body.flatMap { block -> [String] in
            switch block {
            case .paragraph(let p), .heading(let p, _): return [text(p)]
            case .table(let table): return (table.headerRows + table.rows).joined().flatMap(\.paragraphs).map(text)
            }
        }
    }

    private func tables(_ document: TextDocument) -> [TextTable] {
        document.body.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
    }

    private func cellText(_ cell: TextTableCell) -> String {
        cell.paragraphs.flatMap(\.content).map { if case .text(let t, _) = $0 { return t } else { return "" } }.joined()
    }

    func testHeaderNamesTheDepartmentGroupAndFile() throws {
        let profile = try profile(named: "000")
        let lines = texts(profile.document())
        XCTAssertEqual(lines[0], "新疆维吾尔自治区人民政府驻北京办事处")
        XCTAssertEqual(lines[1], "2024年度部门预算　单位概况")
        XCTAssertEqual(lines[2], "比较组：2024年 预算，共2个单位")
        XCTAssertTrue(lines[3].hasPrefix("数据文件：000-新疆驻北京办事处-2024-预算.yaml"), lines[3])
        XCTAssertEqual(profile.document().metadata.title, "新疆维吾尔自治区人民政府驻北京办事处 2024年度部门预算 单位概况")
    }

    /// Figures as the file states them, with their source; absent ones "—".
    func testFiguresComeFromTheDepartmentWithTheirSource() throws {
        let profile = try profile(named: "000")
        let department = profile.department
        let figures = ProfileFigure.figures(of: department)
        XCTAssertEqual(figures.count, 15)
        let onDuty = try XCTUnwrap(figures.first { $0.term == "在职人数（人）" })
        XCTAssertEqual(onDuty.text, "44")
        XCTAssertEqual(onDuty.source, "概况 第81行")
        let publicFunds = try XCTUnwrap(figures.first { $0.term == "公用经费" })
        XCTAssertEqual(publicFunds.text, MetricFormat.fixed(department.basicExpenditure!.publicFunds!.value, decimals: 2))
        XCTAssertEqual(publicFunds.text, "203.53")

        var stripped = department
        stripped.staff?.authorized = nil
        stripped.operatingCost = nil
        let missing = ProfileFigure.figures(of: stripped)
        XCTAssertEqual(missing.first { $0.term == "编制数（人）" }?.text, "—")
        XCTAssertEqual(missing.first { $0.term == "机关运行经费" }?.text, "—")
        XCTAssertEqual(missing.first { $0.term == "机关运行经费" }?.source, "")

        let table = tables(profile.document())[0]
        XCTAssertEqual(table.rows.count, 8, "15 figures, two per row")
        XCTAssertEqual(table.rows.flatMap { $0 }.map(cellText).filter { $0 == "44" }.count, 1)
    }

    /// One row per metric that applies to the kind (15 for 预算, 18 for 决算),
    /// with value, rank, median and deviation from the group statistics.
    func testMetricRowsFollowTheGroupStatistics() throws {
        for prefix in ["000", "001", "002"] {
            let profile = try profile(named: prefix)
            let table = tables(profile.document())[1]
            let kind = profile.department.identity.kind
            XCTAssertEqual(table.rows.count, kind == .budget ? 15 : 18, prefix)
            for (row, metric) in zip(table.rows, profile.applicableMetrics) {
                let statistics = profile.group[metric]
                let standing = statistics.standings[profile.index]
                let unit = metric.definition.unit
                XCTAssertTrue(cellText(row[0]).hasPrefix(metric.definition.name), cellText(row[0]))
                XCTAssertEqual(cellText(row[1]), MetricFormat.display(profile.metrics[metric]))
                XCTAssertEqual(cellText(row[2]), standing.rank.map { "\($0)/\(statistics.count)" } ?? "—")
                XCTAssertEqual(cellText(row[3]), MetricFormat.display(statistics.median, unit: unit))
                if let reason = profile.metrics[metric].reason {
                    XCTAssertEqual(cellText(row[4]), "—")
                    XCTAssertEqual(cellText(row[5]), DepartmentProfile.reason(reason))
                }
            }
        }
        // 000 and 001 share the 2024 budget group: one ranks 1, the other 2, where both have a value.
        let first = try profile(named: "000"), second = try profile(named: "001")
        let rankFirst = first.group[.percapPublic].standings[first.index].rank
        let rankSecond = second.group[.percapPublic].standings[second.index].rank
        XCTAssertEqual(Set([rankFirst, rankSecond]), [1, 2])
    }

    func testReasonsNameTheMissingInputsByTerm() {
        let missing = NoValueReason.missingInput([MissingInput(field: "staff.authorized", term: "编制数"),
                                                  MissingInput(field: "staff.onDuty", term: "在职")])
        XCTAssertEqual(DepartmentProfile.reason(missing), "缺少输入：编制数、在职")
        let zero = NoValueReason.zeroDenominator(term: "编制数")
        XCTAssertEqual(DepartmentProfile.reason(zero), zero.description)
    }

    func testDeviationAndLineFormatting() {
        XCTAssertEqual(DepartmentProfile.deviation(Decimal(string: "0.012345"), unit: .percent), "+1.23个百分点")
        XCTAssertEqual(DepartmentProfile.deviation(Decimal(string: "-0.455"), unit: .wanYuanPerPerson), "-0.46")
        XCTAssertEqual(DepartmentProfile.deviation(0, unit: .personsPerPerson), "0.00")
        XCTAssertEqual(DepartmentProfile.deviation(Decimal(string: "-0.000001"), unit: .percent), "0.00个百分点")
        XCTAssertEqual(DepartmentProfile.deviation(nil, unit: .percent), "—")
        XCTAssertEqual(DepartmentProfile.lineRanges([79, 86, 264, 265, 266, 267]), "79、86、264–267")
        XCTAssertEqual(DepartmentProfile.lineRanges([1, 2, 4, 5, 6]), "1、2、4–6")
        XCTAssertEqual(DepartmentProfile.lineRanges([7]), "7")
    }

    /// The summary counts every finding; the table lists inconsistencies
    /// first, at most `listedFindings`, and says how many more there are.
    func testFindingsSummaryAndList() throws {
        let profile = try profile(named: "004")
        let findings = profile.findings
        let inconsistencies = findings.filter { $0.severity == .inconsistency }
        XCTAssertEqual(inconsistencies.count, 2, "the 004 fixture has two inconsistencies")
        let lines = texts(profile.document())
        XCTAssertTrue(lines.contains("按公开文本自身勾稽关系核对，发现\(findings.count)处差异：不一致2处，尾差（0.01万元以内）\(findings.count - 2)处。"),
                      lines.joined(separator: "\n"))
        let table = try XCTUnwrap(tables(profile.document()).last)
        XCTAssertEqual(table.rows.count, DepartmentProfile.listedFindings)
        XCTAssertEqual(table.rows.prefix(2).map { cellText($0[1]) }, ["不一致", "不一致"])
        XCTAssertEqual(cellText(table.rows[0][4]), Finding.text(inconsistencies[0].difference, unit: inconsistencies[0].unit))
        XCTAssertTrue(lines.contains("另有\(findings.count - DepartmentProfile.listedFindings)条未列出，详见本组比较分析表的“数据核查”表。"))

        let clean = DepartmentProfile(group: profile.group, index: profile.index, findings: [], file: profile.file)
        XCTAssertTrue(texts(clean.document()).contains("按公开文本自身勾稽关系核对，未发现不一致。"))
        XCTAssertEqual(tables(clean.document()).count, 2, "no findings table")
    }

    func testSyntheticDepartmentsAreMarked() throws {
        let files = try SyntheticRegion.generate(.init(count: 3, seed: 5))
        let members = files.compactMap { file in file.department.map { DepartmentMetrics($0, file: file.name) } }
        let group = MetricGroup.groups(members)[0]
        let profile = DepartmentProfile(group: group, index: 0, findings: [], file: group.departments[0].file!)
        XCTAssertTrue(texts(profile.document()).contains("注意：本单位为模拟数据（synthetic），并非真实部门。"))
    }

    func testFileNamesAreSafeAndDistinct() throws {
        XCTAssertEqual(ProfileFileName.sanitized("某市/某局: \"一\"*?<>|"), "某市_某局_ _一______")
        XCTAssertEqual(ProfileFileName.sanitized("..隐藏. "), "隐藏")
        XCTAssertEqual(ProfileFileName.sanitized(" "), "未命名单位")
        XCTAssertEqual(ProfileFileName.sanitized(String(repeating: "局", count: 100)).count, 70)
        var identity = Identity(name: "某局", year: 2025, kind: .budget)
        let a = DepartmentMetrics(Department(identity: identity), file: "a.yaml")
        let b = DepartmentMetrics(Department(identity: identity), file: "b.yaml")
        identity.name = "某局?"
        let c = DepartmentMetrics(Department(identity: identity), file: "c.yaml")
        let group = MetricGroup(key: GroupKey(identity), departments: [c, b, a])
        XCTAssertEqual(ProfileFileName.names(for: group), ["某局.odt", "某局-2.odt", "某局_.odt"])
    }

    /// Strictly valid ODF, and one A4 page as LibreOffice lays it out, for the
    /// most crowded case: a 决算 (18 metrics) and a 预算 with many findings,
    /// the longest rule texts listed.
    func testProfilesAreValidAndFitOnePage() throws {
        let folder = try temporaryFolder("profile")
        let longest = try profile(named: "004").findings
            .sorted { ($0.description + $0.detail).count > ($1.description + $1.detail).count }
        let crowdedFindings = Array(longest.prefix(DepartmentProfile.listedFindings)) + longest
        for prefix in ["002", "004"] {
            let profile = try profile(named: prefix)
            let crowded = DepartmentProfile(group: profile.group, index: profile.index, findings: crowdedFindings, file: profile.file)
            let url = folder.appendingPathComponent("\(prefix).odt")
            try crowded.document().write(to: url)
            try ODFCheck.assertValid(url)
            let rendering = try LibreOffice.render(url)
            defer { try? FileManager.default.removeItem(at: rendering.folder) }
            XCTAssertEqual(rendering.pngs.count, 1, "\(prefix): the profile spills onto \(rendering.pngs.count) pages")
        }
    }
}
