import BudgetModel

/// Turns the text of a published disclosure into a `Department`.
public enum DisclosureImporter {
    /// Imports `text` (the disclosure's text); `file` names it in messages and provenance.
    /// - Throws: `ImportError` when the text is not a disclosure at all.
    public static func importText(_ text: String, file: String) throws -> ImportResult {
        throw ImportError(file: file, message: "the disclosure importer is not built yet")
    }
}

/// A department read from disclosure text, and what the importer could not find.
public struct ImportResult: Sendable {
    public var department: Department
    public var report: ImportReport

    public init(department: Department, report: ImportReport) {
        self.department = department
        self.report = report
    }
}

/// What the importer found, could not find, and why.
public struct ImportReport: Sendable, Hashable {
    public var file: String
    /// One line per problem: "表6 not found", "表3 row 12 unreadable", ….
    public var notes: [String]

    public init(file: String, notes: [String] = []) {
        self.file = file
        self.notes = notes
    }
}

/// Text that is not a disclosure the importer can read.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
