/// A department file read by `FastYAMLReader`: every node is a record in
/// one flat array, pointing at its text in the file's bytes, so reading a
/// file allocates a few arrays instead of a `Yams.Node` (with its `Tag`
/// object, `Mark` and `String`s) per node. Texts become `String`s only when
/// the decoder asks for them.
///
/// It holds only what the fast path needs to decode: no line or column, as
/// any problem sends the file to the Yams path, which reports it. A class,
/// so that each of the decoder's hundreds of child decoders holds one
/// reference rather than three arrays.
final class FastYAMLTree {
    /// What a node is.
    enum Kind: UInt8 {
        case scalar, mapping, sequence
    }

    /// How a scalar was written; only a plain scalar can be null.
    enum Style: UInt8 {
        case plain, singleQuoted, doubleQuoted
    }

    /// One node. A scalar's text is `bytes[start..<end]`; a mapping's
    /// children are `children[first..<first + 2 * count]` (key, value, key,
    /// value…), a sequence's `children[first..<first + count]`.
    struct Node {
        var kind: Kind
        var style: Style = .plain
        /// A single-quoted scalar with `''` for a quote in it.
        var hasEscapedQuote = false
        var start: Int32 = 0
        var end: Int32 = 0
        var first: Int32 = 0
        var count: Int32 = 0
    }

    /// The file's UTF-8 bytes (without a leading byte order mark).
    let bytes: [UInt8]
    /// The nodes; the root mapping is node 0.
    let nodes: [Node]
    /// Child node indices of mappings and sequences.
    let children: [Int32]

    static let root = 0

    init(bytes: [UInt8], nodes: [Node], children: [Int32]) {
        self.bytes = bytes
        self.nodes = nodes
        self.children = children
    }

    // MARK: Reading nodes

    func kind(_ node: Int) -> Kind { nodes[node].kind }

    /// The number of pairs of a mapping or items of a sequence.
    func count(_ node: Int) -> Int { Int(nodes[node].count) }

    /// The key of pair `pair` of the mapping `node`.
    func key(_ node: Int, pair: Int) -> Int { Int(children[Int(nodes[node].first) + 2 * pair]) }

    /// The value of pair `pair` of the mapping `node`.
    func value(_ node: Int, pair: Int) -> Int { Int(children[Int(nodes[node].first) + 2 * pair + 1]) }

    /// Item `index` of the sequence `node`.
    func item(_ node: Int, _ index: Int) -> Int { Int(children[Int(nodes[node].first) + index]) }

    /// The value of the key `key` in the mapping `node` (keys are unique: the
    /// reader rejects a file with a duplicate key).
    func value(_ node: Int, forKey key: String) -> Int? {
        var key = key
        return key.withUTF8 { key in
            for pair in 0..<count(node) {
                let keyNode = self.key(node, pair: pair)
                if textEquals(keyNode, key) { return value(node, pair: pair) }
            }
            return nil
        }
    }

    /// Whether the scalar `node` reads as `text` (keys have no escapes).
    func textEquals(_ node: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let record = nodes[node]
        let start = Int(record.start)
        guard record.kind == .scalar, !record.hasEscapedQuote, Int(record.end) - start == text.count else {
            return false
        }
        for offset in 0..<text.count where bytes[start + offset] != text[offset] { return false }
        return true
    }

    /// The text of the scalar `node`, as Yams reads it; nil for a collection.
    func string(_ node: Int) -> String? {
        let record = nodes[node]
        guard record.kind == .scalar else { return nil }
        let range = Int(record.start)..<Int(record.end)
        guard record.hasEscapedQuote else { return String(decoding: bytes[range], as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            unescaped.append(bytes[index])
            index += bytes[index] == UInt8(ascii: "'") ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// What Yams reads as null: an unquoted `~`, `null`, `Null`, `NULL` or nothing
    /// (`NodeDecoder.isNull`).
    func isNull(_ node: Int) -> Bool {
        let record = nodes[node]
        guard record.kind == .scalar, record.style == .plain else { return false }
        let start = Int(record.start)
        switch Int(record.end) - start {
        case 0: return true
        case 1: return bytes[start] == UInt8(ascii: "~")
        case 4:
            let n = bytes[start], u = bytes[start + 1], l1 = bytes[start + 2], l2 = bytes[start + 3]
            if n == UInt8(ascii: "n") { return u == UInt8(ascii: "u") && l1 == UInt8(ascii: "l") && l2 == UInt8(ascii: "l") }
            guard n == UInt8(ascii: "N") else { return false }
            if u == UInt8(ascii: "u") { return l1 == UInt8(ascii: "l") && l2 == UInt8(ascii: "l") }
            return u == UInt8(ascii: "U") && l1 == UInt8(ascii: "L") && l2 == UInt8(ascii: "L")
        default: return false
        }
    }

    /// A plain run of ASCII digits without a leading zero, as
    /// `NodeDecoder.plainDecimalInt` reads it; nil for anything else (which
    /// the Yams path decides).
    func plainDecimalInt(_ node: Int) -> Int? {
        let record = nodes[node]
        guard record.kind == .scalar, record.style == .plain else { return nil }
        let start = Int(record.start), end = Int(record.end)
        let length = end - start
        guard length > 0, length <= 18, length == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        var value = 0
        for index in start..<end {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `true`/`false` and the other spellings Yams' `Bool.construct` reads
    /// (any case: yes/no, on/off), unquoted (a quoted scalar is tagged as
    /// text, which `Bool.construct` refuses); nil for anything else.
    func bool(_ node: Int) -> Bool? {
        let record = nodes[node]
        guard record.kind == .scalar, record.style == .plain else { return nil }
        var lowered: [UInt8] = []
        for index in Int(record.start)..<Int(record.end) {
            let byte = bytes[index]
            guard byte < 0x80, lowered.count < 5 else { return nil }
            lowered.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        switch String(decoding: lowered, as: UTF8.self) {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}
