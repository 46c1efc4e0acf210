/// Why a zip archive could not be written.
///
/// We write classic zip only (no zip64), so its 16- and 32-bit fields set hard limits.
/// Each is checked before a byte that would overflow is written: the caller gets this
/// error, never a corrupt file.
public enum ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Thrown when an entry's size (compressed or not), or the archive, would pass 4 GiB.
    case entryTooLarge(name: String, limit: UInt64)
    /// Thrown when adding an entry would make more than 65,535 entries.
    case tooManyEntries(limit: Int)
    /// Thrown when an entry name's UTF-8 form is longer than 65,535 bytes (`byteCount` is its length).
    case nameTooLong(byteCount: Int, limit: Int)
    /// Thrown when an entry name is empty or was already added.
    case invalidName(String, reason: String)
    /// Thrown when an entry is added while another is still being streamed, or after `finish()`.
    case misuse(String)
    /// Thrown when zlib reports an error (it carries zlib's message).
    case compression(String)

    public var description: String {
        switch self {
        case let .entryTooLarge(name, limit):
            "zip entry '\(name)' would exceed \(limit) bytes (zip64 is not supported)"
        case let .tooManyEntries(limit):
            "zip archive would exceed \(limit) entries (zip64 is not supported)"
        case let .nameTooLong(count, limit):
            "zip entry name is \(count) bytes long; the limit is \(limit)"
        case let .invalidName(name, reason):
            "invalid zip entry name '\(name.prefix(80))': \(reason)"
        case let .misuse(message):
            "zip writer misuse: \(message)"
        case let .compression(message):
            "zlib: \(message)"
        }
    }
}

/// A failed file-system operation.
public struct FileError: Error, Sendable, CustomStringConvertible {
    /// The operation, e.g. `open`, `write`, `rename`.
    public let operation: String
    /// The path it was applied to.
    public let path: String
    /// The system's explanation (`strerror(errno)`).
    public let message: String

    public var description: String { "\(operation) \(path): \(message)" }
}
