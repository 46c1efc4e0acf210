/// The reference of the templates' variables as Markdown, generated from the
/// record declarations so that Templates/README.md cannot drift from the
/// code (MemoTemplateVariablesTests compares the two).
enum MemoTemplateVariables {
    static let beginMarker = "<!-- variables:begin (generated from MemoContext; RECORD_GOLDEN=1 swift test --filter MemoTemplateVariablesTests) -->"
    static let endMarker = "<!-- variables:end -->"

    /// Every record type reachable from `MemoContext`, root first, each as a table.
    static func markdown() -> String {
        var ordered: [TemplateSchema] = []
        var pending = [MemoContext.schema]
        while !pending.isEmpty {
            let schema = pending.removeFirst()
            guard !ordered.contains(where: { $0.typeName == schema.typeName }) else { continue }
            ordered.append(schema)
            for field in schema.fields {
                switch field.kind {
                case .list(let inner), .object(let inner), .optionalObject(let inner): pending.append(inner)
                case .text, .optionalText, .flag: break
                }
            }
        }
        var lines: [String] = []
        for schema in ordered {
            let heading = schema.typeName == "MemoContext" ? "所有模板都可使用的变量（MemoContext）" : schema.typeName
            lines.append("### \(heading)")
            lines.append("")
            lines.append("| 变量 | 类型 | 含义 |")
            lines.append("|---|---|---|")
            for field in schema.fields {
                lines.append("| `\(field.name)` | \(field.kind.label) | \(field.summary.replacingOccurrences(of: "|", with: "\\|")) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
