import BudgetModel
import Foundation
import XCTest

/// Every way a department file can be wrong that an analyst is likely to
/// meet, and the message each one gets. Each case is written to a file and
/// loaded, and the message must name that file, the line (and column), the
/// field path and what was expected.
final class MalformedDepartmentFileTests: XCTestCase {
    struct Case {
        var name: String
        var text: String
        /// Expected line of the problem; `nil` when the message has no line.
        var line: Int?
        /// Expected field path; empty when the problem concerns the whole file.
        var field: String
        /// Fragments the message must contain (what was expected, what was found).
        var fragments: [String]
        var ext = "yaml"
    }

    static let identity = """
    identity:
      name: 测试部门
      year: 2024
      kind: 预算

    """

    static let cases: [Case] = [
        Case(name: "european-amount", text: identity + """
        revenue:
          generalBudget: "3.994,84"
        """, line: 6, field: "revenue.generalBudget",
             fragments: ["expected an amount in 万元", "found \"3.994,84\""]),
        Case(name: "letters-as-amount", text: identity + """
        revenue:
          total: {value: abc, line: 87, table: 表1}
        """, line: 6, field: "revenue.total", fragments: ["expected an amount in 万元", "found \"abc\""]),
        Case(name: "negative-count", text: identity + """
        staff:
          onDuty: -3
        """, line: 6, field: "staff.onDuty", fragments: ["expected a number of people ≥ 0", "found -3"]),
        Case(name: "fractional-count", text: identity + """
        staff:
          onDuty: 44.5
        """, line: 6, field: "staff.onDuty", fragments: ["expected a whole number", "found \"44.5\""]),
        Case(name: "negative-vehicles", text: identity + """
        assets:
          vehicles: {value: -2, line: 545, table: 说明十二}
        """, line: 6, field: "assets.vehicles", fragments: ["≥ 0", "found -2"]),
        Case(name: "unknown-kind", text: """
        identity:
          name: 测试部门
          year: 2024
          kind: 年报
        """, line: 4, field: "identity.kind", fragments: ["expected kind budget (预算) or final (决算)", "found \"年报\""]),
        Case(name: "duplicate-function-code", text: identity + """
        expenditure:
          byFunction:
            - {code: "2010301", total: 568.44}
            - {code: "2010301", total: 346.91}
        """, line: 8, field: "expenditure.byFunction[1].code", fragments: ["duplicate function code 2010301"]),
        Case(name: "bad-function-code", text: identity + """
        fiscal:
          generalBudgetByFunction:
            - {code: "20103x", total: 568.44}
        """, line: 7, field: "fiscal.generalBudgetByFunction[0].code",
             fragments: ["expected a function class code of 3, 5 or 7 digits", "found \"20103x\""]),
        Case(name: "class-code-too-long", text: identity + """
        expenditure:
          byClass:
            - {code: "20103", amount: 3784.35}
        """, line: 7, field: "expenditure.byClass[0].code", fragments: ["expected a function class (类) code of 3 digits"]),
        Case(name: "missing-identity", text: """
        staff:
          onDuty: 44
        """, line: 1, field: "identity", fragments: ["missing required field `identity`"]),
        Case(name: "missing-year", text: """
        identity:
          name: 测试部门
          kind: budget
        """, line: 1, field: "identity.year", fragments: ["missing required field `year` (年度) in `identity`"]),
        Case(name: "staff-is-a-number", text: identity + """
        staff: 44
        """, line: 5, field: "staff", fragments: ["expected a mapping of fields (authorized, actual, onDuty", "found \"44\""]),
        Case(name: "divisions-not-a-list", text: """
        identity:
          name: 测试部门
          year: 2024
          kind: budget
          divisions: 办公室
        """, line: 5, field: "identity.divisions", fragments: ["expected a list of names", "found \"办公室\""]),
        Case(name: "year-in-chinese", text: """
        identity:
          name: 测试部门
          year: 二〇二四
          kind: budget
        """, line: 3, field: "identity.year", fragments: ["expected a year such as 2024", "found \"二〇二四\""]),
        Case(name: "year-out-of-range", text: """
        identity:
          name: 测试部门
          year: 1024
          kind: budget
        """, line: 3, field: "identity.year", fragments: ["expected a year between 1990 and 2100", "found 1024"]),
        Case(name: "projects-not-a-list", text: identity + """
        projects:
          name: 专项业务费
          amount: 2702.00
        """, line: 6, field: "projects", fragments: ["expected a list of Project entries", "found a mapping"]),
        Case(name: "unknown-top-level-key", text: identity + """
        stafff:
          onDuty: 44
        """, line: 5, field: "stafff", fragments: ["unknown field `stafff` (did you mean `staff`"]),
        Case(name: "unknown-nested-key", text: identity + """
        staff:
          onDutty: 44
        """, line: 6, field: "staff.onDutty", fragments: ["unknown field `onDutty` (did you mean `onDuty` (在职)?)"]),
        Case(name: "chinese-key", text: identity + """
        staff:
          编制数: 60
        """, line: 6, field: "staff.编制数", fragments: ["unknown field `编制数` (did you mean `authorized` (编制数)?)"]),
        Case(name: "unknown-key-without-suggestion", text: identity + """
        sangong:
          banquets: 3.00
        """, line: 6, field: "sangong.banquets",
             fragments: ["unknown field `banquets`", "Sangong has: total, abroad, reception"]),
        Case(name: "unknown-figure-key", text: identity + """
        revenue:
          total: {value: "4,161.84", lien: 125, table: 表1}
        """, line: 6, field: "revenue.total.lien", fragments: ["unknown field `lien` in a figure (did you mean `line`?)"]),
        Case(name: "figure-line-zero", text: identity + """
        revenue:
          total: {value: "4,161.84", line: 0, table: 表1}
        """, line: 6, field: "revenue.total.line", fragments: ["expected a line number ≥ 1", "found 0"]),
        Case(name: "figure-as-list", text: identity + """
        revenue:
          total: [4161.84]
        """, line: 6, field: "revenue.total", fragments: ["expected a number such as 3994.84", "found a list"]),
        Case(name: "economic-split-bad-code", text: identity + """
        projects:
          - name: 专项业务费
            amount: 2702.00
            economicSplit: {"3O2": 2702.00}
        """, line: 8, field: "projects[0].economicSplit.3O2", fragments: ["expected an economic class code of 3 digits"]),
        Case(name: "subject-typo", text: identity + """
        yearOnYear:
          - {subject: sangong.totl, current: 49.81, change: 0.00}
        """, line: 6, field: "yearOnYear[0].subject",
             fragments: ["expected a subject such as", "found \"sangong.totl\"", "did you mean `sangong.total`"]),
        Case(name: "duplicate-key", text: identity + """
        staff:
          onDuty: 44
          onDuty: 45
        """, line: 6, field: "onDuty", fragments: ["`onDuty` appears twice", "expected each field once"]),
        Case(name: "yaml-syntax-unclosed-quote", text: identity + """
        revenue:
          total: "4,161.84
        """, line: 6, field: "", fragments: ["not valid YAML/JSON"]),
        Case(name: "yaml-syntax-bad-indentation", text: """
        identity:
          name: 测试部门
         year: 2024
          kind: budget
        """, line: 3, field: "", fragments: ["not valid YAML/JSON"]),
        Case(name: "json-syntax-missing-comma", text: """
        {
          "identity": {"name": "测试部门", "year": 2024, "kind": "budget"}
          "staff": {"onDuty": 44}
        }
        """, line: 3, field: "", fragments: ["not valid YAML/JSON"], ext: "json"),
        Case(name: "json-bad-amount", text: """
        {
        \t"identity": {"name": "测试部门", "year": 2024, "kind": "budget"},
        \t"revenue": {
        \t\t"total": "4.161,84"
        \t}
        }
        """, line: 4, field: "revenue.total", fragments: ["expected an amount in 万元", "found \"4.161,84\""], ext: "json"),
        Case(name: "empty-file", text: "", line: 1, field: "", fragments: ["the file is empty", "identity"]),
        Case(name: "comments-only", text: "# 新疆驻北京办事处\n# (to be entered)\n", line: 1, field: "",
             fragments: ["the file is empty"]),
        Case(name: "top-level-list", text: "- identity: x\n", line: 1, field: "",
             fragments: ["expected a department mapping", "found a list"]),
    ]

    func testEveryMalformedFileNamesFileLineFieldAndExpectation() throws {
        XCTAssertGreaterThanOrEqual(Self.cases.count, 20)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("malformed-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for test in Self.cases {
            let url = folder.appendingPathComponent("\(test.name).\(test.ext)")
            try test.text.write(to: url, atomically: true, encoding: .utf8)
            do {
                let department = try DepartmentFile.load(url)
                XCTFail("\(test.name): loaded \(department.identity.name) instead of failing")
            } catch let error as DepartmentFileError {
                let message = error.description
                print("[\(test.name)] \(message.replacingOccurrences(of: folder.path + "/", with: ""))")
                XCTAssertEqual(error.file, url.path, "\(test.name): \(message)")
                if let line = test.line {
                    XCTAssertEqual(error.line, line, "\(test.name): \(message)")
                    XCTAssertNotNil(error.column, "\(test.name): \(message)")
                    XCTAssertTrue(message.hasPrefix("\(url.path):\(line):"), "\(test.name): \(message)")
                }
                XCTAssertEqual(error.field, test.field, "\(test.name): \(message)")
                if !test.field.isEmpty {
                    XCTAssertTrue(message.contains(": \(test.field): "), "\(test.name): \(message)")
                }
                for fragment in test.fragments {
                    XCTAssertTrue(message.contains(fragment), "\(test.name): expected \"\(fragment)\" in: \(message)")
                }
            }
        }
    }

    func testNonUTF8FileIsRejectedByName() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).yaml")
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xE9, 0xFF, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try DepartmentFile.load(url)) { error in
            XCTAssertTrue("\(error)".hasPrefix(url.path), "\(error)")
            XCTAssertTrue("\(error)".contains("expected UTF-8 text"), "\(error)")
        }
    }

    func testValidJSONWithTabsLoads() throws {
        let json = "{\n\t\"identity\": {\"name\": \"测试部门\", \"year\": 2024, \"kind\": \"决算\"},\n"
            + "\t\"staff\": {\"onDuty\": {\"value\": 13, \"line\": 72, \"table\": \"概况\"}},\n"
            + "\t\"revenue\": {\"total\": \"550.53\", \"otherIncome\": 59.65}\n}\n"
        let department = try DepartmentFile.decode(json, file: "d.json")
        XCTAssertEqual(department.identity.kind, .final)
        XCTAssertEqual(department.staff?.onDuty?.value, 13)
        XCTAssertEqual(department.staff?.onDuty?.source, Provenance(line: 72, table: "概况"))
        XCTAssertEqual(department.revenue?.total?.value, Decimal(string: "550.53"))
        XCTAssertEqual(department.revenue?.otherIncome?.value, Decimal(string: "59.65"))
    }

    func testNullFieldsAreAbsent() throws {
        let department = try DepartmentFile.decode(Self.identity + "staff:\n  onDuty: ~\nrevenue:\n", file: "n.yaml")
        XCTAssertNil(department.staff?.onDuty)
        XCTAssertNil(department.revenue)
    }

    func testSuggestionDistance() {
        XCTAssertEqual(DepartmentFileErrorProbe.suggestion("onDtuy"), "onDuty")
        XCTAssertEqual(DepartmentFileErrorProbe.suggestion("ONDUTY"), "onDuty")
        XCTAssertNil(DepartmentFileErrorProbe.suggestion("salary"))
    }
}

/// Reaches the suggestion through the public API: decodes a file with one
/// unknown staff key and reads the suggested key from the message.
enum DepartmentFileErrorProbe {
    static func suggestion(_ key: String) -> String? {
        let yaml = MalformedDepartmentFileTests.identity + "staff:\n  \(key): 1\n"
        do {
            _ = try DepartmentFile.decode(yaml, file: "probe.yaml")
            return nil
        } catch let error as DepartmentFileError {
            guard let start = error.message.range(of: "did you mean `") else { return nil }
            let rest = error.message[start.upperBound...]
            return rest.firstIndex(of: "`").map { String(rest[..<$0]) }
        } catch {
            return nil
        }
    }
}
