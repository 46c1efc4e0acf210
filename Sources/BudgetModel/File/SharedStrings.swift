import Foundation

/// One copy of each text that many department files repeat (function and
/// economic class names, divisions, table names), for a reader that keeps
/// many departments at once: a batch holds every department until its
/// workbook is written, and 20,000 copies of "一般公共服务支出" are 1.6 MB.
///
/// Only texts stored out of line are kept (16 to 64 bytes of UTF-8; shorter
/// ones live inside the `String` itself, longer ones are rarely repeated).
/// Thread-safe: the batch's readers share one table; it lives as long as
/// whoever made it holds it.
public final class SharedStrings: @unchecked Sendable {
    private var strings: Set<String> = []
    private let lock = NSLock()

    public init() {}

    /// The table's copy of `text` (stored now if it is the first).
    public func share(_ text: String) -> String {
        let length = text.utf8.count
        guard length >= 16, length <= 64 else { return text }
        lock.lock()
        defer { lock.unlock() }
        return strings.insert(text).memberAfterInsert
    }

    /// The texts held.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return strings.count
    }
}
