import Foundation
import TestSupport
import XCTest

/// Runs the built `budget-compare` as a user would, for the batch tests.
enum BatchCLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The build products folder, where `swift build` puts `budget-compare`.
    static var productsFolder: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
        #else
        return Bundle.main.bundleURL
        #endif
    }

    static var binary: URL { productsFolder.appendingPathComponent("budget-compare") }

    /// The binary, or a failure saying to build it.
    static func requireBinary(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            XCTFail("budget-compare is not built at \(binary.path); run `swift build` first", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return binary
    }

    /// The process for `arguments`, run in the package root (so that the memo
    /// templates are found), with `environment` added to this process's.
    static func process(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = try requireBinary()
        process.arguments = arguments
        process.currentDirectoryURL = TestPaths.packageRoot
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        return process
    }

    /// Runs `budget-compare arguments` to completion.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let result = try runProcess(try process(arguments, environment: environment))
        return Run(status: result.exitCode, stdout: result.stdout, stderr: result.stderr)
    }

    /// Writes a synthetic region with `budget-compare generate-region`.
    static func generateRegion(count: Int, seed: UInt64, badFiles: Int = 0, inconsistencies: Int = 0,
                               into folder: URL) throws {
        let result = try run(["generate-region", "--count", "\(count)", "--seed", "\(seed)", "--out", folder.path,
                              "--bad-files", "\(badFiles)", "--inconsistencies", "\(inconsistencies)"])
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}

/// Files below a folder.
enum OutputTree {
    /// Every regular file below `folder` (hidden ones included), relative, sorted.
    static func files(_ folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return (enumerator.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.path + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    /// Every entry (file or folder) with a hidden component.
    static func hidden(_ folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return (enumerator.allObjects as? [String] ?? []).filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted()
    }

    /// The OpenDocument files (.ods, .odt) with a final (not hidden) name.
    static func documents(_ folder: URL) -> [URL] {
        files(folder).filter { ($0.hasSuffix(".ods") || $0.hasSuffix(".odt")) && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .map { folder.appendingPathComponent($0) }
    }

    /// Asserts that every file passes `odf-check --strict` (one run per 100
    /// files); skips with a notice when the shared tools are missing.
    static func assertAllValid(_ documents: [URL], file: StaticString = #filePath, line: UInt = #line) throws {
        guard !documents.isEmpty else { return }
        let tool = try Tools.sharedTool("odf-check", file: file, line: line)
        for start in stride(from: 0, to: documents.count, by: 100) {
            let chunk = documents[start..<min(start + 100, documents.count)]
            let result = try runProcess(tool, ["--strict", "-q"] + chunk.map(\.path))
            XCTAssertEqual(result.exitCode, 0, "odf-check:\n\(result.output)", file: file, line: line)
        }
    }
}

extension XCTestCase {
    /// A fresh temporary folder removed after the test.
    func batchFolder(_ label: String) throws -> URL {
        let folder = try TestPaths.temporaryFolder(label)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }
}
