import Mustache

/// A value a memo template can show: a Swift type whose fields are declared
/// once, with their template names, kinds and meanings.
///
/// The declaration is both the schema a template is checked against before
/// rendering (so an unknown or misused variable is an error with the
/// template's name and line, never an empty string) and the only way values
/// reach the renderer. A field's kind follows its Swift type, so a value that
/// may be absent is declared optional and a template can use it only inside
/// a section that tests for it.
///
/// ```swift
/// struct Person: TemplateRecord {
///     var name: String
///     var title: String?
///     static var fields: [TemplateField<Person>] {
///         [.text("name", \.name, "姓名"), .optionalText("title", \.title, "职务（可能缺失）")]
///     }
/// }
/// // {{name}}{{#title}}（{{title}}）{{/title}}
/// ```
protocol TemplateRecord: Sendable {
    /// Every field a template may use, in documentation order.
    static var fields: [TemplateField<Self>] { get }
}

extension TemplateRecord {
    /// The schema of this record type (built once, see `TemplateFieldTable`).
    static var schema: TemplateSchema { TemplateFieldTable.table(for: Self.self).schema }
}

/// How a template may use a field.
indirect enum TemplateKind: Sendable {
    /// Always present: `{{name}}`.
    case text
    /// May be absent: only inside `{{#name}}…{{/name}}`; `{{^name}}…{{/name}}` when absent.
    case optionalText
    /// A condition: `{{#name}}…{{/name}}`, `{{^name}}…{{/name}}`.
    case flag
    /// Repeated: `{{#name}}…{{/name}}` once per item (the item's fields in scope); `{{^name}}` when empty.
    case list(TemplateSchema)
    /// A group of fields, always present: `{{#name}}…{{/name}}` brings them into scope.
    case object(TemplateSchema)
    /// A group of fields that may be absent: `{{#name}}…{{/name}}` when present, `{{^name}}` when absent.
    case optionalObject(TemplateSchema)

    /// The kind as README.md names it.
    var label: String {
        switch self {
        case .text: return "文本"
        case .optionalText: return "文本（可能缺失）"
        case .flag: return "条件"
        case .list(let schema): return "列表（\(schema.typeName)）"
        case .object(let schema): return "对象（\(schema.typeName)）"
        case .optionalObject(let schema): return "对象（\(schema.typeName)，可能缺失）"
        }
    }
}

/// The fields of a record type, for checking templates and documenting them.
struct TemplateSchema: Sendable {
    struct Field: Sendable {
        var name: String
        var kind: TemplateKind
        var summary: String
    }

    var typeName: String
    var fields: [Field]

    func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}

/// One field of a `TemplateRecord`: its template name, kind, meaning and how
/// to read it.
struct TemplateField<Root>: Sendable {
    let info: TemplateSchema.Field
    /// The value as swift-mustache consumes it (see `TemplateBox`).
    let read: @Sendable (Root) -> Any

    private init(_ name: String, _ kind: TemplateKind, _ summary: String, read: @escaping @Sendable (Root) -> Any) {
        info = TemplateSchema.Field(name: name, kind: kind, summary: summary)
        self.read = read
    }

    /// Text that is always present.
    static func text(_ name: String, _ path: KeyPath<Root, String> & Sendable, _ summary: String) -> Self {
        Self(name, .text, summary) { $0[keyPath: path] }
    }

    /// Text that may be absent.
    static func optionalText(_ name: String, _ path: KeyPath<Root, String?> & Sendable, _ summary: String) -> Self {
        Self(name, .optionalText, summary) { root -> Any in
            if let text = root[keyPath: path] { return text }
            return false
        }
    }

    /// A condition.
    static func flag(_ name: String, _ path: KeyPath<Root, Bool> & Sendable, _ summary: String) -> Self {
        Self(name, .flag, summary) { $0[keyPath: path] }
    }

    /// A list of records.
    static func list<Item: TemplateRecord>(_ name: String, _ path: KeyPath<Root, [Item]> & Sendable, _ summary: String) -> Self {
        Self(name, .list(Item.schema), summary) { root in
            let table = TemplateFieldTable.table(for: Item.self)
            return root[keyPath: path].map { TemplateBox($0, table: table) }
        }
    }

    /// A record that is always present.
    static func object<Item: TemplateRecord>(_ name: String, _ path: KeyPath<Root, Item> & Sendable, _ summary: String) -> Self {
        Self(name, .object(Item.schema), summary) { TemplateBox($0[keyPath: path]) }
    }

    /// A record that may be absent.
    static func optionalObject<Item: TemplateRecord>(_ name: String, _ path: KeyPath<Root, Item?> & Sendable, _ summary: String) -> Self {
        Self(name, .optionalObject(Item.schema), summary) { root in
            guard let item = root[keyPath: path] else { return false }
            return TemplateBox(item)
        }
    }
}

/// A record as swift-mustache sees it: answers exactly the declared fields.
///
/// An absent optional answers `false` rather than `nil`, so that the lookup
/// stops here instead of climbing to an outer record with a field of the same
/// name — the renderer resolves names exactly as `TemplateChecker` does.
///
/// A field is read when the renderer asks for it, not when the box is made:
/// the templates use a small part of the values (a large group's memo names
/// a few departments per quantity, not the thousands of standings it holds),
/// and the values are immutable, so reading late reads the same.
struct TemplateBox: MustacheParent {
    private let lookup: @Sendable (String) -> Any?

    init<Record: TemplateRecord>(_ record: Record) {
        self.init(record, table: TemplateFieldTable.table(for: Record.self))
    }

    /// With the table of `Record` already at hand (the items of a list).
    init<Record: TemplateRecord>(_ record: Record, table: TemplateFieldTable<Record>) {
        lookup = { name in table.value(name, of: record) }
    }

    func child(named name: String) -> Any? { lookup(name) }
}
