/// Part of a zip entry's content, deflated ahead of the rest, to be copied into the
/// entry's deflate stream later (``Deflater/splice(_:)``).
///
/// Why: a sheet's column widths, which come before its rows in content.xml, are
/// known only once its rows are laid out. Laying the rows out once, deflating them
/// into a piece as they come, and copying the piece in after the columns avoids
/// laying the sheet out twice without ever holding its uncompressed XML.
///
/// Raw deflate data can be joined when each piece ends on a byte boundary without
/// a final block (zlib's `Z_SYNC_FLUSH`) and none refers back into another (each
/// piece is its own stream; the stream it is copied into is reset after it). The
/// CRC-32 of the whole is combined from the pieces' (`crc32_combine`). A piece is
/// a pure function of its bytes and level, so the result does not depend on which
/// thread deflated it.
struct DeflatedPiece: Sendable {
    /// The compressed bytes, in order (chunks of at most ``PieceSink/chunkSize``).
    let chunks: [[UInt8]]
    /// CRC-32 of the uncompressed bytes.
    let crc: UInt32
    let uncompressedSize: UInt64
    let compressedSize: UInt64
}

/// Collects a piece's compressed bytes in chunks, so that a growing piece is never
/// copied into a larger array (nor holds twice its size while it grows).
final class PieceSink: ByteSink {
    static let chunkSize = 1 << 20
    private(set) var chunks: [[UInt8]] = []

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        var rest = bytes[...]
        while !rest.isEmpty {
            if chunks.isEmpty || chunks[chunks.count - 1].count == Self.chunkSize {
                chunks.append([])
                chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
            }
            let room = Self.chunkSize - chunks[chunks.count - 1].count
            let part = rest.prefix(room)
            chunks[chunks.count - 1].append(contentsOf: part)
            rest = rest.dropFirst(part.count)
        }
    }
}
