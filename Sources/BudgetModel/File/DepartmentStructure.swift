import Foundation
import Yams

/// Checks the shape of a department file before its values are decoded:
/// every key is a known field, every field holds the right kind of node
/// (mapping, list, figure, text).
///
/// Unknown keys are rejected rather than ignored: a typo such as `onDutty:`
/// would otherwise silently drop a figure, and an analyst would see "—" where
/// the disclosure had a number.
enum DepartmentStructure {
    typealias Schema = DepartmentSchema

    /// Throws the first structural problem of `root`, located in `file`.
    static func check(_ root: Node, file: String) throws {
        try checkObject(root, Schema.department, path: { "" }, file: file)
    }

    /// `path` makes the field path ("expenditure.byFunction[3].total") only
    /// when an error names it: made for every key it took as long as the check.
    private static func checkObject(_ node: Node, _ object: Schema.Object, path: () -> String, file: String) throws {
        if isNull(node) { return }
        guard let mapping = node.mapping else {
            throw error(at: node, path: path(), file: file,
                        "expected a mapping of fields (\(keyList(object))), found \(describe(node))")
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                throw error(at: keyNode, path: path(), file: file, "expected a field name, found \(describe(keyNode))")
            }
            if key == "<<" { continue } // YAML merge key: its content is checked when decoded
            guard let field = object.field(key) else {
                throw error(at: keyNode, path: joined(path(), key), file: file, unknownField(key, in: object))
            }
            try checkField(value, field, path: { joined(path(), key) }, file: file)
        }
    }

    /// `path.key`, or `key` at the top level.
    private static func joined(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    private static func checkField(_ node: Node, _ field: Schema.Field, path: () -> String, file: String) throws {
        if isNull(node) { return }
        switch field.shape {
        case .scalar:
            guard node.scalar != nil else {
                throw error(at: node, path: path(), file: file,
                            "expected \(scalarExpectation(field.key)), found \(describe(node))")
            }
        case .texts:
            guard let sequence = node.sequence else {
                throw error(at: node, path: path(), file: file,
                            "expected a list of names such as [办公室, 财务处] (\(field.chinese)), found \(describe(node))")
            }
            for (index, item) in sequence.enumerated() where item.scalar == nil {
                throw error(at: item, path: "\(path())[\(index)]", file: file, "expected a name (text), found \(describe(item))")
            }
        case .figure:
            try checkFigure(node, path: path, file: file)
        case let .object(object):
            try checkObject(node, object, path: path, file: file)
        case let .list(object):
            guard let sequence = node.sequence else {
                throw error(at: node, path: path(), file: file,
                            "expected a list of \(object.typeName) entries (each line starting with `- `), found \(describe(node))")
            }
            for (index, item) in sequence.enumerated() {
                try checkObject(item, object, path: { "\(path())[\(index)]" }, file: file)
            }
        case .figuresByCode:
            guard let mapping = node.mapping else {
                throw error(at: node, path: path(), file: file,
                            "expected a mapping from economic class codes to amounts such as {\"301\": 15.00, \"302\": 2598.90}, found \(describe(node))")
            }
            for (keyNode, value) in mapping {
                let key = keyNode.scalar?.string ?? ""
                guard key.count == 3, key.allSatisfy(\.isASCIIDigit) else {
                    throw error(at: keyNode, path: "\(path()).\(key)", file: file,
                                "expected an economic class code of 3 digits (类, e.g. 301 or 302), found \"\(key)\"")
                }
                try checkFigure(value, path: { "\(path()).\(key)" }, file: file)
            }
        }
    }

    private static func checkFigure(_ node: Node, path: () -> String, file: String) throws {
        if node.scalar != nil || isNull(node) { return }
        guard let mapping = node.mapping else {
            throw error(at: node, path: path(), file: file,
                        "expected a number such as 3994.84 or a mapping {value: \"3,994.84\", line: 95, table: 表1}, found \(describe(node))")
        }
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard Schema.figureKeys.contains(key) else {
                let hint = suggestion(for: key, among: Schema.figureKeys.map { ($0, "") })
                    .map { " (did you mean `\($0)`?)" } ?? ""
                throw error(at: keyNode, path: "\(path()).\(key)", file: file,
                            "unknown field `\(key)` in a figure\(hint); a figure mapping has value, line and table")
            }
            guard value.scalar != nil else {
                throw error(at: value, path: "\(path()).\(key)", file: file,
                            "expected \(key == "line" ? "a line number such as 95" : key == "table" ? "a table or section name such as 表1" : "a number such as 3994.84"), found \(describe(value))")
            }
        }
    }

    // MARK: Messages

    static func unknownField(_ key: String, in object: Schema.Object) -> String {
        let candidates = object.fields.map { ($0.key, $0.chinese) }
        if let match = suggestion(for: key, among: candidates) {
            let chinese = object.field(match)?.chinese ?? ""
            return "unknown field `\(key)` (did you mean `\(match)`\(chinese.isEmpty ? "" : " (\(chinese))")?)"
        }
        return "unknown field `\(key)`; \(object.typeName) has: \(keyList(object))"
    }

    /// The closest known key: same letters ignoring case, an edit distance of at
    /// most 2 (3 for long keys), or the Chinese term of the field.
    static func suggestion(for key: String, among candidates: [(key: String, chinese: String)]) -> String? {
        let lowered = key.lowercased()
        if let exact = candidates.first(where: { $0.key.lowercased() == lowered }) { return exact.key }
        if !key.isEmpty, let chinese = candidates.first(where: { !$0.chinese.isEmpty && ($0.chinese == key) }) {
            return chinese.key
        }
        let scored = candidates.map { ($0.key, editDistance(lowered, $0.key.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let limit = key.count >= 8 ? 3 : 2
        if best.1 <= limit { return best.0 }
        if !key.isEmpty, let partial = candidates.first(where: { !$0.chinese.isEmpty && $0.chinese.contains(key) }) {
            return partial.key
        }
        return nil
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions
    /// and adjacent transpositions ("onDtuy" → "onDuty") each count as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }

    private static func keyList(_ object: Schema.Object) -> String {
        object.fields.map(\.key).joined(separator: ", ")
    }

    private static func scalarExpectation(_ key: String) -> String {
        switch key {
        case "year": return "a year such as 2024"
        case "kind": return "budget (预算) or final (决算)"
        case "line": return "a line number such as 95"
        case "synthetic": return "true or false"
        case "code", "functionCode": return "a code such as \"2010301\""
        default: return "text"
        }
    }

    /// "a mapping", "a list", "\"abc\"", "nothing".
    static func describe(_ node: Node) -> String {
        switch node {
        case let .scalar(scalar): return scalar.string.isEmpty ? "nothing" : "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// A null field (`~`, `null`, nothing): absent, as the decoder reads it.
    static func isNull(_ node: Node) -> Bool { NodeDecoder.isNull(node) }

    private static func error(at node: Node, path: String, file: String, _ message: String) -> DepartmentFileError {
        DepartmentFileError(file: file, line: node.mark?.line, column: node.mark?.column, field: path, message: message)
    }
}
