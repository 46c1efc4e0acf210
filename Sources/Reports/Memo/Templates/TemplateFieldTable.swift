import Foundation

/// The declared fields of one `TemplateRecord` type, built once per type:
/// its schema and its fields by template name.
///
/// `fields` is a computed declaration that builds closures and, for every
/// nested record, that record's schema in turn; a memo boxes thousands of
/// records (one `Standing` per department and compared quantity), so the
/// declaration is evaluated once per type and shared (see `table(for:)`).
final class TemplateFieldTable<Record: TemplateRecord>: Sendable {
    let schema: TemplateSchema
    private let fields: [String: TemplateField<Record>]

    fileprivate init() {
        let declared = Record.fields
        schema = TemplateSchema(typeName: String(describing: Record.self), fields: declared.map(\.info))
        fields = Dictionary(declared.map { ($0.info.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The value of field `name` of `record` as swift-mustache consumes it,
    /// `nil` when the type declares no such field.
    func value(_ name: String, of record: Record) -> Any? {
        fields[name].map { $0.read(record) }
    }

    /// The table of `type`, built on first use and then shared by every thread.
    static func table(for type: Record.Type) -> TemplateFieldTable<Record> {
        let key = ObjectIdentifier(type)
        if let known = TemplateFieldTables.shared.table(key) {
            // Stored under its own type's identifier only.
            return unsafeDowncast(known, to: TemplateFieldTable<Record>.self)
        }
        // Built outside the lock: a record's fields build the tables of the
        // records nested in it.
        return unsafeDowncast(TemplateFieldTables.shared.store(TemplateFieldTable(), under: key),
                              to: TemplateFieldTable<Record>.self)
    }
}

/// The tables built so far, by record type. A generic class cannot hold a
/// static per specialisation, hence one registry keyed by type.
///
/// Thread safety (why `@unchecked Sendable`): `tables` is read and written
/// only under `lock`; the tables themselves are immutable.
private final class TemplateFieldTables: @unchecked Sendable {
    static let shared = TemplateFieldTables()

    private let lock = NSLock()
    private var tables: [ObjectIdentifier: AnyObject] = [:]

    func table(_ key: ObjectIdentifier) -> AnyObject? {
        lock.lock()
        defer { lock.unlock() }
        return tables[key]
    }

    /// Stores `table` unless another thread stored one first; returns the stored one.
    func store(_ table: AnyObject, under key: ObjectIdentifier) -> AnyObject {
        lock.lock()
        defer { lock.unlock() }
        if let first = tables[key] { return first }
        tables[key] = table
        return table
    }
}
