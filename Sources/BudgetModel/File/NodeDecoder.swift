import Foundation
import Yams

/// Decodes the model's `Decodable` types from a composed `Yams.Node`: what
/// Yams' `YAMLDecoder().decode(_:from:)` does, with the same values and the
/// same `DecodingError`s, in a fraction of the time.
///
/// `YAMLDecoder` looks up each key by scanning the mapping and comparing key
/// nodes (tags included), copies the coding path for every child and asks
/// the runtime about every type; decoding took most of the time of loading
/// a department. Here each mapping is indexed once (`NodeFields`), the coding
/// path is a linked list built into an array only for an error
/// (`NodeCodingPath`), and text, whole numbers and true/false are read
/// directly. Scalars are constructed by Yams' own `ScalarConstructible`
/// conformances, so `year: 0x7E8` or `synthetic: yes` mean what they meant.
///
/// Not supported, as the model does not use them: `YAMLDecoder`'s alias
/// dereferencing strategy, `YamlAnchorCoding`/`YamlTagCoding` (the
/// `yamlAnchor` and `yamlTag` pseudo-keys) and `userInfo`.
struct NodeDecoder: Decoder, SingleValueDecodingContainer {
    let node: Node
    let path: NodeCodingPath
    /// Where decoded texts are shared with other departments' (a batch), if anywhere.
    let strings: SharedStrings?

    /// Decodes `type` from `node`, as `YAMLDecoder().decode(type, from: node)` does.
    static func decode<T: Decodable>(_ type: T.Type, from node: Node, sharing strings: SharedStrings? = nil) throws -> T {
        try NodeDecoder(node: node, path: .root, strings: strings).decode(type)
    }

    var codingPath: [CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The decoder of `child`, the value of `key` in this node.
    func decoder(for child: Node, key: CodingKey) -> NodeDecoder {
        NodeDecoder(node: child, path: path.appending(key), strings: strings)
    }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case let .mapping(mapping) = node else {
            throw NodeDecodingError.typeMismatch(Node.Mapping.self, found: Node.self, at: path)
        }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, fields: NodeFields(mapping)))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case let .sequence(sequence) = node else {
            throw NodeDecodingError.typeMismatch(Node.Sequence.self, found: Node.self, at: path)
        }
        return NodeUnkeyedContainer(decoder: self, items: sequence)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    // MARK: SingleValueDecodingContainer

    /// `~`, `null`, `Null`, `NULL` or nothing, unquoted.
    func decodeNil() -> Bool { NodeDecoder.isNull(node) }

    func decode(_ type: String.Type) throws -> String {
        let text = try scalar().string
        return strings?.share(text) ?? text
    }

    func decode(_ type: Bool.Type) throws -> Bool { try construct(Bool.self) }

    func decode(_ type: Int.Type) throws -> Int {
        let scalar = try scalar()
        if let value = NodeDecoder.plainDecimalInt(scalar) { return value }
        guard let value = Int.construct(from: scalar) else {
            throw NodeDecodingError.typeMismatch(Int.self, found: Node.Scalar.self, at: path)
        }
        return value
    }

    /// The other numbers Codable knows (Double, Int8, UInt64, …).
    func decode<T: Decodable & ScalarConstructible>(_ type: T.Type) throws -> T { try construct(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self { return try decode(String.self) as! T }
        if type == Int.self { return try decode(Int.self) as! T }
        if case .sequence = node, let array = type as? ExactCapacityDecodable.Type {
            return try array.decode(exactlyFrom: self) as! T
        }
        if let constructible = type as? ScalarConstructible.Type {
            let value = try construct(constructible)
            guard let typed = value as? T else {
                throw NodeDecodingError.typeMismatch(type, found: Swift.type(of: value), at: path)
            }
            return typed
        }
        return try T(from: self)
    }

    // MARK: Scalars

    /// The scalar of this node, or the type mismatch Yams reports.
    private func scalar() throws -> Node.Scalar {
        switch node {
        case let .scalar(scalar): return scalar
        case .mapping: throw NodeDecodingError.typeMismatch(Node.Scalar.self, found: Node.Mapping.self, at: path)
        case .sequence: throw NodeDecodingError.typeMismatch(Node.Scalar.self, found: Node.Sequence.self, at: path)
        case .alias: throw NodeDecodingError.typeMismatch(Node.Scalar.self, found: Node.Alias.self, at: path)
        }
    }

    private func construct<T: ScalarConstructible>(_ type: T.Type) throws -> T {
        guard let value = type.construct(from: try scalar()) else {
            throw NodeDecodingError.typeMismatch(type, found: Node.Scalar.self, at: path)
        }
        return value
    }

    /// "2024", "87": an unquoted run of ASCII digits without a leading zero,
    /// which `Int.construct` would read as decimal too (a leading zero means
    /// octal there, `_` and `:` other notations; those take Yams' path).
    static func plainDecimalInt(_ scalar: Node.Scalar) -> Int? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        var value = 0
        var count = 0
        for byte in scalar.string.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 18 else { return nil }
            if count == 1 && value == 0 { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            count += 1
        }
        return count == 0 ? nil : value
    }

    /// What Yams reads as null: an unquoted `~`, `null`, `Null`, `NULL` or nothing.
    static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

/// An array decoded into a buffer of exactly its length. The standard
/// library's `Array.init(from:)` appends one element at a time, leaving up to
/// half of each buffer unused (17 function rows in room for 32); a batch
/// holds every department's rows until its workbook is written.
protocol ExactCapacityDecodable {
    static func decode(exactlyFrom decoder: NodeDecoder) throws -> Self
}

extension Array: ExactCapacityDecodable where Element: Decodable {
    static func decode(exactlyFrom decoder: NodeDecoder) throws -> Array {
        var container = try decoder.unkeyedContainer()
        var elements: [Element] = []
        elements.reserveCapacity(container.count ?? 0)
        while !container.isAtEnd {
            elements.append(try container.decode(Element.self))
        }
        return elements
    }
}
