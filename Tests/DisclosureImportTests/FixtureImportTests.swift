import BudgetModel
import DisclosureImport
import XCTest

/// The key test: importing each seed disclosure gives exactly the figures of
/// its hand-checked fixture (Fixtures/, entered from the same text):
/// every field the fixture has, value and provenance (line, table), equal in
/// the import; and the import report lists as missing only what the document
/// does not state.
final class FixtureImportTests: XCTestCase {
    /// Fields the import has beyond the fixture, per seed, with the reason.
    /// None: the fixtures record everything the import finds.
    static let extras: [String: Set<String>] = ["000": [], "001": [], "002": [], "004": []]

    /// Expected figures the document does not state (002 gives no 编制数).
    static let missing: [String: [String]] = ["000": [], "001": [], "002": ["staff.authorized"], "004": []]

    func testImportEqualsFixture000() throws { try compare("000") }
    func testImportEqualsFixture001() throws { try compare("001") }
    func testImportEqualsFixture002() throws { try compare("002") }
    func testImportEqualsFixture004() throws { try compare("004") }

    /// Table 10 rows with an empty 合计 cell whose figure 说明十 states:
    /// field → (Table 10 row line, 说明十 line).
    static let emptyCellsFilled: [String: [String: (row: Int, narrative: Int)]] = [
        "000": ["sangong.abroad": (374, 515), "sangong.vehiclePurchase": (377, 515)],
        "001": ["sangong.abroad": (445, 837), "sangong.reception": (446, 837), "sangong.vehiclePurchase": (448, 837)],
        "002": [:],
        "004": ["sangong.abroad": (348, 482), "sangong.vehiclePurchase": (351, 482)],
    ]

    func testEmptyTable10CellsTakeTheNarrativeFigure() throws {
        for (prefix, filled) in Self.emptyCellsFilled.sorted(by: { $0.key < $1.key }) {
            let result = try SeedFiles.importSeed(prefix)
            let notes = result.report.entries.filter { $0.kind == .statedEmpty && $0.source == "表10" }
            XCTAssertEqual(Set(notes.compactMap(\.field)), Set(filled.keys), "\(prefix): \(result.report.text)")
            for note in notes {
                guard let field = note.field, let expected = filled[field] else { continue }
                XCTAssertEqual(note.line, expected.row, "\(prefix) \(field)")
                XCTAssertEqual(note.message, "empty cell; 说明十 第\(expected.narrative)行 states 0 万元; that figure is used",
                               "\(prefix) \(field)")
                let path = try XCTUnwrap(SangongNarrativeFields.path(field), field)
                let amount = try XCTUnwrap(result.department.sangong?[keyPath: path], "\(prefix) \(field)")
                XCTAssertEqual(amount, Amount(0, line: expected.narrative, table: "说明十"), "\(prefix) \(field)")
            }
            XCTAssertFalse(result.report.text.contains("absent, not 0"), "\(prefix): every empty 三公 cell is stated in 说明十")
        }
    }

    /// Without 说明十's sentence, an empty Table 10 cell stays absent and is reported as such.
    func testEmptyTable10CellStaysAbsentWhenTheNarrativeIsSilent() throws {
        let seed = try SeedFiles.seed("000")
        var lines = seed.text.components(separatedBy: "\n")
        XCTAssertTrue(lines[514].contains("因公出国（境）费 0 万元"), lines[514])
        lines[514] = "新疆维吾尔自治区人民政府驻北京办事处 2024 年财政拨款“三公”经费预算数为 49.81 万元。"
        let result = try DisclosureImporter.importText(lines.joined(separator: "\n"), file: seed.name)
        XCTAssertNil(result.department.sangong?.abroad)
        XCTAssertNil(result.department.sangong?.vehiclePurchase)
        XCTAssertEqual(result.department.sangong?.reception?.source, Provenance(line: 375, table: "表10"))
        let notes = result.report.entries.filter { $0.kind == .statedEmpty && $0.source == "表10" }
        XCTAssertEqual(notes.map(\.field), ["sangong.abroad", "sangong.vehiclePurchase"], result.report.text)
        XCTAssertEqual(notes.map(\.line), [374, 377])
        XCTAssertTrue(notes.allSatisfy { $0.message.hasSuffix("absent, not 0") }, result.report.text)
    }

    private func compare(_ prefix: String) throws {
        // The fixtures are part of the repository: a missing one is a failure, not a skip.
        let url = try XCTUnwrap(try SeedFiles.fixture(prefix), "Fixtures/\(prefix)-*.yaml is missing from the repository")
        let fixture = try DepartmentFile.load(url)
        let result = try SeedFiles.importSeed(prefix)
        let expected = try FieldPaths.flatten(fixture)
        let actual = try FieldPaths.flatten(result.department)
        XCTAssertGreaterThan(expected.count, 300, "the fixture has figures")
        var differences: [String] = []
        for (path, value) in expected.sorted(by: { $0.key < $1.key }) where actual[path] != value {
            differences.append("\(path): fixture \(value), import \(actual[path] ?? "absent")")
        }
        XCTAssertTrue(differences.isEmpty, "\(prefix): \(differences.count) differences:\n" + differences.prefix(40).joined(separator: "\n"))
        let extra = Set(actual.keys).subtracting(expected.keys)
        XCTAssertEqual(extra, Self.extras[prefix] ?? [], "\(prefix): fields the import has and the fixture lacks")
        XCTAssertEqual(result.report.missing, Self.missing[prefix] ?? [], "\(prefix): \(result.report.text)")
        // The whole department, once more, as values.
        XCTAssertEqual(result.department, fixture, "\(prefix): Department values differ")
    }
}

enum SangongNarrativeFields {
    static func path(_ field: String) -> WritableKeyPath<Sangong, Amount?>? {
        switch field {
        case "sangong.total": \.total
        case "sangong.abroad": \.abroad
        case "sangong.reception": \.reception
        case "sangong.vehicles": \.vehicles
        case "sangong.vehiclePurchase": \.vehiclePurchase
        case "sangong.vehicleRunning": \.vehicleRunning
        default: nil
        }
    }
}
