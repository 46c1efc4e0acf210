/// A strict reader of the block YAML that department files are written in,
/// over the file's UTF-8 bytes: composing a file with Yams took as long as
/// decoding it (a `Node`, a `Tag` object and `String`s per node, a
/// duplicate-key check hashing every key).
///
/// It reads exactly the subset `DepartmentFile.encode`, the importer, the
/// region generator and the hand-written fixtures use (docs/DEPARTMENT-FILE.md):
/// comments, an optional first `---`, block mappings, block sequences
/// (`- ` at the parent key's indent or deeper), one-line plain,
/// single-quoted and double-quoted (no backslash) scalars, and one-line flow
/// sequences and mappings of scalars (`[]`, `{value: "3,994.84", line: 95}`).
/// Anything else — anchors, aliases, tags, merge keys, block scalars,
/// multi-line scalars, JSON, tabs, CR, duplicate keys, directives, a second
/// document, uncommon indentation — makes `read` return nil, and the file
/// takes the Yams path, which reads it (or reports its error) as before.
/// Nil is also the answer for anything merely unusual: a text this reader
/// accepts must mean to it what it means to Yams.
struct FastYAMLReader {
    /// Why reading stopped: the text is outside the subset.
    private struct Unsupported: Error {}

    /// A line with content (not blank, not only a comment).
    private struct Line {
        /// Offset of the first non-space byte, and of the line's end (its `\n` or the end of the text).
        var start: Int
        var end: Int
        /// Number of leading spaces.
        var indent: Int
    }

    private typealias Node = FastYAMLTree.Node

    private let bytes: [UInt8]
    private var lines: [Line] = []
    /// The line being read.
    private var line = 0
    private var nodes: [Node] = []
    private var children: [Int32] = []
    /// Children of the collections being read, moved to `children` when each ends.
    private var scratch: [Int32] = []
    private var depth = 0

    /// Deeper nesting is left to Yams (the files nest 5 levels).
    private static let maximumDepth = 32

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The tree of `text`, or nil when the text is outside the subset.
    static func read(_ text: String) -> FastYAMLTree? {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var reader = FastYAMLReader(bytes: bytes)
        guard reader.bytes.count < Int(Int32.max) else { return nil }
        do {
            try reader.readDocument()
        } catch {
            return nil
        }
        return FastYAMLTree(bytes: reader.bytes, nodes: reader.nodes, children: reader.children)
    }

    private mutating func readDocument() throws {
        try findLines()
        guard !lines.isEmpty else { throw Unsupported() }
        if isDocumentStart(lines[0]) { line = 1 }
        for index in line..<lines.count where lines[index].indent == 0 && isMarker(lines[index]) {
            throw Unsupported()
        }
        guard line < lines.count, lines[line].indent == 0 else { throw Unsupported() }
        _ = try readMapping(indent: 0, firstKeyAt: nil)
        guard line == lines.count else { throw Unsupported() }
    }

    // MARK: Lines

    /// Splits the text into content lines, and rejects bytes Yams reads
    /// otherwise than as text: control characters (tabs, CR), other line
    /// breaks (U+0085, U+2028, U+2029), a byte order mark inside the text,
    /// U+FFFE/U+FFFF, and `<<` (a merge key needs a resolver rule).
    private mutating func findLines() throws {
        let count = bytes.count
        var index = 0
        while index < count {
            var indent = 0
            while index < count && bytes[index] == .space {
                index += 1
                indent += 1
            }
            let start = index
            while index < count && bytes[index] != .newline {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F { throw Unsupported() }
                if byte >= 0xC2 { try checkMultibyte(at: index) }
                if byte == UInt8(ascii: "<") && index + 1 < count && bytes[index + 1] == UInt8(ascii: "<") {
                    throw Unsupported()
                }
                index += 1
            }
            if start < index && bytes[start] != UInt8(ascii: "#") {
                lines.append(Line(start: start, end: index, indent: indent))
            }
            index += 1
        }
    }

    private func checkMultibyte(at index: Int) throws {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch bytes[index] {
        case 0xC2 where next >= 0x80 && next <= 0x9F: throw Unsupported() // C1 controls, U+0085
        case 0xE2 where next == 0x80 && (third == 0xA8 || third == 0xA9): throw Unsupported()
        case 0xEF where next == 0xBB && third == 0xBF: throw Unsupported()
        case 0xEF where next == 0xBF && (third == 0xBE || third == 0xBF): throw Unsupported()
        default: break
        }
    }

    /// `---` alone (or with a comment) on the first line.
    private func isDocumentStart(_ line: Line) -> Bool {
        guard line.indent == 0, line.end - line.start >= 3,
              bytes[line.start] == .dash, bytes[line.start + 1] == .dash, bytes[line.start + 2] == .dash else {
            return false
        }
        var index = line.start + 3
        while index < line.end && bytes[index] == .space { index += 1 }
        return index == line.end || (index > line.start + 3 && bytes[index] == UInt8(ascii: "#"))
    }

    /// A line starting with `---` or `...` (document markers, or text too close to them).
    private func isMarker(_ line: Line) -> Bool {
        guard line.end - line.start >= 3 else { return false }
        let first = bytes[line.start]
        guard first == .dash || first == UInt8(ascii: ".") else { return false }
        return bytes[line.start + 1] == first && bytes[line.start + 2] == first
    }

    /// A sequence item: `-` followed by a space or the end of the line.
    private func isDash(_ line: Line) -> Bool {
        bytes[line.start] == .dash && (line.start + 1 == line.end || bytes[line.start + 1] == .space)
    }

    // MARK: Block collections

    /// Reads the mapping whose keys are at column `indent`, starting at the
    /// current line (at `firstKeyAt` within it, after a sequence's `- `).
    private mutating func readMapping(indent: Int, firstKeyAt: Int?) throws -> Int {
        let node = try open(.mapping)
        let mark = scratch.count
        var position = firstKeyAt ?? lines[line].start
        while true {
            let end = lines[line].end
            guard let key = try readKey(at: &position, end: end) else { throw Unsupported() }
            try checkUnique(key, amongKeysFrom: mark)
            scratch.append(Int32(key))
            scratch.append(Int32(try readValue(at: position, end: end, keyIndent: indent)))
            guard line < lines.count, lines[line].indent >= indent else { break }
            guard lines[line].indent == indent else { throw Unsupported() }
            position = lines[line].start
        }
        close(node, from: mark, count: (scratch.count - mark) / 2)
        return node
    }

    /// Reads the sequence whose `- ` are at column `indent`, from the current line.
    private mutating func readSequence(indent: Int) throws -> Int {
        let node = try open(.sequence)
        let mark = scratch.count
        while line < lines.count, lines[line].indent >= indent {
            let current = lines[line]
            guard current.indent == indent else { throw Unsupported() }
            guard isDash(current) else { break } // the next key of the parent mapping
            var position = current.start + 1
            while position < current.end && bytes[position] == .space { position += 1 }
            guard position < current.end, bytes[position] != UInt8(ascii: "#") else { throw Unsupported() }
            if bytes[position] == .dash && (position + 1 == current.end || bytes[position + 1] == .space) {
                throw Unsupported() // a sequence in a sequence
            }
            var probe = position
            if try readKey(at: &probe, end: current.end, record: false) != nil {
                let column = position - (current.start - current.indent)
                scratch.append(Int32(try readMapping(indent: column, firstKeyAt: position)))
            } else {
                scratch.append(Int32(try readInline(at: &position, end: current.end)))
                line += 1
            }
        }
        close(node, from: mark, count: scratch.count - mark)
        return node
    }

    /// Reads the value after `key:` (`position` is just past the colon) and
    /// moves to the line after it: a scalar or flow collection on the same
    /// line, a block collection on the next lines, or nothing (null).
    private mutating func readValue(at position: Int, end: Int, keyIndent: Int) throws -> Int {
        var position = position
        while position < end && bytes[position] == .space { position += 1 }
        if position < end && bytes[position] != UInt8(ascii: "#") {
            let node = try readInline(at: &position, end: end)
            line += 1
            return node
        }
        line += 1
        if line < lines.count {
            let next = lines[line]
            if next.indent > keyIndent {
                return isDash(next) ? try readSequence(indent: next.indent)
                    : try readMapping(indent: next.indent, firstKeyAt: nil)
            }
            if next.indent == keyIndent && isDash(next) { return try readSequence(indent: keyIndent) }
        }
        return scalar(.plain, position, position, escaped: false)
    }

    // MARK: Keys and one-line values

    /// The key at `position` if the line holds `key:` there (then `position`
    /// moves past the colon), nil if it holds a value. Keys are one-line
    /// scalars without escapes followed by `: ` or `:` at the end of the line.
    /// With `record` false the key is only recognized, not added as a node.
    private mutating func readKey(at position: inout Int, end: Int, record: Bool = true) throws -> Int? {
        let start = position
        let first = bytes[start]
        var contentStart = start, contentEnd: Int, colon: Int
        var style = FastYAMLTree.Style.plain
        if first == .doubleQuote || first == .singleQuote {
            guard let (closing, escaped) = try closingQuote(from: start, end: end) else { return nil }
            guard closing + 1 < end, bytes[closing + 1] == .colon else { return nil }
            if escaped { throw Unsupported() }
            style = first == .doubleQuote ? .doubleQuoted : .singleQuoted
            contentStart = start + 1
            contentEnd = closing
            colon = closing + 1
        } else {
            guard startsPlain(at: start, end: end) else { return nil }
            var index = start
            while true {
                guard index < end else { return nil }
                let byte = bytes[index]
                if byte == .colon && (index + 1 == end || bytes[index + 1] == .space) { break }
                if byte == UInt8(ascii: "#") && bytes[index - 1] == .space { return nil }
                index += 1
            }
            if bytes[index - 1] == .space { throw Unsupported() } // `key :`
            contentEnd = index
            colon = index
        }
        guard colon + 1 == end || bytes[colon + 1] == .space else { return nil }
        position = colon + 1
        return record ? scalar(style, contentStart, contentEnd, escaped: false) : 0
    }

    /// A scalar or flow collection on the rest of the line, followed only by
    /// spaces or a comment.
    private mutating func readInline(at position: inout Int, end: Int) throws -> Int {
        let node: Int
        switch bytes[position] {
        case UInt8(ascii: "["): node = try readFlowSequence(at: &position, end: end)
        case UInt8(ascii: "{"): node = try readFlowMapping(at: &position, end: end)
        case .doubleQuote, .singleQuote: node = try readQuoted(at: &position, end: end)
        default:
            guard startsPlain(at: position, end: end) else { throw Unsupported() }
            var index = position
            var contentEnd = position
            while index < end {
                let byte = bytes[index]
                if byte == .colon && (index + 1 == end || bytes[index + 1] == .space) { throw Unsupported() }
                if byte == UInt8(ascii: "#") && bytes[index - 1] == .space { break }
                if byte != .space { contentEnd = index + 1 }
                index += 1
            }
            node = scalar(.plain, position, contentEnd, escaped: false)
            position = contentEnd
        }
        try expectLineEnd(from: position, end: end)
        return node
    }

    /// Only spaces, then the end of the line or a comment, from `position`.
    private func expectLineEnd(from position: Int, end: Int) throws {
        var index = position
        while index < end && bytes[index] == .space { index += 1 }
        guard index == end || (index > position && bytes[index] == UInt8(ascii: "#")) else { throw Unsupported() }
    }

    /// A quoted scalar closed on its line; `position` moves past the closing quote.
    private mutating func readQuoted(at position: inout Int, end: Int) throws -> Int {
        let start = position
        guard let (closing, escaped) = try closingQuote(from: start, end: end) else { throw Unsupported() }
        position = closing + 1
        return scalar(bytes[start] == .doubleQuote ? .doubleQuoted : .singleQuoted, start + 1, closing, escaped: escaped)
    }

    /// The closing quote of the quoted scalar at `start` on its line (nil
    /// when the line has none), and whether it has `''`. A backslash in
    /// double quotes (an escape) is left to Yams.
    private func closingQuote(from start: Int, end: Int) throws -> (Int, Bool)? {
        let quote = bytes[start]
        var index = start + 1
        var escaped = false
        while index < end {
            let byte = bytes[index]
            if quote == .doubleQuote {
                if byte == UInt8(ascii: "\\") { throw Unsupported() }
                if byte == .doubleQuote { return (index, false) }
            } else if byte == .singleQuote {
                guard index + 1 < end, bytes[index + 1] == .singleQuote else { return (index, escaped) }
                escaped = true
                index += 1
            }
            index += 1
        }
        return nil
    }

    /// Whether a plain scalar can start at `position`: not with an indicator
    /// (`-` is fine before anything but a space, as in `-5`).
    private func startsPlain(at position: Int, end: Int) -> Bool {
        switch bytes[position] {
        case .dash:
            return position + 1 < end && bytes[position + 1] != .space
        case UInt8(ascii: "?"), .colon, UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
             UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), .singleQuote, .doubleQuote,
             UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    // MARK: Flow collections

    /// `[]` or `[a, "b", 'c']` on one line.
    private mutating func readFlowSequence(at position: inout Int, end: Int) throws -> Int {
        let node = try open(.sequence)
        let mark = scratch.count
        position += 1
        skipSpaces(&position, end)
        if position < end && bytes[position] == UInt8(ascii: "]") {
            position += 1
        } else {
            while true {
                scratch.append(Int32(try readFlowScalar(at: &position, end: end)))
                skipSpaces(&position, end)
                guard position < end else { throw Unsupported() }
                position += 1
                if bytes[position - 1] == UInt8(ascii: "]") { break }
                guard bytes[position - 1] == UInt8(ascii: ",") else { throw Unsupported() }
                skipSpaces(&position, end)
            }
        }
        close(node, from: mark, count: scratch.count - mark)
        return node
    }

    /// `{}` or `{value: "3,994.84", line: 95, table: 表1}` on one line.
    private mutating func readFlowMapping(at position: inout Int, end: Int) throws -> Int {
        let node = try open(.mapping)
        let mark = scratch.count
        position += 1
        skipSpaces(&position, end)
        if position < end && bytes[position] == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                let key = try readFlowScalar(at: &position, end: end)
                if nodes[key].hasEscapedQuote { throw Unsupported() }
                try checkUnique(key, amongKeysFrom: mark)
                // `key: value`, with no space before the colon (as in block mappings).
                guard position + 1 < end, bytes[position] == .colon, bytes[position + 1] == .space,
                      bytes[position - 1] != .space else { throw Unsupported() }
                position += 2
                skipSpaces(&position, end)
                scratch.append(Int32(key))
                scratch.append(Int32(try readFlowScalar(at: &position, end: end)))
                skipSpaces(&position, end)
                guard position < end else { throw Unsupported() }
                position += 1
                if bytes[position - 1] == UInt8(ascii: "}") { break }
                guard bytes[position - 1] == UInt8(ascii: ",") else { throw Unsupported() }
                skipSpaces(&position, end)
            }
        }
        close(node, from: mark, count: (scratch.count - mark) / 2)
        return node
    }

    /// A quoted or plain scalar inside a flow collection. A plain one ends
    /// before `,`, `]`, `}` or `:`; `#`, `[` and `{` in it are left to Yams.
    private mutating func readFlowScalar(at position: inout Int, end: Int) throws -> Int {
        guard position < end else { throw Unsupported() }
        let first = bytes[position]
        if first == .doubleQuote || first == .singleQuote { return try readQuoted(at: &position, end: end) }
        guard startsPlain(at: position, end: end) else { throw Unsupported() }
        let start = position
        var contentEnd = position
        loop: while position < end {
            switch bytes[position] {
            case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), .colon: break loop
            case UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "{"): throw Unsupported()
            case .space: break
            default: contentEnd = position + 1
            }
            position += 1
        }
        if bytes[start] == .dash && contentEnd == start + 1 { throw Unsupported() } // `-,`
        return scalar(.plain, start, contentEnd, escaped: false)
    }

    private func skipSpaces(_ position: inout Int, _ end: Int) {
        while position < end && bytes[position] == .space { position += 1 }
    }

    // MARK: Nodes

    private mutating func scalar(_ style: FastYAMLTree.Style, _ start: Int, _ end: Int, escaped: Bool) -> Int {
        nodes.append(Node(kind: .scalar, style: style, hasEscapedQuote: escaped, start: Int32(start), end: Int32(end)))
        return nodes.count - 1
    }

    /// A collection's node, its children to follow.
    private mutating func open(_ kind: FastYAMLTree.Kind) throws -> Int {
        depth += 1
        guard depth <= FastYAMLReader.maximumDepth else { throw Unsupported() }
        nodes.append(Node(kind: kind))
        return nodes.count - 1
    }

    /// Moves the collection's children from `scratch` to `children`.
    private mutating func close(_ node: Int, from mark: Int, count: Int) {
        nodes[node].first = Int32(children.count)
        nodes[node].count = Int32(count)
        children.append(contentsOf: scratch[mark...])
        scratch.removeSubrange(mark...)
        depth -= 1
    }

    /// Yams rejects a mapping with a key twice; so does this reader (keys
    /// have no escapes, so equal texts are equal bytes).
    private func checkUnique(_ key: Int, amongKeysFrom mark: Int) throws {
        let new = nodes[key]
        let length = Int(new.end - new.start)
        for index in stride(from: mark, to: scratch.count, by: 2) {
            let old = nodes[Int(scratch[index])]
            guard Int(old.end - old.start) == length else { continue }
            if bytes[Int(old.start)..<Int(old.end)].elementsEqual(bytes[Int(new.start)..<Int(new.end)]) {
                throw Unsupported()
            }
        }
    }
}

private extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let newline = UInt8(ascii: "\n")
    static let dash = UInt8(ascii: "-")
    static let colon = UInt8(ascii: ":")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
}
