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
