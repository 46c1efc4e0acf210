import Yams

/// The fields of a mapping for `FastNodeDecoder`, with `NodeKeyedContainer`'s
/// rules: an absent key or a null value is nil for `decodeIfPresent`; a key
/// `decode` needs and does not find is a miss.
struct FastKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: FastNodeDecoder

    var codingPath: [CodingKey] { [] }

    /// The mapping's keys in order (a mapping from codes to amounts is decoded by iterating them).
    var allKeys: [Key] {
        let tree = decoder.tree, node = decoder.node
        return (0..<tree.count(node)).compactMap { pair in
            tree.string(tree.key(node, pair: pair)).flatMap(Key.init(stringValue:))
        }
    }

    func contains(_ key: Key) -> Bool { decoder.tree.value(decoder.node, forKey: key.stringValue) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decode(type) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decode(type) }
    func decode<T: Decodable & ScalarConstructible>(_ type: T.Type, forKey key: Key) throws -> T {
        try child(key).decode(type)
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try presentChild(key)?.decode(type)
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try presentChild(key)?.decode(type)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try presentChild(key)?.decode(type)
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try presentChild(key)?.decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { try child(NodeTextKey.super) }
    func superDecoder(forKey key: Key) throws -> Decoder { try child(key) }

    // MARK: -

    private func child(_ key: CodingKey) throws -> FastNodeDecoder {
        guard let node = decoder.tree.value(decoder.node, forKey: key.stringValue) else { throw FastPathMiss() }
        return decoder.decoder(for: node)
    }

    private func presentChild(_ key: Key) -> FastNodeDecoder? {
        guard let node = decoder.tree.value(decoder.node, forKey: key.stringValue),
              !decoder.tree.isNull(node) else { return nil }
        return decoder.decoder(for: node)
    }
}
