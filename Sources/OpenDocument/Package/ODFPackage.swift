import Foundation

/// The packager: the only type that knows which entries an ODF package holds and in
/// which order they are written.
///
/// ```
/// report.ods | memo.odt
/// ├── mimetype              STORED, first, no extra field: the media type, no newline
/// ├── content.xml           streamed (a sheet's rows go straight into the deflater)
/// ├── styles.xml
/// ├── meta.xml              fixed generator; dates only when given
/// ├── settings.xml          optional (frozen panes, active sheet)
/// └── META-INF/manifest.xml lists every entry above except mimetype
/// ```
///
/// Timestamps are pinned (``DOSTimestamp/fixed``) and the order is fixed, so the same
/// input gives the same bytes. The file appears under its final name only after
/// ``commit()`` (see ``AtomicFile``); a package dropped without committing leaves
/// nothing behind.
final class ODFPackage {
    /// The parts after `mimetype`, in package order.
    enum Part: Int, Comparable, Sendable {
        case content, styles, meta, settings

        var path: String {
            switch self {
            case .content: "content.xml"
            case .styles: "styles.xml"
            case .meta: "meta.xml"
            case .settings: "settings.xml"
            }
        }

        static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }
    }

    private let file: AtomicFile
    private let zip: ZipWriter
    private let mediaType: MediaType
    private let level: Int32
    private var written: [Part] = []

    /// Opens a temporary file beside `url` and writes `mimetype`.
    ///
    /// Thrown when the temporary file cannot be created or written.
    init(url: URL, mediaType: MediaType, compressionLevel: Int32 = 6) throws {
        file = try AtomicFile(destination: url)
        zip = ZipWriter(file: file)
        self.mediaType = mediaType
        level = compressionLevel
        try zip.addStored("mimetype", Array(mediaType.rawValue.utf8))
    }

    /// Streams one XML part through a fresh ``XMLStreamWriter``.
    ///
    /// Thrown when parts are written out of order or twice, or whatever `body` throws.
    func write(_ part: Part, _ body: (XMLStreamWriter) throws -> Void) throws {
        if let last = written.last, part <= last {
            throw ZipError.misuse("\(part.path) written after \(last.path)")
        }
        // content.xml can be hundreds of MB: compress it on a second thread.
        try zip.addDeflated(part.path, level: level, concurrent: part == .content) { sink in
            let xml = try XMLStreamWriter(sink: sink)
            try xml.startDocument()
            try body(xml)
            try xml.finish()
        }
        written.append(part)
    }

    /// Writes the manifest and the zip directory, then renames the file into place.
    ///
    /// Thrown on I/O failure; the temporary file is removed.
    func commit() throws {
        do {
            let manifest = ManifestWriter(mediaType: mediaType, parts: written.map(\.path))
            try zip.addDeflated("META-INF/manifest.xml", level: level) { sink in
                let xml = try XMLStreamWriter(sink: sink)
                try xml.startDocument()
                try manifest.write(to: xml)
                try xml.finish()
            }
            try zip.finish()
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Abandons the package: the temporary file is removed.
    func discard() { file.discard() }
}

/// The media types of the documents we write.
public enum MediaType: String, Sendable {
    case spreadsheet = "application/vnd.oasis.opendocument.spreadsheet"
    case text = "application/vnd.oasis.opendocument.text"
}
