import BudgetModel
import Foundation

/// Locates the repository's `Fixtures/` and `Tests/Seeds/` from this file's
/// path, so the tests run on a fresh clone without `../shared`.
enum FixtureFiles {
    /// The repository root (three levels above this file).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = root.appendingPathComponent("Fixtures")
    static let seeds = root.appendingPathComponent("Tests/Seeds")

    /// Every department file in `Fixtures/`, sorted by name.
    static func all() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: fixtures, includingPropertiesForKeys: nil)
            .filter { DepartmentFile.extensions.contains($0.pathExtension.lowercased()) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The fixture whose name starts with `prefix` ("000", "002"…).
    static func named(_ prefix: String) throws -> URL? {
        try all().first { $0.lastPathComponent.hasPrefix(prefix) }
    }

    /// The lines of the seed text `name` (index 0 is line 1).
    static func seedLines(_ name: String) throws -> [String] {
        let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
        return text.components(separatedBy: "\n")
    }
}
