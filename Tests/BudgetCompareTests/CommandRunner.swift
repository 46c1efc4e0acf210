import Foundation
import TestSupport
import XCTest

/// The built `budget-compare`, run in a folder as a user would.
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

extension XCTestCase {
    /// `.build/<config>/budget-compare`, beside the test bundle. `swift test`
    /// builds every product, so a missing binary is a failure, not a skip.
    func budgetCompare(_ arguments: [String], in folder: URL) throws -> CommandRun {
        let products = Bundle(for: InputHandlingTests.self).bundleURL.deletingLastPathComponent()
        let candidates = [products.appendingPathComponent("budget-compare"),
                          Bundle.main.bundleURL.appendingPathComponent("budget-compare")]
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            XCTFail("budget-compare is not built beside the tests (looked in \(candidates.map(\.path)))")
            throw CocoaError(.fileNoSuchFile)
        }
        let result = try runProcess(binary.path, arguments, in: folder)
        return CommandRun(status: result.exitCode, stdout: result.stdout, stderr: result.stderr)
    }

    /// A fresh temporary folder, removed after the test.
    func scratchFolder(_ label: String) throws -> URL {
        let folder = try TestPaths.temporaryFolder(label)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// The vendored seed disclosure whose name starts with `prefix` ("000").
    func seedText(_ prefix: String) throws -> String {
        let seeds = TestPaths.packageRoot.appendingPathComponent("Tests/Seeds")
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: seeds.path)
            .first { $0.hasPrefix(prefix + "_") && $0.hasSuffix(".txt") }, "Tests/Seeds/\(prefix)_*.txt")
        return try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
    }
}
