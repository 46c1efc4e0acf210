/// A minimal zip writer: local headers, central directory and end record, STORED or
/// DEFLATED entries, no zip64, no data descriptors, no extra fields.
///
/// A deflated entry streams: its local header is written with zero CRC and sizes, the
/// compressed data follows as it is produced, then the header is patched in the file.
/// Every entry gets the same fixed DOS timestamp; names with non-ASCII characters get
/// the UTF-8 flag (bit 11).
final class ZipWriter {
    /// The limits of classic zip; tests lower them to exercise the checks cheaply.
    struct Limits: Sendable {
        var maxEntries = 65_535
        var maxNameBytes = 65_535
        /// Sizes and offsets are 32-bit; 0xFFFFFFFF means "see zip64", so stay below.
        var maxSize: UInt64 = 0xFFFF_FFFE

        static let classic = Limits()
    }

    private struct Entry {
        let name: [UInt8]
        let flags: UInt16
        let method: UInt16
        let crc: UInt32
        let compressedSize: UInt32
        let uncompressedSize: UInt32
        let headerOffset: UInt32
    }

    private let file: AtomicFile
    private let limits: Limits
    private let timestamp = DOSTimestamp.fixed
    private var entries: [Entry] = []
    private var names: Set<[UInt8]> = []
    private var streaming = false
    private var finished = false

    /// Creates a writer appending to `file`.
    init(file: AtomicFile, limits: Limits = .classic) {
        self.file = file
        self.limits = limits
    }

    /// Names of the entries written so far, in order.
    var entryNames: [String] { entries.map { String(decoding: $0.name, as: UTF8.self) } }

    /// Adds an uncompressed entry (used for `mimetype`).
    ///
    /// Thrown on a bad or duplicate name, when a limit would be passed, or on I/O failure.
    func addStored(_ name: String, _ data: [UInt8]) throws {
        let crc = data.withUnsafeBytes { CRC32.checksum($0) }
        let nameBytes = try begin(name, size: UInt64(data.count))
        let offset = file.offset
        try writeLocalHeader(nameBytes, method: 0, crc: crc, compressedSize: UInt32(data.count), uncompressedSize: UInt32(data.count))
        try data.withUnsafeBytes { try file.write($0) }
        append(nameBytes, method: 0, crc: crc, compressed: UInt64(data.count), uncompressed: UInt64(data.count), offset: offset)
    }

    /// Adds a deflated entry whose content `body` streams into the given sink.
    ///
    /// Thrown on a bad or duplicate name, when the entry would pass 4 GiB, on zlib or I/O
    /// failure, or whatever `body` throws.
    /// With `concurrent`, compression runs on a second thread (for large entries).
    func addDeflated(_ name: String, level: Int32, concurrent: Bool = false, _ body: (ByteSink) throws -> Void) throws {
        let nameBytes = try begin(name, size: 0)
        let offset = file.offset
        try writeLocalHeader(nameBytes, method: 8, crc: 0, compressedSize: 0, uncompressedSize: 0)
        streaming = true
        defer { streaming = false }
        let limited = LimitedSink(file, name: name, limit: limits.maxSize, startingAt: file.offset)
        let result: (crc: UInt32, compressed: UInt64, uncompressed: UInt64)
        if concurrent {
            let deflater = try BackgroundDeflater(level: level, output: limited)
            do {
                try body(LimitedSink(deflater, name: name, limit: limits.maxSize, startingAt: 0))
                try deflater.finish()
            } catch {
                deflater.cancel()  // the file may be closed next: nothing may write to it
                throw error
            }
            result = (deflater.crc, deflater.compressedSize, deflater.uncompressedSize)
        } else {
            let deflater = try Deflater(level: level, output: limited)
            try body(LimitedSink(deflater, name: name, limit: limits.maxSize, startingAt: 0))
            try deflater.finish()
            result = (deflater.crc, deflater.compressedSize, deflater.uncompressedSize)
        }
        // Patch CRC-32, compressed and uncompressed sizes (offset 14 in the local header).
        var patch: [UInt8] = []
        patch.appendLE(result.crc)
        patch.appendLE(UInt32(result.compressed))
        patch.appendLE(UInt32(result.uncompressed))
        try file.patch(at: offset + 14, with: patch)
        append(nameBytes, method: 8, crc: result.crc, compressed: result.compressed,
               uncompressed: result.uncompressed, offset: offset)
    }

    /// Writes the central directory and the end record. The archive is then complete.
    ///
    /// Thrown when the directory would pass a zip limit or on I/O failure.
    func finish() throws {
        guard !finished, !streaming else { throw ZipError.misuse("finish called twice or during an entry") }
        finished = true
        let directoryOffset = file.offset
        var bytes: [UInt8] = []
        for entry in entries {
            bytes.removeAll(keepingCapacity: true)
            bytes.appendLE(UInt32(0x0201_4b50))
            bytes.appendLE(UInt16(20))  // version made by: 2.0, MS-DOS attributes
            bytes.appendLE(UInt16(20))  // version needed: 2.0 (deflate)
            bytes.appendLE(entry.flags)
            bytes.appendLE(entry.method)
            bytes.appendLE(timestamp.time)
            bytes.appendLE(timestamp.date)
            bytes.appendLE(entry.crc)
            bytes.appendLE(entry.compressedSize)
            bytes.appendLE(entry.uncompressedSize)
            bytes.appendLE(UInt16(entry.name.count))
            bytes.appendLE(UInt16(0))  // extra field length
            bytes.appendLE(UInt16(0))  // comment length
            bytes.appendLE(UInt16(0))  // disk number start
            bytes.appendLE(UInt16(0))  // internal attributes
            bytes.appendLE(UInt32(0))  // external attributes
            bytes.appendLE(entry.headerOffset)
            bytes.append(contentsOf: entry.name)
            try bytes.withUnsafeBytes { try file.write($0) }
        }
        let directorySize = file.offset - directoryOffset
        guard file.offset <= limits.maxSize else {
            throw ZipError.entryTooLarge(name: "central directory", limit: limits.maxSize)
        }
        bytes.removeAll(keepingCapacity: true)
        bytes.appendLE(UInt32(0x0605_4b50))
        bytes.appendLE(UInt16(0))  // this disk
        bytes.appendLE(UInt16(0))  // disk with the directory
        bytes.appendLE(UInt16(entries.count))
        bytes.appendLE(UInt16(entries.count))
        bytes.appendLE(UInt32(directorySize))
        bytes.appendLE(UInt32(directoryOffset))
        bytes.appendLE(UInt16(0))  // comment length
        try bytes.withUnsafeBytes { try file.write($0) }
    }

    // MARK: Records

    /// Validates a new entry against the limits and returns its UTF-8 name.
    private func begin(_ name: String, size: UInt64) throws -> [UInt8] {
        guard !finished, !streaming else { throw ZipError.misuse("entry '\(name.prefix(80))' added after finish or during another entry") }
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty else { throw ZipError.invalidName(name, reason: "empty") }
        guard bytes.count <= limits.maxNameBytes else {
            throw ZipError.nameTooLong(byteCount: bytes.count, limit: limits.maxNameBytes)
        }
        guard entries.count < limits.maxEntries else { throw ZipError.tooManyEntries(limit: limits.maxEntries) }
        guard !names.contains(bytes) else { throw ZipError.invalidName(name, reason: "duplicate entry") }
        guard size <= limits.maxSize, file.offset + size <= limits.maxSize else {
            throw ZipError.entryTooLarge(name: name, limit: limits.maxSize)
        }
        names.insert(bytes)
        return bytes
    }

    private func writeLocalHeader(_ name: [UInt8], method: UInt16, crc: UInt32, compressedSize: UInt32, uncompressedSize: UInt32) throws {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(30 + name.count)
        bytes.appendLE(UInt32(0x0403_4b50))
        bytes.appendLE(UInt16(20))  // version needed: 2.0
        bytes.appendLE(Self.flags(name))
        bytes.appendLE(method)
        bytes.appendLE(timestamp.time)
        bytes.appendLE(timestamp.date)
        bytes.appendLE(crc)
        bytes.appendLE(compressedSize)
        bytes.appendLE(uncompressedSize)
        bytes.appendLE(UInt16(name.count))
        bytes.appendLE(UInt16(0))  // no extra field
        bytes.append(contentsOf: name)
        try bytes.withUnsafeBytes { try file.write($0) }
    }

    private func append(_ name: [UInt8], method: UInt16, crc: UInt32, compressed: UInt64, uncompressed: UInt64, offset: UInt64) {
        entries.append(Entry(
            name: name, flags: Self.flags(name), method: method, crc: crc,
            compressedSize: UInt32(compressed), uncompressedSize: UInt32(uncompressed),
            headerOffset: UInt32(offset)))
    }

    /// Bit 11 (language encoding) marks UTF-8 names; ASCII names need no flag.
    private static func flags(_ name: [UInt8]) -> UInt16 {
        name.contains { $0 >= 0x80 } ? 0x0800 : 0
    }
}

/// Counts bytes on their way to `next` and throws before a zip size limit is passed.
private final class LimitedSink: ByteSink {
    private let next: ByteSink
    private let name: String
    private let limit: UInt64
    private var total: UInt64

    init(_ next: ByteSink, name: String, limit: UInt64, startingAt start: UInt64) {
        self.next = next
        self.name = name
        self.limit = limit
        total = start
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        total += UInt64(bytes.count)
        if total > limit { throw ZipError.entryTooLarge(name: name, limit: limit) }
        try next.write(bytes)
    }

    func splice(_ piece: DeflatedPiece) throws {
        // On the XML side: the piece's compressed bytes reach the file side as writes.
        total += piece.uncompressedSize
        if total > limit { throw ZipError.entryTooLarge(name: name, limit: limit) }
        try next.splice(piece)
    }
}

extension Array where Element == UInt8 {
    /// Appends a little-endian integer (zip's byte order).
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        var v = value.littleEndian
        Swift.withUnsafeBytes(of: &v) { append(contentsOf: $0) }
    }
}
