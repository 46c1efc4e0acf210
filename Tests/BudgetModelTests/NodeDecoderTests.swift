@testable import BudgetModel
import Foundation
import XCTest
import Yams

/// `NodeDecoder` against the reference it replaces, Yams' `YAMLDecoder`: the
/// same department for every fixture and synthetic file, and the same error
/// (kind, coding path, message) for every file that fails to decode.
final class NodeDecoderTests: XCTestCase {
    /// The node as `DepartmentFile` composes it (before the structure check).
    private func compose(_ text: String) throws -> Node {
        try XCTUnwrap(try Yams.compose(yaml: DepartmentFile.jsonTabsAsSpaces(text), DepartmentFile.resolver(for: text)))
    }

    private func assertSameDepartment(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let reference = try YAMLDecoder().decode(Department.self, from: try Yams.compose(yaml: text, DepartmentFile.mergeResolver)!)
        let decoded = try NodeDecoder.decode(Department.self, from: try compose(text))
        XCTAssertEqual(decoded, reference, name, file: file, line: line)
        // Equal decimals may differ in scale; the encoded text shows any difference.
        XCTAssertEqual(try DepartmentFile.encode(decoded), try DepartmentFile.encode(reference), name, file: file, line: line)
    }

    func testEveryFixtureDecodesAsYAMLDecoderDecodesIt() throws {
        let fixtures = try FixtureFiles.all()
        XCTAssertFalse(fixtures.isEmpty)
        for url in fixtures {
            try assertSameDepartment(try String(contentsOf: url, encoding: .utf8), url.lastPathComponent)
        }
    }

    func testSyntheticRegionDecodesAsYAMLDecoderDecodesIt() throws {
        let files = try SyntheticRegion.generate(.init(count: 50, seed: 1, inconsistencies: 10))
        for file in files {
            try assertSameDepartment(file.text, file.name)
            XCTAssertEqual(try DepartmentFile.decode(file.text, file: file.name), file.department, file.name)
        }
    }

    func testMergeKeysAndScalarNotationsDecodeAsYAMLDecoderDecodesThem() throws {
        let text = """
        defaults: &defaults
          name: 测试部门
          year: 2024
          kind: budget
        staffDefaults: &staff {onDuty: 44, retired: {value: "31", line: 0x10}}
        more: &more {separated: 1}
        identity:
          <<: *defaults
          year: 0o3750
          synthetic: yes
          divisions: [办公室, "财务处", 3]
        staff:
          <<: [*staff, *more]
          retired: 30
        projects:
          - name: 专项业务费
            amount: "2,702.00"
            economicSplit: {"301": 15.00, 302: "2,687.00", <<: {"399": 0.00}}
            line: 1_024
        emptyTables:
          - {table: 表8, text: ~, line: null}
        """
        let reference = try YAMLDecoder().decode(Department.self, from: try compose(text))
        XCTAssertEqual(reference.identity.year, 2024)
        XCTAssertEqual(reference.staff?.retired?.value, 30)
        XCTAssertEqual(reference.projects?.first?.economicSplit?.count, 3)
        XCTAssertEqual(try NodeDecoder.decode(Department.self, from: try compose(text)), reference)
    }

    /// Texts that pass the structure check or bypass it, each failing in the decoder.
    static let failingTexts: [String: String] = [
        "missing-identity": "staff: {onDuty: 44}",
        "missing-year": "identity: {name: 测试部门, kind: budget}",
        "missing-name-in-list": MalformedDepartmentFileTests.identity + "projects:\n  - amount: 3\n",
        "quoted-year": "identity: {name: 测试部门, year: \"2024\", kind: budget}",
        "year-as-text": "identity: {name: 测试部门, year: 二〇二四, kind: budget}",
        "year-as-mapping": "identity: {name: 测试部门, year: {value: 2024}, kind: budget}",
        "year-as-list": "identity: {name: 测试部门, year: [2024], kind: budget}",
        "name-as-list": "identity: {name: [a], year: 2024, kind: budget}",
        "kind-unknown": "identity: {name: 测试部门, year: 2024, kind: 年报}",
        "synthetic-not-bool": MalformedDepartmentFileTests.identity.replacingOccurrences(of: "kind: 预算", with: "kind: 预算\n  synthetic: maybe"),
        "identity-is-text": "identity: 测试部门",
        "staff-is-list": MalformedDepartmentFileTests.identity + "staff: [1, 2]\n",
        "projects-is-mapping": MalformedDepartmentFileTests.identity + "projects: {name: x}\n",
        "divisions-item-mapping": MalformedDepartmentFileTests.identity.replacingOccurrences(of: "kind: 预算", with: "kind: 预算\n  divisions: [{a: 1}]"),
        "amount-bad": MalformedDepartmentFileTests.identity + "revenue: {total: \"3.994,84\"}\n",
        "amount-as-list": MalformedDepartmentFileTests.identity + "revenue: {total: [1]}\n",
        "figure-without-value": MalformedDepartmentFileTests.identity + "revenue: {total: {line: 3}}\n",
        "figure-value-list": MalformedDepartmentFileTests.identity + "revenue: {total: {value: [3]}}\n",
        "figure-line-text": MalformedDepartmentFileTests.identity + "revenue: {total: {value: 3, line: abc}}\n",
        "figure-line-zero": MalformedDepartmentFileTests.identity + "revenue: {total: {value: 3, line: 0}}\n",
        "count-fraction": MalformedDepartmentFileTests.identity + "staff: {onDuty: 44.5}\n",
        "count-as-mapping-value-null": MalformedDepartmentFileTests.identity + "staff: {onDuty: {value: ~}}\n",
        "split-bad-amount": MalformedDepartmentFileTests.identity + "projects:\n  - {name: x, amount: 1, economicSplit: {\"301\": abc}}\n",
        "split-int-key": MalformedDepartmentFileTests.identity + "projects:\n  - {name: x, amount: 1, economicSplit: {!!int 301: 1}}\n",
        "merged-bad-year": "base: &b {year: x}\nidentity: {<<: *b, name: n, kind: budget}",
        "top-level-text": "部门",
    ]

    func testEveryDecodingErrorIsTheErrorYAMLDecoderThrows() throws {
        for (name, text) in Self.failingTexts.sorted(by: { $0.key < $1.key }) {
            let root = try compose(text)
            let expected = decodingError { _ = try YAMLDecoder().decode(Department.self, from: root) }
            let actual = decodingError { _ = try NodeDecoder.decode(Department.self, from: root) }
            guard let expected, let actual else {
                XCTFail("\(name): expected both decoders to throw, got \(String(describing: expected)) and \(String(describing: actual))")
                continue
            }
            XCTAssertEqual(describe(actual), describe(expected), name)
            XCTAssertEqual(DepartmentFileError(decoding: actual, root: root, file: "\(name).yaml"),
                           DepartmentFileError(decoding: expected, root: root, file: "\(name).yaml"), name)
        }
    }

    func testMalformedFilesGetTheMessagesYAMLDecoderGave() throws {
        for test in MalformedDepartmentFileTests.cases {
            var expected: DepartmentFileError?
            do {
                _ = try referenceDecode(test.text, file: test.name)
            } catch let error as DepartmentFileError {
                expected = error
            }
            XCTAssertNotNil(expected, test.name)
            XCTAssertThrowsError(try DepartmentFile.decode(test.text, file: test.name), test.name) { error in
                XCTAssertEqual(error as? DepartmentFileError, expected, test.name)
            }
        }
    }

    // MARK: Helpers

    private func decodingError(_ body: () throws -> Void) -> DecodingError? {
        do {
            try body()
            return nil
        } catch let error as DecodingError {
            return error
        } catch {
            XCTFail("not a DecodingError: \(error)")
            return nil
        }
    }

    /// Kind, type, coding path (keys with their int values) and description.
    private func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { "\($0.stringValue)#\($0.intValue.map(String.init) ?? "-")" }.joined(separator: "/")
        }
        switch error {
        case let .keyNotFound(key, context):
            return "keyNotFound \(key.stringValue) at \(path(context.codingPath)): \(context.debugDescription)"
        case let .typeMismatch(type, context):
            return "typeMismatch \(type) at \(path(context.codingPath)): \(context.debugDescription)"
        case let .valueNotFound(type, context):
            return "valueNotFound \(type) at \(path(context.codingPath)): \(context.debugDescription)"
        case let .dataCorrupted(context):
            return "dataCorrupted at \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// `DepartmentFile.decode` as it was with `YAMLDecoder`: the same steps,
    /// composed with the merge resolver, decoded by Yams.
    private func referenceDecode(_ raw: String, file: String) throws -> Department {
        try DepartmentFile.decode(raw, file: file, resolver: DepartmentFile.mergeResolver) { root in
            try YAMLDecoder().decode(Department.self, from: root)
        }
    }
}
