import Foundation

/// A file written under a temporary name beside its destination and renamed into place
/// only when complete, so a crash or an error never leaves a truncated document under
/// the final name.
///
/// Output is buffered (1 MiB by default); ``patch(at:with:)`` rewrites bytes already
/// written, which lets the zip writer fill in a local header's CRC and sizes after
/// streaming an entry. Unless ``commit()`` succeeds, the temporary file is removed
/// (by ``discard()`` or on deinit).
final class AtomicFile: ByteSink {
    /// Where the file will appear on commit.
    let destination: URL
    private let temporaryPath: String
    /// Owned file descriptor; closed by commit, discard or deinit.
    private var descriptor: Int32
    /// Owned write buffer; freed in deinit.
    private let buffer: UnsafeMutableRawBufferPointer
    private var buffered = 0
    private var flushedOffset: UInt64 = 0
    private var done = false

    /// Total bytes written so far (the offset of the next byte).
    var offset: UInt64 { flushedOffset + UInt64(buffered) }

    /// Creates the temporary file in the destination's folder.
    ///
    /// Thrown when the folder does not exist or is not writable.
    init(destination: URL, bufferSize: Int = 1 << 20) throws {
        self.destination = destination
        let folder = destination.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(destination.lastPathComponent).tmp-XXXXXX".utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        if descriptor < 0 {
            throw Self.error("create temporary file in", folder)
        }
        buffer = .allocate(byteCount: bufferSize, alignment: 16)
        fchmod(descriptor, 0o644)
    }

    deinit {
        discard()
        buffer.deallocate()
    }

    /// Appends bytes.
    ///
    /// Thrown when the system write fails (disk full, I/O error).
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !done else { throw ZipError.misuse("write after the file was closed") }
        if bytes.count > buffer.count - buffered {
            try flush()
            if bytes.count >= buffer.count {
                try writeAll(bytes)
                flushedOffset += UInt64(bytes.count)
                return
            }
        }
        UnsafeMutableRawBufferPointer(rebasing: buffer[buffered...]).copyMemory(from: bytes)
        buffered += bytes.count
    }

    /// Overwrites bytes written earlier, starting at `position`.
    ///
    /// Thrown when the system write fails.
    func patch(at position: UInt64, with bytes: [UInt8]) throws {
        precondition(position + UInt64(bytes.count) <= offset, "patch beyond the end of the file")
        if position >= flushedOffset {
            let start = Int(position - flushedOffset)
            bytes.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: buffer[start..<start + $0.count]).copyMemory(from: $0) }
            return
        }
        try flush()
        let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(position)) }
        if written != bytes.count { throw Self.error("write", temporaryPath) }
    }

    /// Flushes, syncs to disk, closes and renames the file to its destination.
    ///
    /// Thrown when any of those steps fails; the temporary file is then removed.
    func commit() throws {
        guard !done else { throw ZipError.misuse("commit after the file was closed") }
        do {
            try flush()
            if fsync(descriptor) != 0 { throw Self.error("fsync", temporaryPath) }
            let status = close(descriptor)
            descriptor = -1
            if status != 0 { throw Self.error("close", temporaryPath) }
            if rename(temporaryPath, destination.path) != 0 { throw Self.error("rename to \(destination.path)", temporaryPath) }
            done = true
        } catch {
            discard()
            throw error
        }
        // Make the rename itself durable; a failure here cannot leave a partial file.
        let folder = open(destination.deletingLastPathComponent().path, O_RDONLY)
        if folder >= 0 { fsync(folder); close(folder) }
    }

    /// Closes and removes the temporary file (no-op once committed or discarded).
    func discard() {
        guard !done else { return }
        done = true
        if descriptor >= 0 { close(descriptor); descriptor = -1 }
        unlink(temporaryPath)
    }

    private func flush() throws {
        guard buffered > 0 else { return }
        try writeAll(UnsafeRawBufferPointer(rebasing: buffer[0..<buffered]))
        flushedOffset += UInt64(buffered)
        buffered = 0
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var start = 0
        while start < bytes.count {
            let n = Foundation.write(descriptor, bytes.baseAddress! + start, bytes.count - start)
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.error("write", temporaryPath)
            }
            start += n
        }
    }

    private static func error(_ operation: String, _ path: String) -> FileError {
        FileError(operation: operation, path: path, message: String(cString: strerror(errno)))
    }
}
