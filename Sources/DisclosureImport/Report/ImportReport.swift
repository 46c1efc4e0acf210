import BudgetModel

/// What the importer found, could not find, and why.
///
/// `notes` is the human-readable list (one line per entry, as printed by
/// `budget-compare import` on standard error); `entries` holds the same
/// entries with their structure, for programs.
public struct ImportReport: Sendable, Hashable {
    public var file: String
    /// One line per problem: "表6 not found", "表3 第12行: row unreadable", ….
    public var notes: [String]
    /// The same entries, structured.
    public var entries: [ImportNote]
    /// Tables found, in document order: "表1 部门收支总体情况表 (第85–125行)".
    public var tablesFound: [String]
    /// Field paths the document was expected to state but the importer did
    /// not find (each also explained by an entry of kind `.notFound`,
    /// `.tableMissing`, `.statedEmpty` …).
    public var missing: [String]

    public init(file: String, notes: [String] = []) {
        self.file = file
        self.notes = notes
        self.entries = []
        self.tablesFound = []
        self.missing = []
    }

    /// Records an entry (and its human-readable line).
    public mutating func add(_ note: ImportNote) {
        entries.append(note)
        notes.append(note.description)
    }

    mutating func add(_ kind: ImportNote.Kind, field: String? = nil, at source: String? = nil, line: Int? = nil,
                      _ message: String) {
        add(ImportNote(kind: kind, field: field, source: source, line: line, message: message))
    }

    /// The whole report as text (what the CLI prints).
    public var text: String {
        var out = "\(file): "
        out += tablesFound.isEmpty ? "no tables found" : "\(tablesFound.count) tables found"
        out += missing.isEmpty ? ", nothing expected is missing" : ", \(missing.count) expected figures missing"
        out += "\n"
        for table in tablesFound { out += "  found " + table + "\n" }
        for note in notes { out += "  " + note + "\n" }
        return out
    }
}

/// One entry of an `ImportReport`.
public struct ImportNote: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A table the disclosure should have was not found.
        case tableMissing
        /// The disclosure states that a table is empty (为空表).
        case statedEmpty
        /// A row or sentence was found but could not be read.
        case unreadable
        /// A value's column could not be told (space-separated rows without empty cells).
        case ambiguous
        /// Figures that must agree do not (as read; kept as read).
        case totalsDisagree
        /// An expected figure was not found.
        case notFound
        /// Something was read in a way worth knowing (built-in code list, a fallback source).
        case info
        /// Input damage: cut lines, odd bytes.
        case damaged
    }

    public var kind: Kind
    /// Field path, e.g. `expenditure.byFunction` or `sangong.total`.
    public var field: String?
    /// "表3", "说明二", "概况".
    public var source: String?
    public var line: Int?
    public var message: String

    public init(kind: Kind, field: String? = nil, source: String? = nil, line: Int? = nil, message: String) {
        self.kind = kind
        self.field = field
        self.source = source
        self.line = line
        self.message = message
    }

    /// "表3 第181行: basic/project column ambiguous (expenditure.byFunction)".
    public var description: String {
        var location = Provenance(line: line, table: source).description
        if !location.isEmpty { location += ": " }
        let fieldPart = field.map { " (\($0))" } ?? ""
        return "[\(kind.rawValue)] \(location)\(message)\(fieldPart)"
    }
}
