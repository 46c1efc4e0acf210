/// The XML namespaces of ODF 1.3, declared once on each part's root element.
///
/// Declaring every prefix on the root and writing qualified names keeps libxml2 from
/// re-declaring a namespace on every element (as `StartElementNS` would).
enum Namespace: String, CaseIterable, Sendable {
    case office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    case style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    case text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    case table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    case fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    case number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
    case svg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    /// OpenFormula: still `of:1.2` in ODF 1.3 (there is no `of:1.3`).
    case of = "urn:oasis:names:tc:opendocument:xmlns:of:1.2"
    case dc = "http://purl.org/dc/elements/1.1/"
    case meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    case config = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
    case xlink = "http://www.w3.org/1999/xlink"
    case manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    /// The prefix we always bind this namespace to.
    var prefix: String {
        switch self {
        case .office: "office"
        case .style: "style"
        case .text: "text"
        case .table: "table"
        case .fo: "fo"
        case .number: "number"
        case .svg: "svg"
        case .of: "of"
        case .dc: "dc"
        case .meta: "meta"
        case .config: "config"
        case .xlink: "xlink"
        case .manifest: "manifest"
        }
    }

    /// The namespaces declared on content.xml and styles.xml roots.
    static let documentParts: [Namespace] = [
        .office, .style, .text, .table, .fo, .number, .svg, .of, .dc, .meta, .xlink,
    ]
}

/// The ODF version written on every root element and in the manifest.
let odfVersion = "1.3"
