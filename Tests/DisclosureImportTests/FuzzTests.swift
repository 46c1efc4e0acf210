import BudgetModel
@testable import DisclosureImport
import XCTest

/// 10,000 random mutations of the seed disclosures (deletions,
/// duplications, line shuffles, byte flips, truncations, tab loss, garbage
/// lines), from a fixed seed so that any failure is reproducible by its case
/// number. Each import must end with an `ImportError` or a result whose
/// figures all point at a line of the text, whose report explains what is
/// missing, and which writes a department file that reads back.
///
/// To keep the suite fast in debug builds each case works on a window of a
/// seed (12–90 lines after the title) rather than the whole text; one case in
/// 500 uses a whole seed.
final class FuzzTests: XCTestCase {
    /// 10,000 by default; set BUDGETCOMPARE_FUZZ_CASES for a longer run (and
    /// BUDGETCOMPARE_FUZZ_SEED for other cases).
    static let cases = ProcessInfo.processInfo.environment["BUDGETCOMPARE_FUZZ_CASES"].flatMap(Int.init) ?? 10_000
    static let seed = ProcessInfo.processInfo.environment["BUDGETCOMPARE_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x5EED_2024

    func testRandomMutationsOfTheSeeds() throws {
        let seeds = try SeedFiles.names.map { try SeedFiles.text($0).components(separatedBy: "\n") }
        var random = SplitMix(seed: Self.seed)
        var imported = 0, refused = 0
        for number in 0..<Self.cases {
            let seed = seeds[Int(random.next() % UInt64(seeds.count))]
            var lines: [String]
            if number % 500 == 0 {
                lines = seed
            } else {
                // Keep the title (so most cases get past identification) and a window of the body.
                let length = 12 + Int(random.next() % 79)
                let start = Int(random.next() % UInt64(max(1, seed.count - length)))
                lines = Array(seed.prefix(6)) + Array(seed[start..<min(seed.count, start + length)])
            }
            let mutations = 1 + Int(random.next() % 4)
            for _ in 0..<mutations { Mutation.apply(&lines, &random) }
            var text = lines.joined(separator: "\n")
            if random.next() % 10 == 0 { Mutation.flipBytes(&text, &random) }
            if random.next() % 10 == 0 { text = Mutation.truncate(text, &random) }
            do {
                let result = try DisclosureImporter.importText(text, file: "fuzz-\(number).txt")
                imported += 1
                try check(result, lineCount: SourceText(text).lines.count, case: number,
                          roundTrip: number % 100 == 0)
            } catch let error as ImportError {
                refused += 1
                XCTAssertFalse(error.message.isEmpty, "case \(number)")
            }
        }
        XCTAssertEqual(imported + refused, Self.cases)
        XCTAssertGreaterThan(imported, Self.cases / 2, "most mutated disclosures still import")
    }

    private func check(_ result: ImportResult, lineCount: Int, case number: Int, roundTrip: Bool) throws {
        let paths = try FieldPaths.flatten(result.department)
        for (path, value) in paths where path.hasSuffix(".line") || path == "line" {
            guard let line = Int(value), line >= 1, line <= lineCount else {
                XCTFail("case \(number): \(path) = \(value) outside 1…\(lineCount)")
                return
            }
        }
        for (path, value) in paths where path.hasSuffix(".value") {
            // Every figure has its table or section.
            let base = String(path.dropLast(".value".count))
            XCTAssertNotNil(paths[base + ".table"], "case \(number): \(base) = \(value) without a table/section")
        }
        XCTAssertEqual(result.report.notes.count, result.report.entries.count, "case \(number)")
        if roundTrip {
            let yaml = try DepartmentFile.encode(result.department)
            do {
                let again = try DepartmentFile.decode(yaml, file: "fuzz-\(number).yaml")
                XCTAssertEqual(again, result.department, "case \(number): the department file does not read back")
            } catch {
                XCTFail("case \(number): the written department file is invalid: \(error)")
            }
        }
    }
}

/// Mutations of a disclosure's lines.
enum Mutation {
    static func apply(_ lines: inout [String], _ random: inout SplitMix) {
        guard !lines.isEmpty else { return }
        let i = Int(random.next() % UInt64(lines.count))
        let n = 1 + Int(random.next() % UInt64(min(12, lines.count - i)))
        switch random.next() % 9 {
        case 0: lines.removeSubrange(i..<(i + n))                                   // deletion
        case 1: lines.insert(contentsOf: lines[i..<(i + n)], at: Int(random.next() % UInt64(lines.count)))  // duplication
        case 2:                                                                      // shuffle a window
            var window = Array(lines[i..<(i + n)])
            window.shuffle(using: &random)
            lines.replaceSubrange(i..<(i + n), with: window)
        case 3: lines[i] = lines[i].replacingOccurrences(of: "\t", with: " ")       // tabs lost
        case 4: lines[i] = String(lines[i].prefix(Int(random.next() % 40)))         // line cut
        case 5: lines.insert(garbageLine(&random), at: i)                           // garbage line
        case 6:                                                                      // digits changed
            lines[i] = String(lines[i].map { $0.isNumber && random.next() % 3 == 0 ? Character(String(random.next() % 10)) : $0 })
        case 7: lines[i] = lines[i] + String(repeating: lines[i], count: Int(random.next() % 3))  // repeated cells
        default: lines.swapAt(i, Int(random.next() % UInt64(lines.count)))          // lines swapped
        }
    }

    static func garbageLine(_ random: inout SplitMix) -> String {
        let palette: [String] = ["\t", " ", "表", "1", "2", ",", ".", "万元", "比上年增加", "减少", "%", "（类）", "（项）",
                                 "※", "总计", "合计", "为空表", "-", "—", "：", "。", "\u{3000}", "$", "二、", "(一)", "编制部门：",
                                 "三公", "999999999999999999999", "2024 年部门预算公开", "\u{FFFD}", "𠀀"]
        let count = Int(random.next() % 60)
        return (0..<count).map { _ in palette[Int(random.next() % UInt64(palette.count))] }.joined()
    }

    /// Replaces a few bytes of the UTF-8 text (decoding the result leniently, as a reader of a damaged file would).
    static func flipBytes(_ text: inout String, _ random: inout SplitMix) {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return }
        for _ in 0..<(1 + Int(random.next() % 8)) {
            bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
        }
        text = String(decoding: bytes, as: UTF8.self)
    }

    /// Cuts the text at a random byte (possibly inside a character).
    static func truncate(_ text: String, _ random: inout SplitMix) -> String {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return text }
        return String(decoding: bytes.prefix(Int(random.next() % UInt64(bytes.count))), as: UTF8.self)
    }
}
