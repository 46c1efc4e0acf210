/// Document properties written to `meta.xml`.
///
/// Nothing here depends on the clock: a creation date appears only when given, so the
/// same input gives the same bytes.
public struct DocumentMetadata: Sendable, Hashable {
    /// `dc:title`.
    public var title: String?
    /// `dc:subject`.
    public var subject: String?
    /// `meta:initial-creator` and `dc:creator`.
    public var creator: String?
    /// `meta:creation-date` and `dc:date`, as ISO 8601 (`2024-06-01T00:00:00`).
    public var creationDate: String?
    /// `dc:language`, e.g. `zh-CN`.
    public var language: String?

    /// The fixed `meta:generator` string.
    public static let generator = "BudgetCompare-OpenDocument/1.0"

    /// Creates metadata; every field is optional.
    public init(title: String? = nil, subject: String? = nil, creator: String? = nil, creationDate: String? = nil, language: String? = "zh-CN") {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.creationDate = creationDate
        self.language = language
    }
}

/// Writes `meta.xml`.
struct MetaWriter {
    let metadata: DocumentMetadata

    func write(to xml: XMLStreamWriter) throws {
        try xml.startRoot("office:document-meta", namespaces: [.office, .meta, .dc])
        try xml.element("office:meta") {
            try xml.textElement("meta:generator", text: DocumentMetadata.generator)
            if let title = metadata.title { try xml.textElement("dc:title", text: title) }
            if let subject = metadata.subject { try xml.textElement("dc:subject", text: subject) }
            if let creator = metadata.creator {
                try xml.textElement("meta:initial-creator", text: creator)
                try xml.textElement("dc:creator", text: creator)
            }
            if let date = metadata.creationDate {
                try xml.textElement("meta:creation-date", text: date)
                try xml.textElement("dc:date", text: date)
            }
            if let language = metadata.language { try xml.textElement("dc:language", text: language) }
        }
        try xml.endElement()
    }
}
