import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
@testable import Reports

/// The seed fixtures as the memo sees them: departments with metrics, their
/// comparison groups and data-check findings, and the package's Templates/.
enum MemoFixtures {
    /// The package root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templatesFolder = root.appendingPathComponent("Templates")

    /// Every department of Fixtures/, with its file as "Fixtures/<name>".
    static func departments() throws -> [DepartmentMetrics] {
        let folder = root.appendingPathComponent("Fixtures")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { DepartmentFile.extensions.contains($0.pathExtension.lowercased()) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { DepartmentMetrics(try DepartmentFile.load($0), file: "Fixtures/" + $0.lastPathComponent) }
    }

    static func groups() throws -> [MetricGroup] { MetricGroup.groups(try departments()) }

    /// The group of `year` and `kind`.
    static func group(_ year: Int, _ kind: DisclosureKind) throws -> MetricGroup {
        guard let group = try groups().first(where: { $0.key.year == year && $0.key.kind == kind }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return group
    }

    /// The data-check findings of `group`'s departments.
    static func findings(_ group: MetricGroup) -> [Finding] {
        group.departments.flatMap { DataChecks.run($0.department, file: $0.file ?? "") }
    }

    static func templates() throws -> MemoTemplates { try MemoTemplates.load(from: templatesFolder) }

    /// The memo's paragraphs (body blocks and table cells) as plain text, in order.
    static func paragraphs(_ group: MetricGroup, templates: MemoTemplates? = nil) throws -> [String] {
        let document = MemoWriter.document(group: group, findings: findings(group), templates: try templates ?? Self.templates())
        return document.body.flatMap { block -> [String] in
            switch block {
            case .paragraph(let p), .heading(let p, _): return [MemoFixtures.text(p)]
            case .table(let table): return (table.headerRows + table.rows).joined().flatMap(\.paragraphs).map(MemoFixtures.text)
            }
        }
    }

    static func text(_ paragraph: OpenDocument.Paragraph) -> String {
        paragraph.content.map { inline -> String in
            if case .text(let text, _) = inline { return text }
            return ""
        }.joined()
    }
}

import OpenDocument

/// Reading a written memo back.
enum MemoFile {
    /// Writes the memo of `group` into a fresh temporary folder.
    static func write(_ group: MetricGroup, templates: MemoTemplates? = nil) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("memo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(MemoWriter.fileName)
        try MemoWriter.write(group: group, findings: MemoFixtures.findings(group), templates: templates ?? MemoFixtures.templates(), to: url)
        return url
    }

    /// The paragraphs and headings of content.xml as plain text, one per line
    /// (table cells included), with ODF's space elements expanded and
    /// entities decoded.
    static func text(ofContent xml: String) -> [String] {
        var text = xml
        let replacements: [(String, String)] = [
            (#"<text:s text:c="(\d+)"/>"#, "\u{1}$1\u{1}"), (#"<text:s/>"#, " "), (#"<text:tab/>"#, "\t"),
            (#"<text:line-break/>"#, "\n"), (#"</text:p>|</text:h>"#, "\n"), (#"<[^>]+>"#, ""),
        ]
        for (pattern, template) in replacements {
            text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        while let range = text.range(of: #"\u{1}(\d+)\u{1}"#, options: .regularExpression) {
            let count = Int(text[range].dropFirst().dropLast()) ?? 1
            text.replaceSubrange(range, with: String(repeating: " ", count: count))
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(separator: "\n").map(String.init)
    }
}
