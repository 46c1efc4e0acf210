import Foundation

/// A department file that cannot be read, with everything an analyst needs to
/// fix it: the file, the line and column, the field path (`staff.onDuty`) and
/// what was expected.
public struct DepartmentFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// Dotted field path, e.g. `expenditure.byFunction[2].code`; empty for the whole file.
    public var field: String
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `Fixtures/x.yaml:12:5: staff.onDuty: expected a whole number such as 44, found "abc"`.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return field.isEmpty ? "\(location): \(message)" : "\(location): \(field): \(message)"
    }
}
