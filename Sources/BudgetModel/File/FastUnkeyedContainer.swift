import Yams

/// The items of a sequence for `FastNodeDecoder`, as `NodeUnkeyedContainer`
/// reads them (arrays of the model take `FastExactCapacityDecodable` instead;
/// this serves any other `Decodable` that asks for a list).
struct FastUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: FastNodeDecoder
    private(set) var currentIndex = 0

    init(decoder: FastNodeDecoder) {
        self.decoder = decoder
    }

    var codingPath: [CodingKey] { [] }
    var count: Int? { decoder.tree.count(decoder.node) }
    var isAtEnd: Bool { currentIndex >= decoder.tree.count(decoder.node) }

    /// Moves past a null item only.
    mutating func decodeNil() throws -> Bool {
        let isNull = try current().decodeNil()
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

    private func current() throws -> FastNodeDecoder {
        guard !isAtEnd else { throw FastPathMiss() }
        return decoder.decoder(for: decoder.tree.item(decoder.node, currentIndex))
    }

    private mutating func next<T>(_ decode: (FastNodeDecoder) throws -> T) throws -> T {
        let value = try decode(current())
        currentIndex += 1
        return value
    }
}
