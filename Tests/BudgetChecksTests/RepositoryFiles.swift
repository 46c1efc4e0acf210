import BudgetModel
import Foundation
import XCTest

/// The repository's `Fixtures/`, located from this file's path so that the
/// tests run on a fresh clone.
enum RepositoryFiles {
    /// The repository root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures")

    /// The fixture whose file name starts with `prefix` ("000", "002" …).
    static func fixture(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted()
        let name = try XCTUnwrap(names.first { $0.hasPrefix(prefix + "-") && $0.hasSuffix(".yaml") },
                                 "no fixture \(prefix)-*.yaml in \(fixtures.path)")
        return fixtures.appendingPathComponent(name)
    }
}
