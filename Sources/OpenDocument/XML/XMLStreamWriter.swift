internal import CLibXML2
// No Foundation here: Debian's libxml2 headers pull in ICU, whose definitions clash
// with Foundation's bundled ICU in the same file.

/// A streaming XML writer over libxml2's `xmlTextWriter`: the only code that touches libxml2.
///
/// Output goes through an `xmlOutputBuffer` whose write callback forwards each chunk to a
/// ``ByteSink`` (normally the deflater of a zip entry), so a document is never held in
/// memory. Every C call's status is checked; a failure throws ``XMLError`` carrying
/// libxml2's message, or the sink's own error when the sink failed.
///
/// Strings are passed through ``XMLText/sanitized(_:)`` first (libxml2 would write C0
/// controls raw); libxml2 does the escaping. Namespaces are declared once on the root
/// (``startRoot(_:namespaces:version:)``) and names are always qualified; there is no
/// indentation (it would become text inside ODF paragraphs).
final class XMLStreamWriter {
    /// Owned by us, freed in `close()` or `deinit`. Once `xmlNewTextWriter` succeeded it
    /// owns the `xmlOutputBuffer`: we never free the buffer ourselves.
    private var writer: xmlTextWriterPtr?
    /// Kept alive for the C callbacks, which receive it unretained.
    private let context: SinkContext
    /// Depth of open elements, to catch unbalanced calls early.
    private(set) var depth = 0
    /// Markup we write ourselves (sheet rows), handed to libxml2 as raw writes of up
    /// to 64 KiB; always emptied before libxml2 writes anything else, so output stays
    /// in order.
    let markup: MarkupWriter
    private let raw: RawMarkupSink

    /// Creates a writer that streams its output into `sink`.
    ///
    /// Thrown when libxml2 cannot allocate the output buffer or the writer.
    init(sink: ByteSink) throws {
        context = SinkContext(sink: sink)
        // libxml2 prints errors to stderr unless a structured handler is set; we report
        // them as thrown errors instead (xmlGetLastError still records them). The handler
        // is per thread in libxml2, so it is set here, on the writing thread.
        xmlSetStructuredErrorFunc(nil, silenceLibxmlError)
        raw = RawMarkupSink(context: context)
        markup = MarkupWriter(output: raw)
        let opaque = Unmanaged.passUnretained(context).toOpaque()
        // Owned by us until xmlNewTextWriter succeeds, then by the writer.
        // Every stored property is initialised from here on, so a throw below still runs
        // deinit.
        guard let output = xmlOutputBufferCreateIO(xmlWriteToSink, xmlCloseSink, opaque, nil) else {
            throw Self.libxmlError("xmlOutputBufferCreateIO")
        }
        guard let writer = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            throw Self.libxmlError("xmlNewTextWriter")
        }
        self.writer = writer
        raw.writer = writer
    }

    deinit {
        // After an error the sink is marked failed, so closing does not write any more.
        if let writer {
            context.abandoned = true
            raw.writer = nil
            xmlFreeTextWriter(writer)
        }
    }

    // MARK: Document

    /// Writes the XML declaration with UTF-8 encoding.
    ///
    /// Without an explicit encoding libxml2 writes every non-ASCII character inside an
    /// attribute as a character reference.
    func startDocument() throws {
        try check(xmlTextWriterStartDocument(try live(), "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
    }

    /// Starts the root element, declares `namespaces` and writes `office:version`
    /// (or another version attribute).
    func startRoot(_ name: String, namespaces: [Namespace], version: (String, String)? = ("office:version", odfVersion)) throws {
        try startElement(name)
        for namespace in namespaces {
            try attribute("xmlns:" + namespace.prefix, namespace.rawValue)
        }
        if let version { try attribute(version.0, version.1) }
    }

    /// Closes every open element, ends the document, flushes libxml2's buffer into the
    /// sink and releases the C writer.
    ///
    /// Thrown when libxml2 or the sink fails while flushing.
    func finish() throws {
        let writer = try live()
        try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        self.writer = nil
        raw.writer = nil
        xmlFreeTextWriter(writer)  // also closes (and flushes) the output buffer
        if let error = context.error { throw error }
        depth = 0
    }

    /// Hands everything written so far (markup included) to the sink, without ending
    /// the document: for a fragment such as a buffered sheet's rows, which has no
    /// document of its own (``BufferedSheet``).
    ///
    /// Thrown when libxml2 or the sink fails.
    func flush() throws {
        let writer = try live()
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        if let error = context.error { throw error }
    }

    // MARK: Elements

    /// Opens an element by qualified name.
    func startElement(_ name: String) throws {
        let writer = try live()
        try name.withCString { name in
            try check(xmlTextWriterStartElement(writer, xml(name)), "xmlTextWriterStartElement")
        }
        depth += 1
    }

    /// Opens an element whose name was converted to C once (hot paths).
    func startElement(_ name: XMLName) throws {
        try check(xmlTextWriterStartElement(try live(), name.cString), "xmlTextWriterStartElement")
        depth += 1
    }

    /// Closes the innermost open element (as `<a/>` when it has no content).
    func endElement() throws {
        guard depth > 0 else {
            throw XMLError(operation: "endElement", message: "no element is open")
        }
        try check(xmlTextWriterEndElement(try live()), "xmlTextWriterEndElement")
        depth -= 1
    }

    /// Writes an element with attributes (nil values are skipped) and a body.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ body: () throws -> Void = {}) throws {
        try startElement(name)
        for case let (key, value?) in attributes { try attribute(key, value) }
        try body()
        try endElement()
    }

    /// Writes an element holding only text.
    func textElement(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) throws {
        try element(name, attributes) { try self.text(text) }
    }

    // MARK: Attributes and text

    /// Writes an attribute of the current start tag; libxml2 escapes the value.
    func attribute(_ name: String, _ value: String) throws {
        let writer = try live()
        let value = XMLText.sanitized(value)
        try name.withCString { name in
            try value.withCString { value in
                try check(xmlTextWriterWriteAttribute(writer, xml(name), xml(value)), "xmlTextWriterWriteAttribute")
            }
        }
    }

    /// Writes an attribute whose name was converted to C once (hot paths).
    func attribute(_ name: XMLName, _ value: String) throws {
        let writer = try live()
        let value = XMLText.sanitized(value)
        try value.withCString { value in
            try check(xmlTextWriterWriteAttribute(writer, name.cString, xml(value)), "xmlTextWriterWriteAttribute")
        }
    }

    /// Writes an attribute from a NUL-terminated UTF-8 buffer the caller knows to be
    /// valid XML text (numbers formatted by us, style names we generated).
    func attribute(_ name: XMLName, cString value: UnsafePointer<UInt8>) throws {
        try check(xmlTextWriterWriteAttribute(try live(), name.cString, value), "xmlTextWriterWriteAttribute")
    }

    /// Writes character data; libxml2 escapes `&`, `<`, `>`.
    func text(_ value: String) throws {
        let writer = try live()
        let value = XMLText.sanitized(value)
        try value.withCString { value in
            try check(xmlTextWriterWriteString(writer, xml(value)), "xmlTextWriterWriteString")
        }
    }

    // MARK: Errors

    /// The C writer, after handing it the markup written ahead of it (so output stays
    /// in order).
    @inline(__always)
    private func live() throws -> xmlTextWriterPtr {
        guard let writer else {
            throw XMLError(operation: "write", message: "the writer was already finished")
        }
        if !markup.isEmpty || markup.depth > 0 { try flushMarkup() }
        return writer
    }

    private func flushMarkup() throws {
        guard markup.depth == 0 else {
            throw XMLError(operation: "write", message: "an element written as raw markup is still open")
        }
        try markup.flush()
    }

    // MARK: Splicing compressed content

    /// Inserts `piece`, content already deflated, at this point of the document:
    /// libxml2's output so far is flushed into the sink, which then copies the piece
    /// into its deflate stream (see ``DeflatedPiece``). The piece must be markup that
    /// fits here (a sheet's rows inside its open `table:table`).
    ///
    /// Thrown when the sink cannot splice (it is not a deflater) or fails.
    func splice(_ piece: DeflatedPiece) throws {
        let writer = try live()
        // Close a start tag still waiting for its `>` by an empty raw write.
        var nothing: UInt8 = 0
        try check(xmlTextWriterWriteRawLen(writer, &nothing, 0), "xmlTextWriterWriteRawLen")
        try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
        if let error = context.error { throw error }
        try context.sink.splice(piece)
    }

    @inline(__always)
    private func check(_ status: Int32, _ operation: StaticString) throws {
        if status < 0 { throw failure(operation) }
    }

    private func failure(_ operation: StaticString) -> Error {
        // The sink's own error explains more than libxml2's generic I/O message.
        if let error = context.error { return error }
        return Self.libxmlError("\(operation)")
    }

    /// Builds an error from libxml2's last error message, then resets it.
    fileprivate static func libxmlError(_ operation: String) -> XMLError {
        var message = "libxml2 reported no message"
        if let last = xmlGetLastError(), let text = last.pointee.message {
            message = String(cString: text)
            while message.last?.isWhitespace == true { message.removeLast() }
        }
        xmlResetLastError()
        return XMLError(operation: operation, message: message)
    }
}

@inline(__always)
private func xml(_ pointer: UnsafePointer<CChar>) -> UnsafePointer<UInt8> {
    UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
}

/// Hands ``MarkupWriter``'s bytes to libxml2 as raw markup.
private final class RawMarkupSink: ByteSink {
    /// Set while the C writer lives; owned by ``XMLStreamWriter``.
    var writer: xmlTextWriterPtr?
    private let context: SinkContext

    init(context: SinkContext) { self.context = context }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let writer, let base = bytes.baseAddress else {
            if bytes.isEmpty { return }
            throw XMLError(operation: "write", message: "the writer was already finished")
        }
        if xmlTextWriterWriteRawLen(writer, base.assumingMemoryBound(to: UInt8.self), Int32(bytes.count)) < 0 {
            // The sink's own error explains more than libxml2's generic I/O message.
            throw context.error ?? XMLStreamWriter.libxmlError("xmlTextWriterWriteRawLen")
        }
    }
}

/// The state shared with libxml2's C callbacks.
private final class SinkContext {
    let sink: ByteSink
    /// The first error thrown by the sink; later writes are refused.
    var error: Error?
    /// Set when the writer is freed without `finish()`: the output is being discarded.
    var abandoned = false

    init(sink: ByteSink) { self.sink = sink }
}

/// libxml2 output callback: forwards a chunk to the Swift sink; -1 reports failure.
private func xmlWriteToSink(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafePointer<CChar>?, _ length: Int32) -> Int32 {
    guard let context, let buffer, length >= 0 else { return -1 }
    let state = Unmanaged<SinkContext>.fromOpaque(context).takeUnretainedValue()
    if state.error != nil || state.abandoned { return state.abandoned ? length : -1 }
    do {
        try state.sink.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
        return length
    } catch {
        state.error = error
        return -1
    }
}

/// Structured error handler that drops libxml2's console output.
private func silenceLibxmlError(_ context: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {}

/// libxml2 close callback: the sink is closed by its owner, not here.
private func xmlCloseSink(_ context: UnsafeMutableRawPointer?) -> Int32 { 0 }
