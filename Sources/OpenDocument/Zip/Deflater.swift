internal import CZlib

/// Raw-deflate compressor (zlib with `windowBits` −15, as zip requires) that streams its
/// output into a ``ByteSink`` and keeps the CRC-32 and both sizes of what went through.
///
/// With `CRC32` this is the only zlib user.
final class Deflater: ByteSink {
    /// zlib keeps a pointer back to the stream, so it lives at a fixed address we own;
    /// `deflateEnd` and deallocation happen in `deinit` on every path.
    private let stream: UnsafeMutablePointer<z_stream>
    private let output: ByteSink
    /// Owned; freed in `deinit`.
    private let outputBuffer: UnsafeMutableRawBufferPointer
    private var finished = false

    /// CRC-32 of the uncompressed bytes so far.
    private(set) var crc: UInt32 = 0
    /// Uncompressed bytes consumed.
    private(set) var uncompressedSize: UInt64 = 0
    /// Compressed bytes produced.
    private(set) var compressedSize: UInt64 = 0

    /// Creates a compressor at zlib `level` (1 fastest … 9 smallest) writing into `output`.
    ///
    /// Thrown when zlib cannot initialise (out of memory, bad level).
    init(level: Int32, output: ByteSink, bufferSize: Int = 256 * 1024) throws {
        self.output = output
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        outputBuffer = .allocate(byteCount: bufferSize, alignment: 16)
        let status = deflateInit2_(
            stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        if status != Z_OK {
            finished = true
            throw Self.error("deflateInit2", status, stream)
        }
    }

    deinit {
        deflateEnd(stream)  // harmless (Z_STREAM_ERROR) if init failed
        stream.deinitialize(count: 1)
        stream.deallocate()
        outputBuffer.deallocate()
    }

    /// Compresses `bytes`, writing full output buffers to the sink as they fill.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !finished else { throw ZipError.misuse("write after the deflater finished") }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        crc = UInt32(crc32(UInt(crc), base.assumingMemoryBound(to: Bytef.self), UInt32(bytes.count)))
        uncompressedSize += UInt64(bytes.count)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = UInt32(bytes.count)
        try run(flush: Z_NO_FLUSH)
    }

    /// Ends the deflate stream and writes what remains.
    func finish() throws { try end(flush: Z_FINISH) }

    /// Ends the data as a piece to be spliced into another stream: flushed to a byte
    /// boundary (`Z_SYNC_FLUSH`), no final block. See ``DeflatedPiece``.
    func finishPiece() throws { try end(flush: Z_SYNC_FLUSH) }

    /// Compresses what remains with `flush`; later calls do nothing.
    private func end(flush: Int32) throws {
        guard !finished else { return }
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        try run(flush: flush)
        finished = true
    }

    /// Copies `piece` into the stream at this point: what was written so far is
    /// flushed to a byte boundary, the piece's bytes follow as they are, and the
    /// compressor starts afresh (nothing after the piece may refer back across it).
    ///
    /// Thrown on zlib or output failure.
    func splice(_ piece: DeflatedPiece) throws {
        guard !finished else { throw ZipError.misuse("splice after the deflater finished") }
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        try run(flush: Z_SYNC_FLUSH)
        for chunk in piece.chunks {
            try chunk.withUnsafeBytes { try output.write($0) }
        }
        compressedSize += piece.compressedSize
        crc = UInt32(crc32_combine(UInt(crc), UInt(piece.crc), Int(piece.uncompressedSize)))
        uncompressedSize += piece.uncompressedSize
        let status = deflateReset(stream)
        if status != Z_OK { throw Self.error("deflateReset", status, stream) }
    }

    private func run(flush: Int32) throws {
        let out = outputBuffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
        repeat {
            stream.pointee.next_out = out
            stream.pointee.avail_out = UInt32(outputBuffer.count)
            let status = deflate(stream, flush)
            if status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR {
                throw Self.error("deflate", status, stream)
            }
            let produced = outputBuffer.count - Int(stream.pointee.avail_out)
            if produced > 0 {
                compressedSize += UInt64(produced)
                try output.write(UnsafeRawBufferPointer(rebasing: outputBuffer[0..<produced]))
            }
            if flush == Z_FINISH && status == Z_STREAM_END { return }
        } while stream.pointee.avail_out == 0 || (flush == Z_FINISH)
    }

    private static func error(_ operation: String, _ status: Int32, _ stream: UnsafeMutablePointer<z_stream>) -> ZipError {
        let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
        return .compression("\(operation): \(message)")
    }
}

/// CRC-32 (zip's checksum), computed by zlib.
enum CRC32 {
    /// The CRC-32 of `bytes`.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return 0 }
        return UInt32(crc32(0, base.assumingMemoryBound(to: Bytef.self), UInt32(bytes.count)))
    }
}
