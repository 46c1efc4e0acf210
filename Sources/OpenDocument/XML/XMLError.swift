/// A failure reported while writing XML.
public struct XMLError: Error, Sendable, CustomStringConvertible {
    /// The libxml2 (or writer) operation that failed, e.g. `xmlTextWriterStartElement`.
    public let operation: String
    /// libxml2's own message (from `xmlGetLastError`), or our explanation.
    public let message: String

    public var description: String { "XML writer: \(operation) failed: \(message)" }
}
