/// An element or attribute name (or a constant piece of markup), converted to a C string once and kept for the
/// life of the process.
///
/// Hot paths (cells, rows) pass these to libxml2 instead of converting a Swift
/// `String` on every call. Use only for a fixed set of names (static constants):
/// the storage is never freed.
struct XMLName: @unchecked Sendable {
    // Owned by nobody: allocated once, immutable, valid until exit.
    let cString: UnsafePointer<UInt8>
    /// Length in bytes, without the NUL.
    let count: Int

    init(_ name: StaticString) {
        let count = name.utf8CodeUnitCount
        self.count = count
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: count + 1)
        storage.initialize(from: name.utf8Start, count: count)
        storage[count] = 0
        cString = UnsafePointer(storage)
    }
}
