@testable import BudgetModel
import Foundation
import XCTest

/// The fast path of `DepartmentFile.decode` (`FastYAMLReader`,
/// `FastStructure`, `FastNodeDecoder`) gives the Yams path's `Department` for
/// every file it accepts, and leaves every other file, with its error, to
/// the Yams path.
final class FastPathTests: XCTestCase {
    /// Both paths' outcome for `text`: the department, or the error's text.
    private enum Outcome: Equatable {
        case department(Department)
        case error(String)
    }

    private func yamsOutcome(_ text: String, file: String = "f.yaml") -> Outcome {
        do { return .department(try DepartmentFile.decodeWithYams(text, file: file)) } catch { return .error("\(error)") }
    }

    private func decodeOutcome(_ text: String, file: String = "f.yaml") -> Outcome {
        do { return .department(try DepartmentFile.decode(text, file: file)) } catch { return .error("\(error)") }
    }

    /// Asserts the fast path accepts `text` and agrees with Yams.
    private func assertFast(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let fast = DepartmentFile.decodeFast(text) else {
            return XCTFail("\(name): not decoded on the fast path", file: file, line: line)
        }
        XCTAssertEqual(.department(fast), yamsOutcome(text), name, file: file, line: line)
    }

    /// Asserts `decode` (fast path first) and the Yams path agree, and that a
    /// file the fast path accepts decodes with Yams to the same department.
    private func assertAgree(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let yams = yamsOutcome(text)
        XCTAssertEqual(decodeOutcome(text), yams, name, file: file, line: line)
        if let fast = DepartmentFile.decodeFast(text) {
            XCTAssertEqual(.department(fast), yams, "\(name): the fast path accepted it", file: file, line: line)
        }
    }

    private func fixtureTexts() throws -> [(name: String, text: String)] {
        try FixtureFiles.all().map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    private static let region = Result { try SyntheticRegion.generate(.init(count: 300, seed: 7, inconsistencies: 3, badFiles: 3)) }

    // MARK: Files as written

    func testFixturesTakeTheFastPath() throws {
        for (name, text) in try fixtureTexts() { assertFast(text, name) }
    }

    func testEverySyntheticFileDecodesAsWithYams() throws {
        let files = try Self.region.get()
        var fast = 0
        for file in files {
            assertAgree(file.text, file.name)
            if file.malformed == nil {
                assertFast(file.text, file.name)
                fast += 1
            } else {
                XCTAssertNil(DepartmentFile.decodeFast(file.text), file.name)
            }
        }
        XCTAssertEqual(fast, 300)
    }

    func testEncodedFilesTakeTheFastPath() throws {
        var departments = try fixtureTexts().map { try DepartmentFile.decodeWithYams($0.text, file: $0.name) }
        departments += try Self.region.get().prefix(60).compactMap(\.department)
        for department in departments {
            let text = try DepartmentFile.encode(department)
            assertFast(text, department.identity.name)
        }
    }

    /// Every file of the folder `BUDGETCOMPARE_FASTPATH_FOLDER` names, when
    /// set (a benchmark region: `generate-region --count 2000`).
    func testFolderFromTheEnvironment() throws {
        guard let folder = ProcessInfo.processInfo.environment["BUDGETCOMPARE_FASTPATH_FOLDER"] else {
            throw XCTSkip("BUDGETCOMPARE_FASTPATH_FOLDER is not set")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let texts = try names.filter { $0.hasSuffix(".yaml") }
            .map { ($0, try String(contentsOfFile: "\(folder)/\($0)", encoding: .utf8)) }
        var fast = 0
        for (name, text) in texts {
            assertAgree(text, name)
            if DepartmentFile.decodeFast(text) != nil { fast += 1 }
        }
        print("\(fast) of \(texts.count) files on the fast path")
        // Time per file of each path, as the batch reads (texts shared); best of three.
        func milliseconds(_ decode: (String, SharedStrings) -> Void) -> Double {
            (0..<3).map { _ in
                let strings = SharedStrings()
                let start = DispatchTime.now().uptimeNanoseconds
                for (_, text) in texts { decode(text, strings) }
                return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(texts.count)
            }.min() ?? 0
        }
        let yams = milliseconds { _ = try? DepartmentFile.decodeWithYams($0, file: "f", sharing: $1) }
        let both = milliseconds { _ = try? DepartmentFile.decode($0, file: "f", sharing: $1) }
        print(String(format: "per file: Yams path %.3f ms, decode (fast path first) %.3f ms, %.1f× faster", yams, both, yams / both))
    }

    func testSharedTextsAreTheYamsPathsTexts() throws {
        let (_, text) = try XCTUnwrap(fixtureTexts().first)
        let fast = SharedStrings(), yams = SharedStrings()
        XCTAssertNotNil(DepartmentFile.decodeFast(text, sharing: fast))
        _ = try DepartmentFile.decodeWithYams(text, file: "f", sharing: yams)
        XCTAssertEqual(fast.count, yams.count)
        XCTAssertGreaterThan(fast.count, 0)
    }

    // MARK: What falls back

    /// A small valid file to vary.
    private let base = """
        # comment
        identity:
          name: 测试部门 # trailing comment
          shortName: '测试 ''简称'''
          region: "新疆"
          year: 2024
          kind: budget
          group:
          budgetUnits: []
          divisions: [办公室, "财务处"]
          synthetic: true
        staff:
          onDuty: {value: 44, line: 81, table: 概况}
          retiredChange: -1
          separated:
        revenue:
          total: "1,234.50"
          currentYear: ~
        projects:
        - name: 项目
          amount: {value: "2,869.00", line: 330, table: 表7}
          economicSplit:
            "301": 15.00
            '302': {value: "2,598.90", line: 330}
          line: 330
        emptyTables:
          - table: 表9
            text: 无

        """

    func testTheBaseFileTakesTheFastPath() {
        assertFast(base, "base")
        assertFast("\u{FEFF}" + base, "with a byte order mark")
        assertFast("---\n" + base, "with a document start")
        // Yams' Bool.construct reads these too.
        for spelling in ["yes", "On", "FALSE", "no"] {
            assertFast(base.replacingOccurrences(of: "synthetic: true", with: "synthetic: \(spelling)"), spelling)
        }
    }

    func testUnsupportedConstructsFallBack() {
        let variants: [(String, String)] = [
            ("anchor and alias", base.replacingOccurrences(of: "  onDuty: {value: 44, line: 81, table: 概况}",
                                                           with: "  onDuty: &n 44\n  retired: *n")),
            ("tag", base.replacingOccurrences(of: "year: 2024", with: "year: !!int 2024")),
            ("merge key", base.replacingOccurrences(of: "staff:\n", with: "defaults: &d {retired: 3}\nstaff:\n  <<: *d\n")),
            ("block scalar", base.replacingOccurrences(of: "name: 测试部门 # trailing comment", with: "name: |\n    测试部门")),
            ("folded scalar", base.replacingOccurrences(of: "name: 测试部门 # trailing comment", with: "name: >-\n    测试部门")),
            ("multi-line plain", base.replacingOccurrences(of: "name: 测试部门 # trailing comment", with: "name: 测试\n    部门")),
            ("multi-line quoted", base.replacingOccurrences(of: "region: \"新疆\"", with: "region: \"新\n    疆\"")),
            ("escape", base.replacingOccurrences(of: "region: \"新疆\"", with: "region: \"新\\u7586\"")),
            ("tab", base.replacingOccurrences(of: "year: 2024", with: "year:\t2024")),
            ("CRLF", base.replacingOccurrences(of: "\n", with: "\r\n")),
            ("duplicate key", base.replacingOccurrences(of: "year: 2024", with: "year: 2024\n  year: 2025")),
            ("duplicate flow key", base.replacingOccurrences(of: "line: 81,", with: "line: 81, line: 82,")),
            ("complex key", base.replacingOccurrences(of: "  kind: budget", with: "  ? kind\n  : budget")),
            ("directive", "%YAML 1.1\n---\n" + base),
            ("two documents", base + "---\nidentity: {name: x, year: 2024, kind: budget}\n"),
            ("document end", base + "...\n"),
            ("JSON", #"{"identity": {"name": "测试", "year": 2024, "kind": "budget"}}"#),
            ("hex year", base.replacingOccurrences(of: "year: 2024", with: "year: 0x7E8")),
            ("quoted year", base.replacingOccurrences(of: "year: 2024", with: "year: '2024'")),
            ("quoted bool", base.replacingOccurrences(of: "synthetic: true", with: "synthetic: 'true'")),
            ("nested flow", base.replacingOccurrences(of: "budgetUnits: []", with: "budgetUnits: [[a]]")),
            ("multi-line flow", base.replacingOccurrences(of: "budgetUnits: []", with: "budgetUnits: [a,\n    b]")),
            ("odd indentation", base.replacingOccurrences(of: "  year: 2024", with: "   year: 2024")),
            ("nested sequence", base.replacingOccurrences(of: "divisions: [办公室, \"财务处\"]", with: "divisions:\n  - - 办公室")),
            ("indented root", base.replacingOccurrences(of: "\n", with: "\n ")),
            ("empty item", base.replacingOccurrences(of: "- name: 项目", with: "-\n  name: 项目")),
            ("space before a flow colon", base.replacingOccurrences(of: "{value: 44,", with: "{value : 44,")),
            ("colon in a value", base.replacingOccurrences(of: "kind: budget", with: "kind: budget: final")),
            ("dash after a key", base.replacingOccurrences(of: "kind: budget", with: "kind: - budget")),
            ("line separator", base.replacingOccurrences(of: "测试部门", with: "测试\u{2028}部门")),
            ("next line", base.replacingOccurrences(of: "测试部门", with: "测试\u{85}部门")),
            ("inner byte order mark", base.replacingOccurrences(of: "测试部门", with: "测试\u{FEFF}部门")),
            ("unknown field", base.replacingOccurrences(of: "onDuty:", with: "onDutty:")),
            ("bad amount", base.replacingOccurrences(of: "\"1,234.50\"", with: "\"1.234,50\"")),
            ("bad line", base.replacingOccurrences(of: "line: 81", with: "line: 0")),
            ("bad year", base.replacingOccurrences(of: "year: 2024", with: "year: 1800")),
            ("missing kind", base.replacingOccurrences(of: "  kind: budget\n", with: "")),
            ("empty", ""),
            ("only a comment", "# nothing\n"),
            ("a list", "- identity\n"),
        ]
        for (name, text) in variants {
            XCTAssertNotEqual(text, base, name)
            XCTAssertNil(DepartmentFile.decodeFast(text), name)
            assertAgree(text, name)
        }
    }

    // MARK: Mutations

    /// `count`, or `BUDGETCOMPARE_FASTPATH_MUTANTS` times it for a longer search.
    private static func mutants(_ count: Int) -> Int {
        count * (ProcessInfo.processInfo.environment["BUDGETCOMPARE_FASTPATH_MUTANTS"].flatMap { Int($0) } ?? 1)
    }

    /// Lines deleted, duplicated, swapped or re-indented, bytes inserted or
    /// replaced: `decode` and the Yams path agree on every mutant.
    func testMutationsAgreeWithYams() throws {
        var random = SplitMix64(seed: 20241208)
        var texts = try fixtureTexts().map(\.text) + [base]
        texts += try Self.region.get().prefix(4).map(\.text)
        let pieces = [" ", "  ", "-", "- ", ":", ": ", "#", " #", "'", "\"", "[", "]", "{", "}", ",", "\n", "~",
                      "&a ", "*a", "!", "|", ">", "?", "%", "@", "0", "\\", "\t", "<<", "表", "null", "true"]
        var fastAccepted = 0, total = 0
        for text in texts {
            var lines = text.components(separatedBy: "\n")
            let original = lines
            for _ in 0..<Self.mutants(120) {
                lines = original
                let index = random.int(in: 0...(lines.count - 1))
                switch random.int(in: 0...6) {
                case 0: lines.remove(at: index)
                case 1: lines.insert(lines[index], at: index)
                case 2: lines.swapAt(index, random.int(in: 0...(lines.count - 1)))
                case 3: lines[index] = String(repeating: " ", count: random.int(in: 1...3)) + lines[index]
                case 4:
                    let spaces = lines[index].prefix(while: { $0 == " " }).count
                    lines[index] = String(lines[index].dropFirst(min(spaces, random.int(in: 1...2))))
                default:
                    var characters = Array(lines[index])
                    let position = random.int(in: 0...characters.count)
                    let piece = random.pick(pieces)
                    if random.chance(50) || position == characters.count {
                        characters.insert(contentsOf: piece, at: position)
                    } else {
                        characters.replaceSubrange(position...position, with: piece)
                    }
                    lines[index] = String(characters)
                }
                let mutant = lines.joined(separator: "\n")
                assertAgree(mutant, "mutant \(total): \(lines[min(index, lines.count - 1)])")
                if DepartmentFile.decodeFast(mutant) != nil { fastAccepted += 1 }
                total += 1
            }
        }
        // Most mutants still read; the fast path must have taken part.
        XCTAssertGreaterThan(fastAccepted, total / 10)
    }

    func testRandomBytesAgreeWithYams() throws {
        var random = SplitMix64(seed: 7)
        let text = base
        for round in 0..<Self.mutants(300) {
            var bytes = Array(text.utf8)
            for _ in 0..<random.int(in: 1...3) {
                let position = random.int(in: 0...(bytes.count - 1))
                bytes[position] = UInt8(truncatingIfNeeded: random.next())
            }
            guard let mutant = String(validating: bytes, as: UTF8.self) else { continue }
            assertAgree(mutant, "random bytes \(round)")
        }
    }
}
