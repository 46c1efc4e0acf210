import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// Our zip writer's output is read by real readers; its limits fail cleanly.
final class ZipWriterTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try TestPaths.temporaryFolder("zip") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func writeArchive(_ name: String, limits: ZipWriter.Limits = .classic, _ body: (ZipWriter) throws -> Void) throws -> URL {
        let url = folder.appendingPathComponent(name)
        let file = try AtomicFile(destination: url)
        let zip = ZipWriter(file: file, limits: limits)
        try body(zip)
        try zip.finish()
        try file.commit()
        return url
    }

    private func sample() throws -> URL {
        try writeArchive("sample.zip") { zip in
            try zip.addStored("mimetype", Array("application/vnd.oasis.opendocument.text".utf8))
            try zip.addDeflated("content.xml", level: 6) { sink in
                let text = Array(String(repeating: "<a>预算 & budget</a>", count: 5000).utf8)
                try text.withUnsafeBytes { try sink.write($0) }
            }
            try zip.addDeflated("目录/空.txt", level: 1) { _ in }
        }
    }

    func testUnzipAcceptsArchive() throws {
        let url = try sample()
        guard let unzip = Tools.which("unzip") else { try Tools.missing("unzip", hint: "apt-get install unzip") }
        let result = try runProcess(unzip, ["-t", url.path])
        XCTAssertEqual(result.exitCode, 0, result.output)
        XCTAssertTrue(result.stdout.contains("No errors detected"), result.output)
    }

    func testPythonZipfileAcceptsArchive() throws {
        let url = try sample()
        guard let python = Tools.which("python3") else { try Tools.missing("python3", hint: "apt-get install python3") }
        let script = """
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        i = z.infolist()
        assert [x.filename for x in i] == ['mimetype', 'content.xml', '目录/空.txt'], [x.filename for x in i]
        assert i[0].compress_type == 0 and i[0].extra == b'' and i[0].flag_bits & 8 == 0
        assert i[1].compress_type == 8 and i[2].flag_bits & 0x800
        assert all(x.date_time == (1980, 1, 1, 0, 0, 0) for x in i)
        assert len(z.read('content.xml')) == 5000 * len('<a>预算 & budget</a>'.encode())
        print('ok')
        """
        let result = try runProcess(python, ["-c", script, url.path])
        XCTAssertEqual(result.exitCode, 0, result.output)
    }

    func testNameOfMoreThan65535BytesIsRejected() throws {
        let url = folder.appendingPathComponent("long.zip")
        let zip = ZipWriter(file: try AtomicFile(destination: url))
        XCTAssertThrowsError(try zip.addStored(String(repeating: "a", count: 65_536), [])) { error in
            XCTAssertEqual(error as? ZipError, .nameTooLong(byteCount: 65_536, limit: 65_535))
        }
        XCTAssertNoThrow(try zip.addStored(String(repeating: "b", count: 65_535), []))
    }

    func testMoreThan65535EntriesAreRejected() throws {
        let url = folder.appendingPathComponent("many.zip")
        let zip = ZipWriter(file: try AtomicFile(destination: url))
        for i in 0..<65_535 { try zip.addStored(String(i, radix: 36), []) }
        XCTAssertThrowsError(try zip.addStored("one-too-many", [])) { error in
            XCTAssertEqual(error as? ZipError, .tooManyEntries(limit: 65_535))
        }
    }

    func testEntryOverSizeLimitIsRejectedWhileStreaming() throws {
        // The real limit is 4 GiB; a lowered one exercises the same check cheaply.
        var limits = ZipWriter.Limits()
        limits.maxSize = 1000
        let url = folder.appendingPathComponent("big.zip")
        let zip = ZipWriter(file: try AtomicFile(destination: url), limits: limits)
        XCTAssertThrowsError(try zip.addDeflated("big.xml", level: 1) { sink in
            let chunk = [UInt8](repeating: 65, count: 600)
            try chunk.withUnsafeBytes { try sink.write($0); try sink.write($0) }
        }) { error in
            XCTAssertEqual(error as? ZipError, .entryTooLarge(name: "big.xml", limit: 1000))
        }
    }

    func testDuplicateNamesAreRejected() throws {
        let zip = ZipWriter(file: try AtomicFile(destination: folder.appendingPathComponent("dup.zip")))
        try zip.addStored("a", [])
        XCTAssertThrowsError(try zip.addStored("a", []))
    }
}
