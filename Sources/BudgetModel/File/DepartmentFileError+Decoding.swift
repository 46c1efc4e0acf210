import Foundation
import Yams

extension DepartmentFileError {
    /// Turns a Codable error into a located message: the coding path is looked
    /// up in the YAML node tree to find the line and column, and the message
    /// says what was expected and what was found.
    init(decoding error: DecodingError, root: Node, file: String) {
        var path: [CodingKey]
        let message: String
        switch error {
        case let .keyNotFound(key, context):
            path = context.codingPath
            let parent = DepartmentFileError.fieldPath(path)
            path.append(key)
            let term = DepartmentFileError.schemaField(at: path)?.chinese
            message = "missing required field `\(key.stringValue)`"
                + (term.map { " (\($0))" } ?? "")
                + (parent.isEmpty ? "" : " in `\(parent)`")
            let mark = DepartmentFileError.mark(for: context.codingPath, in: root)
            self.init(file: file, line: mark?.line, column: mark?.column,
                      field: DepartmentFileError.fieldPath(path), message: message)
            return
        case let .typeMismatch(type, context):
            path = context.codingPath
            let found = DepartmentFileError.node(at: path, in: root).map(DepartmentStructure.describe) ?? "something else"
            message = "expected \(Self.name(of: type, path: path)), found \(found)"
        case let .valueNotFound(type, context):
            path = context.codingPath
            message = "expected \(Self.name(of: type, path: path)), found nothing"
        case let .dataCorrupted(context):
            path = context.codingPath
            message = context.debugDescription
        @unknown default:
            path = []
            message = "\(error)"
        }
        let mark = DepartmentFileError.mark(for: path, in: root)
        // A figure's `value` is reported as the figure itself: `revenue.total`.
        if path.last?.stringValue == "value" { path.removeLast() }
        self.init(file: file, line: mark?.line, column: mark?.column,
                  field: DepartmentFileError.fieldPath(path), message: message)
    }

    /// Turns a Codable error into a located message (composes `text` again).
    init(decoding error: DecodingError, text: String, file: String) {
        if let root = try? Yams.compose(yaml: text, DepartmentFile.resolver(for: text)) {
            self.init(decoding: error, root: root, file: file)
        } else {
            self.init(file: file, message: "\(error)")
        }
    }

    init(yaml error: YamlError, file: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            self.init(file: file, line: mark.line, column: mark.column,
                      message: "not valid YAML/JSON: \(what)")
        case let .reader(problem, offset, _, yaml):
            let position = offset.map { DepartmentFileError.position(ofScalarOffset: $0, in: yaml) }
            self.init(file: file, line: position?.line, column: position?.column,
                      message: "not valid YAML/JSON text: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            self.init(file: file, line: context.mark.line, column: context.mark.column,
                      field: duplicates.first ?? "",
                      message: "the field \(keys) appears twice in the same mapping; expected each field once "
                        + "(a second value would silently replace the first)")
        default:
            self.init(file: file, message: "not valid YAML/JSON: \(error)")
        }
    }

    /// `staff.onDuty`, `expenditure.byFunction[2].code`.
    static func fieldPath(_ path: [CodingKey]) -> String {
        var result = ""
        for key in path {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return result
    }

    /// The node at `path`, if every step exists.
    static func node(at path: [CodingKey], in root: Node) -> Node? {
        var node = root
        for key in path {
            if let index = key.intValue, let sequence = node.sequence {
                guard index < sequence.count else { return nil }
                node = sequence[index]
            } else if let mapping = node.mapping,
                      let child = mapping.first(where: { $0.key.string == key.stringValue }) {
                node = child.value
            } else {
                return nil
            }
        }
        return node
    }

    /// The mark of the node at `path` (or of its nearest existing ancestor).
    /// A scalar is located at its value, a mapping or list at its key.
    static func mark(for path: [CodingKey], in root: Node) -> Mark? {
        var node = root
        var mark = root.mark
        for key in path {
            if let index = key.intValue, let sequence = node.sequence {
                guard index < sequence.count else { break }
                node = sequence[index]
            } else if let mapping = node.mapping,
                      let child = mapping.first(where: { $0.key.string == key.stringValue }) {
                node = child.value
                mark = child.key.mark ?? mark
                if node.mapping == nil && node.sequence == nil { mark = node.mark ?? mark }
                continue
            } else {
                break
            }
            mark = node.mark ?? mark
        }
        return mark
    }

    /// The mark of the node at `path` in `text` (composes the text).
    static func mark(for path: [CodingKey], in text: String) -> Mark? {
        guard let root = try? Yams.compose(yaml: text, DepartmentFile.resolver(for: text)) else { return nil }
        return mark(for: path, in: root)
    }

    /// The schema field at a coding path (indices skipped), for its Chinese term.
    static func schemaField(at path: [CodingKey]) -> DepartmentSchema.Field? {
        var object: DepartmentSchema.Object? = DepartmentSchema.department
        var field: DepartmentSchema.Field?
        for key in path where key.intValue == nil {
            if key.stringValue == "value" && field.map({ if case .figure = $0.shape { true } else { false } }) == true {
                return DepartmentSchema.Field("value", "数值")
            }
            guard let current = object?.field(key.stringValue) else { return nil }
            field = current
            switch current.shape {
            case let .object(child), let .list(child): object = child
            default: object = nil
            }
        }
        return field
    }

    /// Line and column (1-based) of the `offset`-th Unicode scalar of `text`.
    static func position(ofScalarOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index >= offset { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    static func name(of type: Any.Type, path: [CodingKey]) -> String {
        let raw = String(describing: type)
        if raw.hasPrefix("Dictionary") || raw.contains("Mapping") { return "a mapping of fields" }
        if raw.hasPrefix("Array") || raw.contains("Sequence") { return "a list" }
        if raw.contains("Scalar") { return "a single value (text or a number)" }
        if raw == "String" { return "text" }
        if raw == "Int" {
            return path.last?.stringValue == "year" ? "a year such as 2024" : "a whole number"
        }
        if raw == "Bool" { return "true or false" }
        return raw
    }
}
