import Yams

/// The items of a sequence for `NodeDecoder`, each decoded with its index as
/// coding key ("Index 2", intValue 2), as in `YAMLDecoder`.
struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let items: Node.Sequence
    private(set) var currentIndex = 0

    init(decoder: NodeDecoder, items: Node.Sequence) {
        self.decoder = decoder
        self.items = items
    }

    var codingPath: [CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    /// Moves past a null item only, as `UnkeyedDecodingContainer` specifies
    /// (Yams' container moves past any item; the model has no list of optionals).
    mutating func decodeNil() throws -> Bool {
        let isNull = try current(Any?.self).decodeNil()
        if isNull { currentIndex += 1 }
        return isNull
    }

    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.decode(type) } }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.decode(type) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.decode(type) } }
    mutating func decode<T: Decodable & ScalarConstructible>(_ type: T.Type) throws -> T {
        try next { try $0.decode(type) }
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try $0.decode(type) } }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try next { try $0.unkeyedContainer() }
    }

    mutating func superDecoder() throws -> Decoder { try next { $0 } }

    // MARK: -

    /// The decoder of the current item; `valueNotFound` past the end.
    private func current<T>(_ type: T.Type) throws -> NodeDecoder {
        let key = NodeIndexKey(index: currentIndex)
        guard !isAtEnd else {
            throw NodeDecodingError.valueNotFound(type, at: codingPath + [key], "Unkeyed container is at end.")
        }
        return decoder.decoder(for: items[currentIndex], key: key)
    }

    /// Decodes the current item with `decode`, then moves to the next one.
    private mutating func next<T>(_ decode: (NodeDecoder) throws -> T) throws -> T {
        let value = try decode(current(T.self))
        currentIndex += 1
        return value
    }
}
