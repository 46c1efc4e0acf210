/// Why a spreadsheet could not be written.
public enum SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Thrown when a sheet name is empty, longer than 31 characters, contains one of
    /// `[]*?:/\`, starts or ends with an apostrophe, or repeats another sheet's name.
    case invalidSheetName(String, reason: String)
    /// Thrown when a number is NaN or infinite (xsd:double in ODF cannot carry them here).
    case invalidNumber(String, cell: String)
    /// Thrown when a sheet passes LibreOffice's limits (1,048,576 rows, 16,384 columns).
    case tooLarge(String)
    /// Thrown when a span is not positive or overlaps a covered cell.
    case invalidSpan(String)
    /// Thrown when a sheet or row is written to after it ended.
    case misuse(String)

    public var description: String {
        switch self {
        case let .invalidSheetName(name, reason): "invalid sheet name '\(name)': \(reason)"
        case let .invalidNumber(value, cell): "cannot write number \(value) in cell \(cell)"
        case let .tooLarge(message): "sheet too large: \(message)"
        case let .invalidSpan(message): "invalid merged cell: \(message)"
        case let .misuse(message): "spreadsheet writer misuse: \(message)"
        }
    }
}

/// Sheet-name rules shared by LibreOffice and Excel.
enum SheetName {
    static let forbidden: Set<Character> = ["[", "]", "*", "?", ":", "/", "\\"]
    static let maxLength = 31

    /// Checks `name` against the rules and the names already used (case-insensitively).
    ///
    /// Thrown: ``SpreadsheetError/invalidSheetName(_:reason:)``.
    static func validate(_ name: String, existing: [String]) throws {
        func fail(_ reason: String) -> SpreadsheetError { .invalidSheetName(name, reason: reason) }
        if name.isEmpty { throw fail("empty") }
        if name.count > maxLength { throw fail("longer than \(maxLength) characters") }
        if let bad = name.first(where: { forbidden.contains($0) }) { throw fail("contains '\(bad)'") }
        if name.hasPrefix("'") || name.hasSuffix("'") { throw fail("starts or ends with an apostrophe") }
        if name.unicodeScalars.contains(where: { !XMLText.isAllowed($0) }) { throw fail("contains a control character") }
        let lower = name.lowercased()
        if existing.contains(where: { $0.lowercased() == lower }) { throw fail("used by another sheet") }
    }
}
