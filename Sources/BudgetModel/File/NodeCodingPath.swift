/// Where `NodeDecoder` is in the department: a linked list from the node
/// being decoded back to the root.
///
/// Decoding a department visits hundreds of nodes and asks for the coding
/// path only when it throws, so each child decoder links to its parent
/// instead of copying an array of keys (as `YAMLDecoder` does).
indirect enum NodeCodingPath {
    case root
    case child(CodingKey, parent: NodeCodingPath)

    /// The path appended with `key`.
    func appending(_ key: CodingKey) -> NodeCodingPath { .child(key, parent: self) }

    /// The keys from the root down, as `Decoder.codingPath` lists them.
    var keys: [CodingKey] {
        var keys: [CodingKey] = []
        var current = self
        while case let .child(key, parent) = current {
            keys.append(key)
            current = parent
        }
        return keys.reversed()
    }
}

/// The key of a list item: its index, spelled "Index 2" as Yams spells it.
struct NodeIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

/// A key given by its text: the `super` key of `superDecoder()`.
struct NodeTextKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    static let `super` = NodeTextKey(stringValue: "super")
}
