import Yams

/// The fields of a mapping for `NodeDecoder`: each key is found in the
/// mapping's `NodeFields` index; a missing key throws `keyNotFound` with the
/// mapping's coding path, as in `YAMLDecoder`.
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let fields: NodeFields

    var codingPath: [CodingKey] { decoder.codingPath }
    var allKeys: [Key] { fields.keys.compactMap(Key.init(stringValue:)) }

    func contains(_ key: Key) -> Bool { fields[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decode(type) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decode(type) }
    func decode<T: Decodable & ScalarConstructible>(_ type: T.Type, forKey key: Key) throws -> T {
        try child(key).decode(type)
    }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }

    // An absent key or a null value is nil: the default implementations
    // (contains, then decodeNil, then decode) with one lookup instead of three.
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

    /// The decoder of the value of `key`; `keyNotFound` when the mapping has none.
    private func child(_ key: CodingKey) throws -> NodeDecoder {
        guard let node = fields[key.stringValue] else { throw NodeDecodingError.keyNotFound(key, at: decoder.path) }
        return decoder.decoder(for: node, key: key)
    }

    /// The decoder of the value of `key`, or nil when the key is absent or null.
    private func presentChild(_ key: Key) -> NodeDecoder? {
        guard let node = fields[key.stringValue], !NodeDecoder.isNull(node) else { return nil }
        return decoder.decoder(for: node, key: key)
    }
}
