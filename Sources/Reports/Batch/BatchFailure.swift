import BudgetModel
import DisclosureImport
import Foundation

/// Something the batch could not do: an input file it could not read, or an
/// output it could not write. Never stops the batch; each failure is listed in
/// the summary and in `batch-report.json`.
public struct BatchFailure: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where the batch failed.
    public enum Stage: String, Sendable, Hashable, Codable {
        /// Reading an input file (department file or disclosure text).
        case read
        /// Writing an output (a group's workbook and memo, or a profile).
        case write
    }

    public var stage: Stage
    /// The input file (relative to the region folder) for `read`, the output
    /// (relative to the output folder) for `write`.
    public var path: String
    /// 1-based line of the problem in the input, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// Dotted field path, e.g. `staff.onDuty`; `nil` for the whole file.
    public var field: String?
    /// What was wrong and what was expected, without the location.
    public var message: String

    public init(stage: Stage, path: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.stage = stage
        self.path = path
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// A read failure from whatever loading `path` threw: the location and
    /// field of a `DepartmentFileError` or `ImportError` are kept apart.
    public init(reading path: String, error: Error) {
        switch error {
        case let error as DepartmentFileError:
            self.init(stage: .read, path: path, line: error.line, column: error.column,
                      field: error.field.isEmpty ? nil : error.field, message: error.message)
        case let error as ImportError:
            self.init(stage: .read, path: path, line: error.line, message: error.message)
        default:
            self.init(stage: .read, path: path, message: "\(error)")
        }
    }

    /// `region/x.yaml:8:18: staff.onDuty: expected …` (as compilers print it).
    public var description: String {
        var location = path
        if let line { location += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return field.map { "\(location): \($0): \(message)" } ?? "\(location): \(message)"
    }

    private enum CodingKeys: String, CodingKey { case stage, path, line, column, field, message }

    /// Every key is written, `null` when unknown, so that the JSON has one shape.
    public func encode(to encoder: Encoder) throws {
        var keyed = encoder.container(keyedBy: CodingKeys.self)
        try keyed.encode(stage, forKey: .stage)
        try keyed.encode(path, forKey: .path)
        try keyed.encode(line, forKey: .line)
        try keyed.encode(column, forKey: .column)
        try keyed.encode(field, forKey: .field)
        try keyed.encode(message, forKey: .message)
    }
}
