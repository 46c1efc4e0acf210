import Yams

/// The fields of one YAML mapping, indexed once so that `NodeDecoder` finds
/// each key without scanning the mapping (`Node.Mapping`'s subscript compares
/// every key node, tags included, on each lookup).
///
/// Lookups give what `Node.Mapping`'s string subscript gives after
/// `YAMLDecoder` flattens merge keys:
/// - a merge key (`<<: *defaults`, `<<: [*a, *b]`) is replaced by the pairs
///   of the mappings it names, placed before the mapping's own pairs;
/// - only a text key matches (a key tagged `!!int` or `!!bool` never does);
/// - when a key appears more than once after merging, the last pair wins,
///   so a mapping's own field overrides a merged one.
struct NodeFields {
    /// Every key in order when some key is not text or is merged; nil when
    /// the keys are those of `entries`.
    private let otherKeys: [String]?
    /// Text keys and their values after merging, for small mappings (a
    /// figure's `{value, line, table}`), searched from the end.
    private let entries: [(key: String, value: Node)]
    /// Key → value, built for mappings longer than `indexThreshold`.
    private let index: [String: Node]?

    /// Mappings with more fields than this get a dictionary; a short
    /// mapping is searched faster than it is hashed.
    private static let indexThreshold = 8

    init(_ mapping: Node.Mapping) {
        var entries: [(key: String, value: Node)] = []
        entries.reserveCapacity(mapping.count)
        var allText = true
        for (key, value) in mapping {
            let tag = key.tag.rawValue
            if tag == Tag.Name.merge.rawValue {
                self.init(merging: mapping)
                return
            }
            if case let .scalar(scalar) = key, NodeFields.isText(tag) {
                entries.append((scalar.string, value))
            } else {
                allText = false
            }
        }
        self.init(entries: entries, keys: allText ? nil : mapping.compactMap { $0.key.string })
    }

    /// A mapping with merge keys: indexed after merging.
    private init(merging mapping: Node.Mapping) {
        let pairs = NodeFields.flattened(mapping)
        let entries = pairs.compactMap { pair -> (key: String, value: Node)? in
            guard case let .scalar(scalar) = pair.key, NodeFields.isText(pair.key.tag.rawValue) else { return nil }
            return (scalar.string, pair.value)
        }
        self.init(entries: entries, keys: pairs.compactMap { $0.key.string })
    }

    private init(entries: [(key: String, value: Node)], keys: [String]?) {
        self.entries = entries
        self.otherKeys = keys
        index = entries.count > NodeFields.indexThreshold
            ? Dictionary(entries, uniquingKeysWith: { _, last in last }) : nil
    }

    /// The value of the field `key`, if the mapping has it.
    subscript(key: String) -> Node? {
        if let index { return index[key] }
        return entries.last(where: { $0.key == key })?.value
    }

    /// Every key, merged ones included, in order: what `allKeys` lists
    /// (a mapping from codes to amounts is decoded by iterating them).
    var keys: [String] { otherKeys ?? entries.map(\.key) }

    /// A key a field name matches: a scalar whose tag resolves to `!!str`
    /// (`!!value` keys count as text, as `YAMLDecoder` rewrites them).
    private static func isText(_ tag: String) -> Bool {
        tag == Tag.Name.str.rawValue || tag == Tag.Name.value.rawValue
    }

    /// A merge key: `<<`, resolved to `!!merge`, or a key tagged `!!merge`.
    private static func isMerge(_ key: Node) -> Bool { key.tag.rawValue == Tag.Name.merge.rawValue }

    /// The pairs with merge keys replaced by what they merge, as Yams'
    /// `Node.Mapping.flatten()` orders them.
    private static func flattened(_ mapping: Node.Mapping) -> [(key: Node, value: Node)] {
        var merged: [(key: Node, value: Node)] = []
        var own: [(key: Node, value: Node)] = []
        for pair in mapping {
            guard isMerge(pair.key) else {
                own.append(pair)
                continue
            }
            switch pair.value {
            case let .mapping(source):
                merged.append(contentsOf: flattened(source))
            case let .sequence(sources):
                for source in sources.reversed() {
                    if case let .mapping(mapping) = source { merged.append(contentsOf: flattened(mapping)) }
                }
            default:
                break // Yams ignores a merge of anything but mappings
            }
        }
        return merged + own
    }
}
