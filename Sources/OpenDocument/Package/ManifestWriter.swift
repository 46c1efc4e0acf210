/// Writes `META-INF/manifest.xml`: the package's media type and every part in it.
///
/// `manifest:version` is on the root and on the `/` entry (ODF 1.3 requires both).
struct ManifestWriter {
    let mediaType: MediaType
    /// Paths of the XML parts, in package order (never `mimetype` or `META-INF/*`).
    let parts: [String]

    func write(to xml: XMLStreamWriter) throws {
        try xml.startRoot("manifest:manifest", namespaces: [.manifest], version: ("manifest:version", odfVersion))
        try xml.element("manifest:file-entry", [
            "manifest:full-path": "/", "manifest:version": odfVersion, "manifest:media-type": mediaType.rawValue,
        ])
        for path in parts {
            try xml.element("manifest:file-entry", ["manifest:full-path": path, "manifest:media-type": "text/xml"])
        }
        try xml.endElement()
    }
}
