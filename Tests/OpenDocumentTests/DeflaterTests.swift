import Foundation
import XCTest
@testable import OpenDocument

/// Raw deflate, on one thread or two, gives the same bytes; errors surface.
final class DeflaterTests: XCTestCase {
    private func sampleInput() -> [UInt8] {
        var bytes: [UInt8] = []
        for i in 0..<200_000 { bytes.append(contentsOf: "<c v=\"\(i % 977)\">预算</c>".utf8) }
        return bytes
    }

    /// Feeds `input` in uneven pieces.
    private func feed(_ input: [UInt8], to sink: ByteSink) throws {
        try input.withUnsafeBytes { all in
            var offset = 0, step = 1
            while offset < all.count {
                let n = min(step, all.count - offset)
                try sink.write(UnsafeRawBufferPointer(rebasing: all[offset..<offset + n]))
                offset += n
                step = step * 7 % 65_521 + 1
            }
        }
    }

    func testBackgroundDeflaterMatchesPlainDeflater() throws {
        let input = sampleInput()
        let plainOut = MemorySink(), backgroundOut = MemorySink()
        let plain = try Deflater(level: 3, output: plainOut)
        try feed(input, to: plain)
        try plain.finish()
        let background = try BackgroundDeflater(level: 3, output: backgroundOut, chunkSize: 10_000, depth: 2)
        try feed(input, to: background)
        try background.finish()
        XCTAssertEqual(plainOut.bytes, backgroundOut.bytes)
        XCTAssertEqual(background.crc, input.withUnsafeBytes { CRC32.checksum($0) })
        XCTAssertEqual(background.uncompressedSize, UInt64(input.count))
        XCTAssertEqual(background.compressedSize, UInt64(backgroundOut.bytes.count))
        XCTAssertLessThan(backgroundOut.bytes.count, input.count / 10)
    }

    func testBackgroundOutputErrorIsThrown() throws {
        final class FullDisk: ByteSink {
            struct Full: Error {}
            func write(_ bytes: UnsafeRawBufferPointer) throws { throw Full() }
        }
        let background = try BackgroundDeflater(level: 1, output: FullDisk(), chunkSize: 1000, depth: 2)
        XCTAssertThrowsError(try {
            try self.feed(self.sampleInput(), to: background)
            try background.finish()
        }()) { XCTAssertTrue($0 is FullDisk.Full, "\($0)") }
    }

    func testCancelStopsWriting() throws {
        let out = MemorySink()
        let background = try BackgroundDeflater(level: 1, output: out, chunkSize: 1000, depth: 2)
        try feed(Array(sampleInput().prefix(50_000)), to: background)
        background.cancel()
        let written = out.bytes.count
        XCTAssertThrowsError(try background.finish())
        XCTAssertEqual(out.bytes.count, written)
    }
}
