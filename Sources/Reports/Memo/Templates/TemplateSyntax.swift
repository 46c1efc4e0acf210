/// The parts of a Mustache template the memo understands, with the line and
/// column where each tag starts, so that errors can point at them.
///
/// The memo's templates use a deliberately small Mustache: text, `{{name}}`
/// (`{{{name}}}` and `{{&name}}` mean the same here, since nothing is
/// escaped), sections `{{#name}}…{{/name}}`, inverted sections
/// `{{^name}}…{{/name}}`, comments `{{! … }}`, partials `{{> name}}`, and
/// inside a list item the position tests `{{#first()}}`, `{{^last()}}` (for
/// separators: `{{#departments}}{{name}}{{^last()}}、{{/last()}}{{/departments}}`).
/// Names are ASCII letters, digits and underscores. Changing delimiters,
/// pragmas, inheritance, dotted names and transforms are rejected, so that
/// every name can be checked against the memo's variables.
enum TemplateNode: Sendable {
    case text(String)
    case variable(name: String, position: TemplatePosition)
    case section(name: String, inverted: Bool, position: TemplatePosition, children: [TemplateNode])
    case partial(name: String, position: TemplatePosition)
}

/// 1-based line and column of a tag.
struct TemplatePosition: Sendable, Hashable {
    var line: Int
    var column: Int
}

/// Parses a template into `TemplateNode`s.
struct TemplateSyntax {
    /// A syntax error at a position.
    struct Failure: Error {
        var position: TemplatePosition
        var message: String
    }

    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    /// Parses `text`; throws `Failure` on the first syntax error.
    static func parse(_ text: String) throws -> [TemplateNode] {
        var parser = TemplateSyntax(characters: Array(text))
        let (nodes, end) = try parser.parseNodes(until: nil)
        if let end { throw Failure(position: end.position, message: "多余的区段结束标记 {{/\(end.name)}}，前面没有对应的 {{#\(end.name)}}") }
        return nodes
    }

    private init(characters: [Character]) { self.characters = characters }

    private var position: TemplatePosition { TemplatePosition(line: line, column: column) }

    private func peek(_ text: String) -> Bool {
        var i = index
        for c in text {
            guard i < characters.count, characters[i] == c else { return false }
            i += 1
        }
        return true
    }

    private mutating func advance() -> Character {
        let c = characters[index]
        index += 1
        if c == "\n" { line += 1; column = 1 } else { column += 1 }
        return c
    }

    private mutating func skip(_ count: Int) { for _ in 0..<count { _ = advance() } }

    /// Reads nodes until the end of input or a `{{/name}}` tag, which it
    /// returns (name and position) without checking it against `open`.
    private mutating func parseNodes(until open: (name: String, position: TemplatePosition)?) throws
        -> ([TemplateNode], (name: String, position: TemplatePosition)?)
    {
        var nodes: [TemplateNode] = []
        var text = ""
        func flush() {
            if !text.isEmpty { nodes.append(.text(text)); text = "" }
        }
        while index < characters.count {
            guard peek("{{") else {
                text.append(advance())
                continue
            }
            flush()
            let start = position
            let triple = peek("{{{")
            skip(triple ? 3 : 2)
            let closing = triple ? "}}}" : "}}"
            var inner = ""
            while index < characters.count, !peek(closing) {
                if !triple, peek("{{") {
                    throw Failure(position: start, message: "标记 {{ 没有闭合（缺少 }}；注释中也不能含有 {{）")
                }
                inner.append(advance())
            }
            guard index < characters.count else {
                throw Failure(position: start, message: "标记 \(triple ? "{{{" : "{{") 没有闭合（缺少 \(closing)）")
            }
            skip(closing.count)
            let trimmed = inner.trimmingCharacters(in: .whitespacesAndNewlines)
            if triple {
                nodes.append(.variable(name: try name(trimmed, at: start), position: start))
                continue
            }
            guard let sigil = trimmed.first else {
                throw Failure(position: start, message: "空标记 {{}}")
            }
            let rest = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!":
                continue
            case "#", "^":
                let sectionName = Self.positionNames.contains(rest) ? rest : try name(rest, at: start)
                let (children, end) = try parseNodes(until: (sectionName, start))
                guard let end else {
                    throw Failure(position: start, message: "区段 {{\(sigil)\(sectionName)}} 没有结束标记 {{/\(sectionName)}}")
                }
                guard end.name == sectionName else {
                    throw Failure(position: end.position,
                                  message: "区段结束标记 {{/\(end.name)}} 与第\(start.line)行的 {{\(sigil)\(sectionName)}} 不匹配")
                }
                nodes.append(.section(name: sectionName, inverted: sigil == "^", position: start, children: children))
            case "/":
                let endName = Self.positionNames.contains(rest) ? rest : try name(rest, at: start)
                return (nodes, (endName, start))
            case ">":
                nodes.append(.partial(name: try partialName(rest, at: start), position: start))
            case "&":
                nodes.append(.variable(name: try name(rest, at: start), position: start))
            case "=":
                throw Failure(position: start, message: "不支持更改分隔符 {{= … =}}")
            case "%":
                throw Failure(position: start, message: "不支持编译指令 {{% … }}")
            case "$", "<":
                throw Failure(position: start, message: "不支持模板继承 {{\(sigil) … }}")
            case "{":
                throw Failure(position: start, message: "标记 {{{ 应以 }}} 结束")
            default:
                nodes.append(.variable(name: try name(trimmed, at: start), position: start))
            }
        }
        flush()
        return (nodes, nil)
    }

    /// The list-position tests swift-mustache offers inside a list item:
    /// `{{#first()}}…{{/first()}}`, `{{^last()}}、{{/last()}}`.
    static let positionNames: Set<String> = ["first()", "last()"]

    private static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")

    private func name(_ text: String, at position: TemplatePosition) throws -> String {
        guard !text.isEmpty else { throw Failure(position: position, message: "标记中缺少变量名") }
        guard text.allSatisfy({ Self.nameCharacters.contains($0) }) else {
            throw Failure(position: position,
                          message: "变量名「\(text)」无效：只能由英文字母、数字和下划线组成（不支持带点的名称和函数）")
        }
        return text
    }

    private func partialName(_ text: String, at position: TemplatePosition) throws -> String {
        guard !text.isEmpty else { throw Failure(position: position, message: "{{> }} 中缺少子模板名") }
        guard text.allSatisfy({ Self.nameCharacters.contains($0) || $0 == "-" }) else {
            throw Failure(position: position, message: "子模板名「\(text)」无效：只能由英文字母、数字、下划线和连字符组成")
        }
        return text
    }
}

import Foundation
