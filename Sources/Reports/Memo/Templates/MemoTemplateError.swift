import Foundation

/// A problem with a memo template, naming the template file and the line
/// (1-based; 0 when the problem is with the file as a whole).
///
/// ```
/// Templates/staff.mustache:7:12: 未知变量「higest」（可用的变量见 Templates/README.md）
/// ```
public struct MemoTemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The template's file name, e.g. `staff.mustache`.
    public var template: String
    /// 1-based line in the template; 0 for the whole file.
    public var line: Int
    /// 1-based column, when known.
    public var column: Int?
    public var problem: Problem
    /// The templates folder, for the message.
    public var directory: String?

    public init(template: String, line: Int, column: Int? = nil, problem: Problem, directory: String? = nil) {
        self.template = template
        self.line = line
        self.column = column
        self.problem = problem
        self.directory = directory
    }

    /// What is wrong.
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        /// The templates folder or a template file is missing or unreadable.
        case missingFile(String)
        /// Mustache syntax: unclosed tag, mismatched section end, bad name….
        case syntax(String)
        /// The template uses a variable the memo does not supply (a misspelt
        /// name, or a name valid only in another section's scope).
        case unknownVariable(String)
        /// A variable used in a way its kind does not allow (a list printed as
        /// text, an optional value printed outside a section that tests for it…).
        case misuse(String, String)
        /// `{{> name}}` names no template file.
        case unknownPartial(String)
        /// Partials include one another in a circle.
        case partialCycle([String])
        /// The key-metrics table marker is missing, repeated or misplaced.
        case tableMarker(String)

        public var description: String {
            switch self {
            case .missingFile(let detail): return detail
            case .syntax(let detail): return "模板语法错误：\(detail)"
            case .unknownVariable(let name): return "未知变量「\(name)」（可用的变量见 Templates/README.md）"
            case .misuse(let name, let detail): return "变量「\(name)」用法不对：\(detail)"
            case .unknownPartial(let name): return "找不到子模板「\(name)」（应为模板目录中的 \(name).mustache）"
            case .partialCycle(let names): return "子模板循环引用：" + names.joined(separator: " → ")
            case .tableMarker(let detail): return detail
            }
        }
    }

    public var description: String {
        var location: String
        switch (directory, template.isEmpty) {
        case (nil, _): location = template
        case (let folder?, true): location = folder
        case (let folder?, false): location = (folder.hasSuffix("/") ? folder : folder + "/") + template
        }
        guard !location.isEmpty else { return problem.description }
        if line > 0 {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(problem)"
    }
}
