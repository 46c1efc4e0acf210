import Foundation

/// Runs a ``Deflater`` on a second thread so that compressing overlaps with producing
/// the XML (the benchmark machine has 2 cores; deflate and CRC are about a third of
/// the work).
///
/// The producer copies bytes into 1 MiB chunks; each full chunk is handed to a serial
/// queue that runs CRC-32 and deflate and writes to the output. At most `depth` chunks
/// are in flight, so memory stays bounded. The compressed bytes are the same as with
/// a plain ``Deflater`` (deflate's output does not depend on how the input is split).
///
/// Thread safety (why `@unchecked Sendable`): the deflater and the output are touched
/// only on `queue`; the producer touches only `current`; chunks move between them
/// through `pool`, guarded by `lock`; `failure` is guarded by `lock`.
final class BackgroundDeflater: ByteSink, @unchecked Sendable {
    private let deflater: Deflater
    private let queue = DispatchQueue(label: "OpenDocument.deflate")
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private let chunkSize: Int
    /// Free chunks, reused; all freed in deinit.
    private var pool: [UnsafeMutableRawBufferPointer] = []
    private var all: [UnsafeMutableRawBufferPointer] = []
    private var current: UnsafeMutableRawBufferPointer?
    private var filled = 0
    private var failure: Error?
    private var finished = false

    /// Creates a compressor at zlib `level` writing into `output` from a second thread.
    ///
    /// Thrown when zlib cannot initialise.
    init(level: Int32, output: ByteSink, chunkSize: Int = 1 << 20, depth: Int = 3) throws {
        deflater = try Deflater(level: level, output: output)
        self.chunkSize = chunkSize
        slots = DispatchSemaphore(value: depth)
    }

    deinit {
        // Queued blocks retain self, so none can still be using a chunk here. A chunk
        // still being filled holds a slot: libdispatch traps when a semaphore is freed
        // below its initial value.
        if current != nil { slots.signal() }
        all.forEach { $0.deallocate() }
    }

    /// CRC-32, sizes: valid after ``finish()``.
    var crc: UInt32 { deflater.crc }
    var uncompressedSize: UInt64 { deflater.uncompressedSize }
    var compressedSize: UInt64 { deflater.compressedSize }

    /// Copies `bytes` into the current chunk, handing full chunks to the queue.
    ///
    /// Thrown: an error the background compression or output met earlier.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let chunk = try currentChunk()
            let n = min(chunkSize - filled, bytes.count - offset)
            UnsafeMutableRawBufferPointer(rebasing: chunk[filled..<filled + n])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + n]))
            filled += n
            offset += n
            if filled == chunkSize { try submit() }
        }
    }

    /// Hands the bytes gathered so far to the queue, then `piece` (see
    /// ``Deflater/splice(_:)``), in order.
    ///
    /// Thrown: an error the background compression or output met earlier.
    func splice(_ piece: DeflatedPiece) throws {
        if filled > 0 { try submit() }
        if let failure = currentFailure { throw failure }
        queue.async {
            guard self.currentFailure == nil else { return }
            do { try self.deflater.splice(piece) } catch { self.record(error) }
        }
    }

    /// Compresses what remains, ends the stream and waits for the queue.
    ///
    /// Thrown: the first error of the background work.
    func finish() throws {
        guard !finished else { return }
        finished = true
        if filled > 0 { try submit() }
        queue.sync {
            guard self.currentFailure == nil else { return }
            do { try self.deflater.finish() } catch { self.record(error) }
        }
        if let failure = currentFailure { throw failure }
    }

    /// Stops after a producer error: queued chunks are dropped and the queue drained,
    /// so nothing writes to the output once this returns.
    func cancel() {
        record(CancellationError())
        queue.sync {}
    }

    private func currentChunk() throws -> UnsafeMutableRawBufferPointer {
        if let current { return current }
        if let failure = currentFailure { throw failure }
        slots.wait()
        lock.lock()
        let chunk: UnsafeMutableRawBufferPointer
        if let reused = pool.popLast() {
            chunk = reused
        } else {
            chunk = .allocate(byteCount: chunkSize, alignment: 16)
            all.append(chunk)
        }
        lock.unlock()
        current = chunk
        filled = 0
        return chunk
    }

    private func submit() throws {
        guard let chunk = current else { return }
        let count = filled
        current = nil
        filled = 0
        let handed = Chunk(buffer: chunk)
        queue.async {
            if self.currentFailure == nil {
                do { try self.deflater.write(UnsafeRawBufferPointer(rebasing: handed.buffer[0..<count])) } catch { self.record(error) }
            }
            self.lock.lock()
            self.pool.append(handed.buffer)
            self.lock.unlock()
            self.slots.signal()
        }
        if let failure = currentFailure { throw failure }
    }

    private var currentFailure: Error? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    private func record(_ error: Error) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }
}

/// A chunk on its way to the compression queue; owned by exactly one side at a time.
private struct Chunk: @unchecked Sendable {
    let buffer: UnsafeMutableRawBufferPointer
}
