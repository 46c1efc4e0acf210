import BudgetChecks
import BudgetMetrics
import BudgetModel
import Foundation
import OpenDocument

/// Writes the annual comparison memo (对比分析备忘录.odt) of one comparison
/// group: the sentences leaders read, generated from the group's metrics and
/// data-check findings through the editable templates in `Templates/`, laid
/// out as a Chinese official document (GB/T 9704, see `MemoStyles`).
///
/// ```swift
/// let departments = try files.map { DepartmentMetrics(try DepartmentFile.load($0), file: $0.path) }
/// let templates = try MemoTemplates.load(from: MemoTemplates.locate())
/// for group in MetricGroup.groups(departments) {
///     let findings = group.departments.flatMap { DataChecks.run($0.department, file: $0.file ?? "") }
///     try MemoWriter.write(group: group, findings: findings, templates: templates,
///                          to: output.appendingPathComponent("\(group.key.id)/对比分析备忘录.odt"))
/// }
/// ```
///
/// Writing is a pure function of its inputs: the same group, findings,
/// scope and templates give the same bytes, and groups can be written in
/// parallel (everything here is `Sendable` and nothing is shared but the
/// immutable templates).
public enum MemoWriter {
    /// The memo's file name in a group's output folder.
    public static let fileName = "对比分析备忘录.odt"

    /// Writes the memo of `group` to `url` (atomically), reading the
    /// templates from `templatesDirectory` (default: `MemoTemplates.locate()`).
    ///
    /// - Parameters:
    ///   - findings: data-check findings (`DataChecks.run`); only those about
    ///     the group's departments are used.
    ///   - scope: overrides for the scope line (region, source documents).
    ///
    /// Thrown: `MemoTemplateError` when the templates cannot be found, read
    /// or checked; `XMLError`, `ZipError` or `FileError` when writing fails.
    public static func write(group: MetricGroup, findings: [Finding], scope: MemoScope = MemoScope(),
                             templatesDirectory: URL? = nil, to url: URL) throws {
        let templates = try MemoTemplates.load(from: MemoTemplates.locate(explicit: templatesDirectory))
        try write(group: group, findings: findings, scope: scope, templates: templates, to: url)
    }

    /// Writes the memo of `group` to `url` with templates loaded once
    /// (`MemoTemplates.load(from:)`), for writing many groups.
    public static func write(group: MetricGroup, findings: [Finding], scope: MemoScope = MemoScope(),
                             templates: MemoTemplates, to url: URL) throws {
        try document(group: group, findings: findings, scope: scope, templates: templates).write(to: url)
    }

    /// The memo as a text document, not yet written.
    public static func document(group: MetricGroup, findings: [Finding], scope: MemoScope = MemoScope(),
                                templates: MemoTemplates) -> TextDocument {
        let context = MemoContext(group: group, findings: findings, scope: scope)
        let sections = templates.render(context)
        let title = MemoLayout.lines(sections.first { $0.name == "title" }?.text ?? "")
            .compactMap { line -> String? in if case .title(let text) = line { return text } else { return nil } }
            .joined()
        return TextDocument(
            page: MemoStyles.page,
            defaultText: TextStyle(fontSize: MemoStyles.bodySize, font: MemoStyles.bodyFont),
            footer: TextDocument.pageNumberFooter(style: MemoStyles.pageNumber),
            body: MemoLayout.blocks(sections: sections, table: KeyMetricsTable.table(group)),
            metadata: DocumentMetadata(title: title.isEmpty ? nil : title, subject: "部门\(context.kind)对比分析"))
    }
}
