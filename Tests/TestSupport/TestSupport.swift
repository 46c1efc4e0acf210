// Shared test helpers for every test target: where things are, external processes,
// odf-check / LibreOffice runners, golden files.
//
// Tools that a fresh clone may lack (../shared, LibreOffice, xmllint) make their checks
// SKIP with a notice saying what is missing and how to get it, unless
// BUDGETCOMPARE_REQUIRE_TOOLS=1 (set by .ci/run): then a missing tool FAILS the test.
import Foundation
import XCTest

/// Paths of the package and of the shared tools folder.
public enum TestPaths {
    /// The package root (the folder holding Package.swift), found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The shared folder: `$BUDGETCOMPARE_SHARED`, else `<package root>/../shared`; nil
    /// when it does not exist.
    public static var shared: URL? {
        let env = ProcessInfo.processInfo.environment["BUDGETCOMPARE_SHARED"]
        let url = env.map { URL(fileURLWithPath: $0) }
            ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The vendored ODF 1.3 schema folder (Tests/Schema/odf-1.3).
    public static let schemaFolder = packageRoot.appendingPathComponent("Tests/Schema/odf-1.3")

    /// A fresh, empty temporary folder.
    public static func temporaryFolder(_ label: String = "test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("budgetcompare-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Missing tools: skip with a notice, or fail when CI requires every check.
public enum Tools {
    /// Whether `BUDGETCOMPARE_REQUIRE_TOOLS=1` (CI): missing tools are failures.
    public static var required: Bool { ProcessInfo.processInfo.environment["BUDGETCOMPARE_REQUIRE_TOOLS"] == "1" }

    /// Skips the test (or fails it under CI) because `what` is missing; `hint` says how to get it.
    public static func missing(_ what: String, hint: String, file: StaticString = #filePath, line: UInt = #line) throws -> Never {
        let message = "\(what) is missing; \(hint)"
        if required {
            XCTFail("BUDGETCOMPARE_REQUIRE_TOOLS=1 but \(message)", file: file, line: line)
            throw XCTSkip("failed: \(message)")
        }
        print("NOTICE: skipping check: \(message)")
        throw XCTSkip(message, file: file, line: line)
    }

    /// The full path of `name` on PATH, or nil.
    public static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `tools/<name>` in the shared folder, or a skip/failure saying it is missing.
    public static func sharedTool(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        guard let shared = TestPaths.shared else {
            try missing("the shared folder (../shared with tools/\(name))",
                        hint: "clone it beside the package or set BUDGETCOMPARE_SHARED", file: file, line: line)
        }
        let path = shared.appendingPathComponent("tools/\(name)").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            try missing(path, hint: "update the shared folder", file: file, line: line)
        }
        // odf-check validates with xmllint and unzip: without them it can only
        // fail, which says nothing about our files (skip, or fail under CI).
        if name == "odf-check", which("xmllint") == nil || which("unzip") == nil {
            try missing("xmllint or unzip (used by odf-check)", hint: "apt-get install libxml2-utils unzip", file: file, line: line)
        }
        return path
    }
}

/// The outcome of an external process.
public struct ProcessResult: Sendable {
    public let exitCode: Int32
    public let stdout: String
    public let stderr: String
    /// stdout and stderr together, for failure messages.
    public var output: String { stdout + (stderr.isEmpty ? "" : "\n" + stderr) }
}

/// Runs `executable` (a path, or a name looked up on PATH) with `arguments` and
/// captures stdout, stderr and the exit code.
public func runProcess(_ executable: String, _ arguments: [String], in folder: URL? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable.contains("/") ? executable : (Tools.which(executable) ?? executable))
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    return try runProcess(process)
}

/// Runs a configured `process` to completion and captures stdout, stderr and
/// the exit code.
public func runProcess(_ process: Process) throws -> ProcessResult {
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes concurrently so a full pipe cannot block the child.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(exitCode: process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
}
