import BudgetMetrics
import BudgetModel
import Foundation
import XCTest

/// Runs the built `budget-compare metrics` as a user would.
final class MetricsCommandTests: XCTestCase {
    /// `.build/<config>/budget-compare`, beside the test bundle.
    private var executable: URL {
        get throws {
            let products = Bundle(for: MetricsCommandTests.self).bundleURL.deletingLastPathComponent()
            let candidates = [products.appendingPathComponent("budget-compare"),
                              Bundle.main.bundleURL.appendingPathComponent("budget-compare")]
            guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
                // `swift test` builds every product, so a missing binary is a failure, not a skip.
                XCTFail("budget-compare is not built beside the tests (looked in \(candidates.map(\.path)))")
                throw CocoaError(.fileNoSuchFile)
            }
            return found
        }
    }

    private struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    private func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A temporary region folder holding the seed departments (and `extra` files).
    private func regionFolder(extra: [String: String] = [:]) throws -> URL {
        let parent = FileManager.default.temporaryDirectory
            .appendingPathComponent("metrics-command-\(UUID().uuidString)")
        let folder = parent.appendingPathComponent("region")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: parent) }
        let files = [
            "000.yaml": SeedFigures.beijingOffice2024, "001.yaml": SeedFigures.agencyAffairs2024,
            "002.yaml": SeedFigures.urumqiOffice2024Final, "004.yaml": SeedFigures.changjiOffice2025,
        ].merging(extra) { $1 }
        for (name, text) in files {
            try Data((text + "\n").utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// `budget-compare metrics Fixtures --format json`, run from the repository root.
    func testJSONShapeOnFixtures() throws {
        let result = try run(["metrics", "Fixtures", "--format", "json"], in: repositoryRoot)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        let top = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        XCTAssertEqual(Set(top.keys), ["departments", "groups"])

        let departments = try XCTUnwrap(top["departments"] as? [[String: Any]])
        XCTAssertEqual(departments.count, 4)
        let ids = Set(MetricID.allCases.map(\.rawValue))
        XCTAssertEqual(ids.count, 18)
        for department in departments {
            XCTAssertEqual(Set(department.keys), ["file", "name", "year", "kind", "group", "metrics"])
            let metrics = try XCTUnwrap(department["metrics"] as? [String: [String: Any]])
            XCTAssertEqual(Set(metrics.keys), ids)
            for (id, entry) in metrics {
                XCTAssertEqual(Set(entry.keys), ["value", "reason"], id)
                let value = entry["value"] as? String
                let reason = entry["reason"] as? String
                XCTAssertTrue((value == nil) != (reason == nil), "\(id): exactly one of value and reason")
                XCTAssertTrue(value == nil || entry["reason"] is NSNull, id)
                XCTAssertTrue(reason == nil || entry["value"] is NSNull, id)
                if let value { XCTAssertNotNil(DecimalText.parse(value), value) }
            }
        }
        // Files as typed: the folder argument joined with the path inside it.
        XCTAssertEqual(departments.map { $0["file"] as? String }, [
            "Fixtures/000-新疆驻北京办事处-2024-预算.yaml", "Fixtures/001-自治区机关事务管理局-2024-预算.yaml",
            "Fixtures/002-乌鲁木齐市驻北京联络处-2024-决算.yaml", "Fixtures/004-昌吉州驻北京联络处-2025-预算.yaml",
        ])
        XCTAssertEqual(departments.map { $0["kind"] as? String }, ["budget", "budget", "final", "budget"])
        XCTAssertEqual(departments.map { $0["year"] as? Int }, [2024, 2024, 2024, 2025])
        XCTAssertTrue(departments.allSatisfy { $0["group"] is NSNull })

        let beijing = try XCTUnwrap(departments[0]["metrics"] as? [String: [String: Any]])
        XCTAssertEqual(beijing["percap.public"]?["value"] as? String, DecimalText.canonical(dec("203.53") / dec("44")))
        XCTAssertTrue(beijing["exec.rate"]?["value"] is NSNull)
        XCTAssertEqual(beijing["exec.rate"]?["reason"] as? String, "不适用：预算公开不含此指标（仅适用于决算）")
        let urumqi = try XCTUnwrap(departments[2]["metrics"] as? [String: [String: Any]])
        XCTAssertEqual(urumqi["staff.fill"]?["reason"] as? String, "缺少输入：编制数 (staff.authorized)")
        XCTAssertEqual(urumqi["exec.variance"]?["value"] as? String,
                       DecimalText.canonical((dec("490.88") - dec("544.01")) / dec("544.01")))

        let groups = try XCTUnwrap(top["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["key"] as? String }, ["2024-budget", "2024-final", "2025-budget"])
        XCTAssertEqual(groups.map { $0["label"] as? String }, ["2024年 预算", "2024年 决算", "2025年 预算"])
        for group in groups {
            XCTAssertEqual(Set(group.keys), ["key", "label", "year", "kind", "group", "departments", "metrics"])
            XCTAssertTrue(group["group"] is NSNull)
            let metrics = try XCTUnwrap(group["metrics"] as? [String: [String: Any]])
            XCTAssertEqual(Set(metrics.keys), ids)
            for (id, entry) in metrics {
                XCTAssertEqual(Set(entry.keys), ["pooled", "mean", "median", "count"], id)
                for key in ["pooled", "mean", "median"] {
                    XCTAssertTrue(entry[key] is NSNull || (entry[key] as? String).flatMap(DecimalText.parse) != nil, "\(id).\(key)")
                }
            }
        }
        XCTAssertEqual(groups[0]["departments"] as? [String],
                       ["新疆维吾尔自治区人民政府驻北京办事处", "新疆维吾尔自治区机关事务管理局"])
        let budget = try XCTUnwrap(groups[0]["metrics"] as? [String: [String: Any]])
        XCTAssertEqual(budget["percap.public"]?["pooled"] as? String,
                       DecimalText.canonical((dec("203.53") + dec("308.42")) / (dec("44") + dec("586"))))
        XCTAssertEqual(budget["percap.public"]?["count"] as? Int, 2)
        XCTAssertTrue(budget["exec.rate"]?["pooled"] is NSNull)
        let final = try XCTUnwrap(groups[1]["metrics"] as? [String: [String: Any]])
        XCTAssertEqual(final["exec.rate"]?["pooled"] as? String, "1")
        XCTAssertTrue(final["staff.fill"]?["pooled"] is NSNull)
        XCTAssertEqual(final["staff.fill"]?["count"] as? Int, 0)
    }

    /// Group tags split groups and show in the JSON.
    func testGroupTagsInJSON() throws {
        let folder = try regionFolder()
        let result = try run(["metrics", "region", "--format", "json"], in: folder.deletingLastPathComponent())
        XCTAssertEqual(result.status, 0, result.stderr)
        let top = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let departments = try XCTUnwrap(top["departments"] as? [[String: Any]])
        XCTAssertEqual(departments.map { $0["file"] as? String },
                       ["region/001.yaml", "region/000.yaml", "region/002.yaml", "region/004.yaml"])
        XCTAssertTrue(departments[0]["group"] is NSNull)
        XCTAssertEqual(departments[1]["group"] as? String, "驻京机构")
        let groups = try XCTUnwrap(top["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["key"] as? String },
                       ["2024-budget", "2024-budget-驻京机构", "2024-final-驻京机构", "2025-budget-驻京机构"])
        XCTAssertEqual(groups.map { $0["label"] as? String },
                       ["2024年 预算", "2024年 预算 · 驻京机构", "2024年 决算 · 驻京机构", "2025年 预算 · 驻京机构"])
        XCTAssertEqual(groups[1]["group"] as? String, "驻京机构")
        XCTAssertEqual(groups[1]["departments"] as? [String], ["新疆维吾尔自治区人民政府驻北京办事处"])
    }

    func testOutputIsDeterministic() throws {
        let folder = try regionFolder()
        let first = try run(["metrics", folder.path, "--format", "json"])
        let second = try run(["metrics", folder.path, "--format", "json"])
        XCTAssertEqual(first.stdout, second.stdout)
        let text1 = try run(["metrics", folder.path])
        let text2 = try run(["metrics", folder.path])
        XCTAssertEqual(text1.stdout, text2.stdout)
    }

    func testTextTablePerGroup() throws {
        let folder = try regionFolder()
        let result = try run(["metrics", "region"], in: folder.deletingLastPathComponent())
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = String(decoding: result.stdout, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("2024年 预算（1 个部门）\n"), text)
        XCTAssertTrue(text.contains("2024年 决算 · 驻京机构（1 个部门）"), text)
        XCTAssertTrue(text.contains("乌鲁木齐市人民政府驻北京联络处  staff.fill    缺少输入：编制数 (staff.authorized)"), text)
        let beijingRow = try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix("新疆驻京办") })
        XCTAssertEqual(beijingRow.split(separator: " ").dropFirst().prefix(4), ["73.33%", "0.73", "1.27", "4.63"])
    }

    func testLoadFailureIsReportedAndTheRestPrinted() throws {
        let folder = try regionFolder(extra: ["bad.yaml": "identity:\n  name: 坏\n  year: 2024\n  kind: budget\nrevenue:\n  total: \"3.994,84\"\n"])
        let result = try run(["metrics", "region", "--format", "json"], in: folder.deletingLastPathComponent())
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("region/bad.yaml"), result.stderr)
        XCTAssertTrue(result.stderr.contains("revenue.total"), result.stderr)
        let top = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        XCTAssertEqual((top["departments"] as? [Any])?.count, 4)
    }

    func testUsageErrors() throws {
        let missing = try run(["metrics", "/nonexistent/region-\(UUID().uuidString)"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no such file or folder"), missing.stderr)
        XCTAssertEqual(try run(["metrics"]).status, 2)
        XCTAssertEqual(try run(["metrics", "--format", "yaml", "."]).status, 2)
    }

    func testListPrintsTheCatalogue() throws {
        let result = try run(["metrics", "--list"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 2 + MetricID.allCases.count)
        for (line, definition) in zip(lines.dropFirst(2), MetricCatalogue.definitions) {
            XCTAssertTrue(line.hasPrefix(definition.id.rawValue + " "), String(line))
            XCTAssertTrue(line.contains(definition.name), String(line))
            XCTAssertTrue(line.hasSuffix(definition.formula), String(line))
            XCTAssertTrue(line.contains(definition.unit.symbol), String(line))
        }
    }
}
