import BudgetModel
@testable import DisclosureImport
import XCTest

/// Garbage in gives a clear error or a partial result with a report:
/// never a crash, a hang or an invented figure.
final class GarbageInputTests: XCTestCase {
    private func error(_ text: String) -> ImportError? {
        do {
            _ = try DisclosureImporter.importText(text, file: "g.txt")
            return nil
        } catch let error as ImportError {
            return error
        } catch {
            XCTFail("unexpected error type \(error)")
            return nil
        }
    }

    func testEmptyAndBlank() {
        XCTAssertEqual(error("")?.message, "the file is empty")
        XCTAssertEqual(error(" \n\t\n\u{3000}\n")?.message, "the file is empty")
    }

    func testNotADisclosure() {
        XCTAssertTrue(error("Lorem ipsum dolor sit amet.\n第二行")?.message.hasPrefix("not a disclosure") == true)
        XCTAssertTrue(error("<!DOCTYPE html>\n<html><body><p>2024 年部门预算公开</p></body></html>")?.message.contains("HTML") == true)
        XCTAssertTrue(error("%PDF-1.7\n%âãÏÓ\n1 0 obj")?.message.contains("PDF") == true)
    }

    func testRandomBytes() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<50 {
            let bytes = (0..<Int(generator.next() % 4096)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let text = String(decoding: bytes, as: UTF8.self)
            // Either refused, or (by chance) imported without a crash.
            _ = try? DisclosureImporter.importText(text, file: "random.bin")
        }
        let binary = String(decoding: (0..<2000).map { UInt8($0 % 32) }, as: UTF8.self)
        XCTAssertTrue(error(binary)?.message.contains("binary") == true)
    }

    func testTooLargeIsRefusedQuickly() {
        let big = String(repeating: "2024 年部门预算公开\n", count: DisclosureImporter.maxInputBytes / 20)
        XCTAssertTrue(error(big)?.message.contains("MB") == true)
    }

    func testLongLineWithoutBreaksIsCutAndReported() throws {
        let text = "某某局\n2024 年部门预算公开\n" + String(repeating: "比上年增加1.00万元，", count: 40_000)
        let result = try DisclosureImporter.importText(text, file: "long.txt")
        XCTAssertTrue(result.report.entries.contains { $0.kind == .damaged && $0.line == 3 }, result.report.text)
    }

    func testTruncatedDisclosuresGivePartialResults() throws {
        let seed = try SeedFiles.seed("001")
        let lines = seed.text.components(separatedBy: "\n")
        // Cut inside 表6: the profile and 表1–5 are read, the rest is reported missing.
        let cut = lines.prefix(320).joined(separator: "\n")
        let result = try DisclosureImporter.importText(cut, file: seed.name)
        let d = result.department
        XCTAssertEqual(d.identity.name, "新疆维吾尔自治区机关事务管理局")
        XCTAssertEqual(d.staff?.onDuty?.value, 586)
        XCTAssertEqual(d.revenue?.total?.value, Decimal(string: "18304.02"))
        XCTAssertEqual(d.fiscal?.generalBudgetTotal?.value, Decimal(string: "16000.51"))
        XCTAssertNil(d.projects)
        XCTAssertNil(d.sangong)
        XCTAssertTrue(result.report.missing.contains("projects"))
        XCTAssertTrue(result.report.missing.contains("sangong.total"))
        XCTAssertTrue(result.report.entries.contains { $0.kind == .tableMissing && $0.source == "表7" }, result.report.text)
        // The rows of 表6 before the cut are read; none after it is invented.
        XCTAssertEqual(d.basicExpenditure?.byEconomicClass?.last?.code, "302")
        XCTAssertEqual(d.basicExpenditure?.byEconomicClass?.last?.line, 320)
    }

    func testFileCutInsideACharacterIsReadWithoutItsLastBytes() throws {
        let seed = try SeedFiles.seed("004")
        var bytes = Array(seed.text.utf8)
        while let last = bytes.last, last < 0x80 { bytes.removeLast() }   // end on a Chinese character…
        bytes.removeLast()                                                  // …and cut it
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try DisclosureImporter.importFile(at: url, name: seed.name)
        XCTAssertEqual(result.department.revenue?.total?.value, Decimal(string: "318.10"))
        XCTAssertTrue(result.report.entries.contains { $0.kind == .damaged && $0.message.contains("ends inside a character") })
        // Invalid bytes elsewhere are refused with the encoding named.
        try Data([0xB2, 0xE2, 0xCA, 0xD4] + Array("2024 年部门预算公开".utf8)).write(to: url)
        XCTAssertThrowsError(try DisclosureImporter.importFile(at: url)) { error in
            XCTAssertTrue("\(error)".contains("GB18030"), "\(error)")
        }
    }

    func testTableWithoutItsTitleIsReportedNotGuessed() throws {
        let seed = try SeedFiles.seed("000")
        var lines = seed.text.components(separatedBy: "\n")
        lines[271] = ""   // "表 6"
        lines[273] = ""   // "一般公共预算基本支出情况表"
        let result = try DisclosureImporter.importText(lines.joined(separator: "\n"), file: seed.name)
        XCTAssertNil(result.department.basicExpenditure?.byEconomicClass)
        // The narrative's 说明六 still states the totals; the report says where they came from.
        XCTAssertEqual(result.department.basicExpenditure?.total?.value, Decimal(string: "1292.84"))
        XCTAssertEqual(result.department.basicExpenditure?.total?.source?.table, "说明六")
        XCTAssertTrue(result.report.missing.contains("basicExpenditure.byEconomicClass"), result.report.text)
        XCTAssertTrue(result.report.entries.contains { $0.kind == .tableMissing && $0.source == "表6" })
    }
}

/// A deterministic generator for the tests (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
