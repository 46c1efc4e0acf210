/// Checks a parsed template against the schema of the values the memo
/// supplies, before anything is rendered: every name must be a field in
/// scope, used as its kind allows (see `TemplateKind`). swift-mustache would
/// render an unknown name as an empty string; here it is an error naming the
/// template and the line.
///
/// Scoping follows the renderer: a name is looked up in the innermost record
/// first (a list item, an object opened by `{{#name}}`), then outwards.
struct TemplateChecker {
    /// The root schema (the whole memo's variables).
    let root: TemplateSchema
    /// Every template by name (file name without `.mustache`), for partials.
    let templates: [String: [TemplateNode]]
    /// Template file names by template name, for errors.
    let fileNames: [String: String]

    private enum Frame {
        /// The fields of a record are in scope; `listItem` when it is an item
        /// of a list section (where `first()` and `last()` apply).
        case record(TemplateSchema, listItem: Bool)
        /// Inside `{{#name}}` of an optional text resolved in record frame `owner`.
        case present(name: String, owner: Int)
    }

    /// Checks template `name`; throws `MemoTemplateError` at the first problem.
    func check(_ name: String) throws {
        guard let nodes = templates[name] else {
            throw MemoTemplateError(template: name + ".mustache", line: 0, problem: .missingFile("缺少模板文件 \(name).mustache"))
        }
        var frames: [Frame] = [.record(root, listItem: false)]
        try check(nodes, in: name, frames: &frames, including: [name])
    }

    private func check(_ nodes: [TemplateNode], in template: String, frames: inout [Frame], including: [String]) throws {
        for node in nodes {
            switch node {
            case .text:
                continue
            case let .variable(name, position):
                let (field, owner) = try resolve(name, template: template, at: position, frames: frames)
                switch field.kind {
                case .text:
                    continue
                case .optionalText:
                    let guarded = frames.contains { frame in
                        if case let .present(guardedName, guardOwner) = frame { return guardedName == name && guardOwner == owner }
                        return false
                    }
                    if !guarded {
                        throw error(template, position, .misuse(name, "可能缺失，只能写在 {{#\(name)}}…{{/\(name)}} 之中"))
                    }
                case .flag:
                    throw error(template, position, .misuse(name, "是条件，应写作 {{#\(name)}}…{{/\(name)}} 或 {{^\(name)}}…{{/\(name)}}"))
                case .list:
                    throw error(template, position, .misuse(name, "是列表，应写作 {{#\(name)}}…{{/\(name)}}，在其中使用各项的变量"))
                case .object, .optionalObject:
                    throw error(template, position, .misuse(name, "是一组变量，应写作 {{#\(name)}}…{{/\(name)}}，在其中使用它的变量"))
                }
            case let .section(name, _, position, children) where TemplateSyntax.positionNames.contains(name):
                guard case .record(_, listItem: true)? = frames.last else {
                    throw error(template, position, .misuse(name, "只能直接用在列表的区段之内，如 {{#departments}}…{{^last()}}、{{/last()}}…{{/departments}}"))
                }
                try check(children, in: template, frames: &frames, including: including)
            case let .section(name, inverted, position, children):
                let (field, owner) = try resolve(name, template: template, at: position, frames: frames)
                let depth = frames.count
                defer { frames.removeLast(frames.count - depth) }
                switch (field.kind, inverted) {
                case (.text, _):
                    throw error(template, position, .misuse(name, "是总有值的文本，不能用作区段，应直接写 {{\(name)}}"))
                case (.object, true):
                    throw error(template, position, .misuse(name, "总是存在，{{^\(name)}} 中的内容永远不会出现"))
                case (.optionalText, false):
                    frames.append(.present(name: name, owner: owner))
                case (.list(let schema), false):
                    frames.append(.record(schema, listItem: true))
                case (.object(let schema), false), (.optionalObject(let schema), false):
                    frames.append(.record(schema, listItem: false))
                case (.flag, _), (.optionalText, true), (.list, true), (.optionalObject, true):
                    break
                }
                try check(children, in: template, frames: &frames, including: including)
            case let .partial(name, position):
                guard let partial = templates[name] else {
                    throw error(template, position, .unknownPartial(name))
                }
                if including.contains(name) {
                    throw error(template, position, .partialCycle(including + [name]))
                }
                try check(partial, in: name, frames: &frames, including: including + [name])
            }
        }
    }

    /// The innermost field called `name` and the index of its record frame.
    private func resolve(_ name: String, template: String, at position: TemplatePosition, frames: [Frame])
        throws -> (TemplateSchema.Field, Int)
    {
        for index in frames.indices.reversed() {
            if case .record(let schema, _) = frames[index], let field = schema.field(name) {
                return (field, index)
            }
        }
        throw error(template, position, .unknownVariable(name))
    }

    private func error(_ template: String, _ position: TemplatePosition, _ problem: MemoTemplateError.Problem) -> MemoTemplateError {
        MemoTemplateError(template: fileNames[template] ?? template + ".mustache", line: position.line,
                          column: position.column, problem: problem)
    }
}
