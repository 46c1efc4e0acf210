import Foundation
import Yams

extension DepartmentFileError {
    /// Turns a Codable error into a located message: the coding path is looked
    /// up in the YAML node tree to find the line and column.
    init(decoding error: DecodingError, text: String, file: String) {
        let path: [CodingKey]
        let message: String
        switch error {
        case let .keyNotFound(key, context):
            path = context.codingPath
            message = "missing required field `\(key.stringValue)`"
        case let .typeMismatch(type, context):
            path = context.codingPath
            message = Self.describe(expected: type, context: context)
        case let .valueNotFound(type, context):
            path = context.codingPath
            message = "expected \(Self.name(of: type)), found nothing"
        case let .dataCorrupted(context):
            path = context.codingPath
            message = context.debugDescription
        @unknown default:
            path = []
            message = "\(error)"
        }
        let mark = DepartmentFileError.mark(for: path, in: text)
        self.init(file: file, line: mark?.line, column: mark?.column,
                  field: DepartmentFileError.fieldPath(path), message: message)
    }

    init(yaml error: YamlError, file: String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
            self.init(file: file, line: mark.line, column: mark.column,
                      message: "not valid YAML/JSON: \(what)")
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

    /// The mark of the node at `path` (or of its nearest existing ancestor).
    static func mark(for path: [CodingKey], in text: String) -> Mark? {
        guard let root = try? Yams.compose(yaml: text) else { return nil }
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

    static func describe(expected type: Any.Type, context: DecodingError.Context) -> String {
        "expected \(name(of: type))" + (context.debugDescription.isEmpty ? "" : " (\(context.debugDescription))")
    }

    static func name(of type: Any.Type) -> String {
        let raw = String(describing: type)
        if raw.hasPrefix("Dictionary") { return "a mapping of fields" }
        if raw.hasPrefix("Array") { return "a list" }
        if raw == "String" { return "text" }
        if raw == "Int" { return "a whole number" }
        return raw
    }
}
