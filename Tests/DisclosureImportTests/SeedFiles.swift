import BudgetModel
import DisclosureImport
import Foundation
import XCTest

/// Locates the repository's `Tests/Seeds/` and `Fixtures/` from this file's
/// path (tests run on a fresh clone without ../shared), and flattens
/// departments into field paths for field-by-field comparisons.
enum SeedFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("Tests/Seeds")
    static let fixtures = root.appendingPathComponent("Fixtures")

    static let names = ["000_48bb68b1a07c75d5.txt", "001_0566f4c83be83170.txt",
                        "002_4ec144158e136e59.txt", "004_a42ce23be4573852.txt"]

    static func text(_ name: String) throws -> String {
        try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
    }

    /// The seed whose name starts with `prefix`.
    static func seed(_ prefix: String) throws -> (name: String, text: String) {
        let name = try XCTUnwrap(names.first { $0.hasPrefix(prefix) }, "no seed \(prefix)")
        return (name, try text(name))
    }

    static func importSeed(_ prefix: String) throws -> ImportResult {
        let seed = try seed(prefix)
        return try DisclosureImporter.importText(seed.text, file: seed.name)
    }

    /// The hand-checked fixture entered from the seed `prefix`, or nil when absent.
    static func fixture(_ prefix: String) throws -> URL? {
        guard let files = try? FileManager.default.contentsOfDirectory(at: fixtures, includingPropertiesForKeys: nil) else {
            return nil
        }
        return files.filter { $0.lastPathComponent.hasPrefix(prefix + "-") && $0.pathExtension == "yaml" }.first
    }
}

/// A department as field paths → values ("revenue.total.value" → "4161.84",
/// "revenue.total.line" → "125", "expenditure.byFunction[2].code" → "2010301").
enum FieldPaths {
    static func flatten(_ department: Department) throws -> [String: String] {
        let data = try JSONEncoder().encode(department)
        let object = try JSONSerialization.jsonObject(with: data)
        var out: [String: String] = [:]
        walk(object, path: "", into: &out)
        return out
    }

    private static func walk(_ value: Any, path: String, into out: inout [String: String]) {
        switch value {
        case let dict as [String: Any]:
            if dict.isEmpty { out[path] = "{}" }
            for (key, child) in dict { walk(child, path: path.isEmpty ? key : path + "." + key, into: &out) }
        case let array as [Any]:
            if array.isEmpty { out[path] = "[]" }
            for (index, child) in array.enumerated() { walk(child, path: "\(path)[\(index)]", into: &out) }
        case let number as NSNumber:
            out[path] = number.stringValue
        case let string as String:
            out[path] = string
        default:
            out[path] = "\(value)"
        }
    }
}
