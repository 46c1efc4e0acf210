/// A destination for a stream of bytes: the zip entry being deflated, a file, or memory.
///
/// Parts never hold a whole XML document in memory: the XML writer pushes its output
/// through a sink as it goes, so a 300,000-row sheet streams straight into the deflater.
protocol ByteSink: AnyObject {
    /// Consumes `bytes`; the buffer is only valid during the call.
    ///
    /// Thrown errors abort the document being written.
    func write(_ bytes: UnsafeRawBufferPointer) throws

    /// Inserts content that was deflated ahead (see ``DeflatedPiece``); only sinks on
    /// the way into a deflater can.
    ///
    /// Thrown by default: this sink cannot splice.
    func splice(_ piece: DeflatedPiece) throws
}

extension ByteSink {
    func splice(_ piece: DeflatedPiece) throws {
        throw ZipError.misuse("\(type(of: self)) cannot take deflated content")
    }
}

/// A sink that keeps everything in memory (small parts, tests, golden files).
final class MemorySink: ByteSink {
    private(set) var bytes: [UInt8] = []

    init() {}

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    /// The bytes written so far, decoded as UTF-8.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
