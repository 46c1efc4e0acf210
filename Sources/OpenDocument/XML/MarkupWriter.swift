/// Writes XML as bytes, escaping and closing elements exactly as libxml2's text
/// writer does, so that its output can stand in for libxml2's byte for byte.
///
/// Why: a sheet's rows are most of a spreadsheet (60 MB of content.xml for a
/// 1,594-department workbook) and libxml2 costs per call (a `strdup` of every
/// element name, a list push, an escaping pass into a fresh buffer per attribute,
/// a UTF-8 → UTF-8 copy through its output encoder). Rows are written here instead
/// and reach the file through libxml2's writer as raw markup, 64 KiB at a time
/// (``XMLStreamWriter``, also for a sheet written ahead of its columns,
/// ``BufferedSheet``): every byte of every part still goes through libxml2's
/// output buffer, and libxml2 serializes everything but the sheet rows itself.
///
/// libxml2 2.9's rules, reproduced here (a test compares the two on tricky text):
/// - character data: `&` `<` `>` `"` as entities, CR as `&#13;`; tab and LF raw;
/// - attribute values: the same plus tab, LF and CR as `&#9;` `&#10;` `&#13;`;
/// - an element with no content ends as `/>`; once text is written, even empty
///   text, it ends with `</name>`;
/// - every string is first passed through ``XMLText/sanitized(_:)``.
///
/// The elements opened here must be closed here before libxml2 writes again.
final class MarkupWriter {
    /// Owned; freed in deinit.
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity = 1 << 16
    private var count = 0
    private let output: ByteSink
    /// Elements opened with ``startElement(_:)``, innermost last.
    private var open: [XMLName] = []
    /// Whether the innermost start tag still waits for its `>` (or `/>`).
    private var tagOpen = false

    /// Creates a writer whose bytes go to `output` each time 64 KiB have gathered
    /// (and on ``flush()``).
    init(output: ByteSink) {
        self.output = output
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Elements open here.
    var depth: Int { open.count }

    /// Bytes gathered and not yet handed to the output.
    var isEmpty: Bool { count == 0 }

    /// Hands the gathered bytes to the output.
    ///
    /// Thrown: the output's error.
    func flush() throws {
        guard count > 0 else { return }
        let n = count
        count = 0
        try output.write(UnsafeRawBufferPointer(start: buffer, count: n))
    }

    // MARK: Raw markup

    /// Appends constant markup (the caller keeps it balanced and well-formed). Like a
    /// raw write to libxml2, it first closes a start tag opened by ``startElement(_:)``.
    @inline(__always)
    func appendMarkup(_ markup: XMLName) throws {
        if tagOpen { try closeStartTag() }
        try appendBytes(markup.cString, markup.count)
    }

    private func closeStartTag() throws {
        tagOpen = false
        try appendByte(0x3E)
    }

    /// Appends ` name="value"` where `value` is NUL-terminated text we generated (a
    /// number, a style name).
    ///
    /// Thrown when `value` holds a character that would need escaping (`<&">`, controls):
    /// such a value must go through ``attribute(_:_:)``.
    @inline(__always)
    func appendAttribute(_ name: XMLName, _ value: UnsafePointer<UInt8>) throws {
        if tagOpen { try closeStartTag() }
        try rawAttribute(name, value)
    }

    @inline(__always)
    private func rawAttribute(_ name: XMLName, _ value: UnsafePointer<UInt8>) throws {
        var length = 0
        while case let b = value[length], b != 0 {
            if b < 0x20 || b == 0x22 || b == 0x26 || b == 0x3C || b == 0x3E {
                throw XMLError(operation: "appendAttribute", message: "value needs escaping; use attribute(_:_:)")
            }
            length += 1
        }
        try appendByte(0x20)
        try appendBytes(name.cString, name.count)
        try appendByte(0x3D)
        try appendByte(0x22)
        try appendBytes(value, length)
        try appendByte(0x22)
    }

    // MARK: Elements, as libxml2 writes them

    /// Opens an element (closing the parent's start tag first).
    func startElement(_ name: XMLName) throws {
        if tagOpen { try appendByte(0x3E) }
        try appendByte(0x3C)
        try appendBytes(name.cString, name.count)
        open.append(name)
        tagOpen = true
    }

    /// An attribute of the start tag just opened, its value escaped.
    func attribute(_ name: XMLName, _ value: String) throws {
        guard tagOpen else { throw XMLError(operation: "attribute", message: "no start tag is open") }
        try appendByte(0x20)
        try appendBytes(name.cString, name.count)
        try appendByte(0x3D)
        try appendByte(0x22)
        try appendEscaped(value, attribute: true)
        try appendByte(0x22)
    }

    /// An attribute whose value is constant `prefix` (needing no escaping) then
    /// `value`, escaped: `table:formula="of:=…"` without building the joined string.
    func attribute(_ name: XMLName, prefix: XMLName, _ value: String) throws {
        guard tagOpen else { throw XMLError(operation: "attribute", message: "no start tag is open") }
        try appendByte(0x20)
        try appendBytes(name.cString, name.count)
        try appendByte(0x3D)
        try appendByte(0x22)
        try appendBytes(prefix.cString, prefix.count)
        try appendEscaped(value, attribute: true)
        try appendByte(0x22)
    }

    /// An attribute whose NUL-terminated value needs no escaping (checked).
    func attribute(_ name: XMLName, cString value: UnsafePointer<UInt8>) throws {
        guard tagOpen else { throw XMLError(operation: "attribute", message: "no start tag is open") }
        try rawAttribute(name, value)
    }

    /// Character data, escaped.
    func text(_ value: String) throws {
        if tagOpen {
            try appendByte(0x3E)
            tagOpen = false
        }
        try appendEscaped(value, attribute: false)
    }

    /// Closes the innermost element: `/>` when it has no content, else `</name>`.
    func endElement() throws {
        guard let name = open.popLast() else {
            throw XMLError(operation: "endElement", message: "no element is open")
        }
        if tagOpen {
            try appendByte(0x2F)
            try appendByte(0x3E)
            tagOpen = false
        } else {
            try appendByte(0x3C)
            try appendByte(0x2F)
            try appendBytes(name.cString, name.count)
            try appendByte(0x3E)
        }
    }

    /// An element with no attributes and no content: `<name/>`.
    func emptyElement(_ name: XMLName) throws {
        try startElement(name)
        try endElement()
    }

    // MARK: Bytes

    @inline(__always)
    private func appendByte(_ byte: UInt8) throws {
        if count == capacity { try flush() }
        buffer[count] = byte
        count += 1
    }

    @inline(__always)
    private func appendBytes(_ bytes: UnsafePointer<UInt8>, _ n: Int) throws {
        if count + n > capacity {
            try flush()
            if n > capacity {
                try output.write(UnsafeRawBufferPointer(start: bytes, count: n))
                return
            }
        }
        (buffer + count).update(from: bytes, count: n)
        count += n
    }

    /// `text`, sanitized (``XMLText/sanitized(_:)``), with libxml2's entities for
    /// character data or attribute values. One pass: the rare character XML cannot
    /// hold sends the rest of the text through `sanitized` (the part before it is
    /// the same either way).
    private func appendEscaped(_ text: String, attribute: Bool) throws {
        var text = text
        try text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var start = 0
            for i in 0..<bytes.count {
                let entity: XMLName
                switch bytes[i] {
                case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F:
                    try sanitizeRest(bytes, from: start, at: i, attribute: attribute)
                    return
                case 0xEF where i + 2 < bytes.count && bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE:
                    try sanitizeRest(bytes, from: start, at: i, attribute: attribute)
                    return
                case 0x26: entity = Self.amp
                case 0x3C: entity = Self.lt
                case 0x3E: entity = Self.gt
                case 0x22: entity = Self.quot
                case 0x0D: entity = Self.cr
                case 0x0A where attribute: entity = Self.lf
                case 0x09 where attribute: entity = Self.tab
                default: continue
                }
                if i > start { try appendBytes(base + start, i - start) }
                try appendBytes(entity.cString, entity.count)
                start = i + 1
            }
            if bytes.count > start { try appendBytes(base + start, bytes.count - start) }
        }
    }

    /// Writes `bytes[start..<bad]` as is, then the sanitized rest from `bad`.
    private func sanitizeRest(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, at bad: Int, attribute: Bool) throws {
        if bad > start { try appendBytes(bytes.baseAddress! + start, bad - start) }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[bad...]), as: UTF8.self)
        try appendEscaped(XMLText.sanitized(rest), attribute: attribute)
    }

    private static let amp = XMLName("&amp;")
    private static let lt = XMLName("&lt;")
    private static let gt = XMLName("&gt;")
    private static let quot = XMLName("&quot;")
    private static let cr = XMLName("&#13;")
    private static let lf = XMLName("&#10;")
    private static let tab = XMLName("&#9;")
}
