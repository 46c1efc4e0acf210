import Foundation
import Yams

/// Decodes the model from a `FastYAMLTree` with the values `NodeDecoder`
/// gives for the same text, or throws `FastPathMiss` and leaves the file to
/// the Yams path (`DepartmentFile.decodeFast`).
///
/// Its errors are never shown, so they carry no coding path or message: any
/// problem (a missing key, a type mismatch, text `NodeDecoder` would hand to
/// a Yams constructor such as `0x7E8` or a quoted number) is a miss, and the
/// Yams path finds and words it. Figures, most of a file's nodes, are
/// decoded directly (`FastNodeDecoder+Figure.swift`) rather than through
/// `Figure.init(from:)`, whose first attempt as a mapping throws for every
/// bare number.
struct FastNodeDecoder: Decoder, SingleValueDecodingContainer {
    let tree: FastYAMLTree
    let node: Int
    /// Where decoded texts are shared with other departments' (a batch), if anywhere.
    let strings: SharedStrings?

    static func decode<T: Decodable>(_ type: T.Type, from tree: FastYAMLTree,
                                     sharing strings: SharedStrings? = nil) throws -> T {
        try FastNodeDecoder(tree: tree, node: FastYAMLTree.root, strings: strings).decode(type)
    }

    /// Only errors name a coding path, and the fast path's errors are dropped.
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func decoder(for child: Int) -> FastNodeDecoder {
        FastNodeDecoder(tree: tree, node: child, strings: strings)
    }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tree.kind(node) == .mapping else { throw FastPathMiss() }
        return KeyedDecodingContainer(FastKeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard tree.kind(node) == .sequence else { throw FastPathMiss() }
        return FastUnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    // MARK: SingleValueDecodingContainer

    func decodeNil() -> Bool { tree.isNull(node) }

    /// The text of any scalar, null-looking or quoted alike (as `NodeDecoder`).
    func decode(_ type: String.Type) throws -> String {
        guard let text = tree.string(node) else { throw FastPathMiss() }
        return strings?.share(text) ?? text
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard let value = tree.bool(node) else { throw FastPathMiss() }
        return value
    }

    func decode(_ type: Int.Type) throws -> Int {
        guard let value = tree.plainDecimalInt(node) else { throw FastPathMiss() }
        return value
    }

    /// The other numbers Codable knows (Double, Int8, UInt64, …): `NodeDecoder`
    /// builds them with Yams' constructors, so they are left to it.
    func decode<T: Decodable & ScalarConstructible>(_ type: T.Type) throws -> T { throw FastPathMiss() }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // Each cast is checked by the comparison before it.
        if type == String.self { return try decode(String.self) as! T }
        if type == Amount.self { return try figure(Decimal.self) as! T }
        if type == Int.self { return try decode(Int.self) as! T }
        if type == Count.self { return try figure(Int.self) as! T }
        if type == Bool.self { return try decode(Bool.self) as! T }
        if tree.kind(node) == .sequence, let array = type as? FastExactCapacityDecodable.Type {
            return try array.decode(exactlyFrom: self) as! T
        }
        // `NodeDecoder` builds these with Yams' constructors (Double, Decimal, Date…).
        if type is ScalarConstructible.Type { throw FastPathMiss() }
        return try T(from: self)
    }
}

/// Why the fast path gave up on a file; the Yams path decodes it instead.
struct FastPathMiss: Error {}

/// An array decoded into a buffer of exactly its length, as
/// `ExactCapacityDecodable` does for `NodeDecoder` (a batch holds every
/// department's rows until its workbook is written).
protocol FastExactCapacityDecodable {
    static func decode(exactlyFrom decoder: FastNodeDecoder) throws -> Self
}

extension Array: FastExactCapacityDecodable where Element: Decodable {
    static func decode(exactlyFrom decoder: FastNodeDecoder) throws -> Array {
        let tree = decoder.tree, node = decoder.node
        let count = tree.count(node)
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for index in 0..<count {
            elements.append(try decoder.decoder(for: tree.item(node, index)).decode(Element.self))
        }
        return elements
    }
}
