import Foundation
import XCTest

/// Validation of written OpenDocument files.
public enum ODFCheck {
    /// Asserts that `file` is strictly conforming ODF 1.3.
    ///
    /// Uses `../shared/tools/odf-check --strict -q` (fails with its output). Without the
    /// shared folder, validates the XML parts against the vendored schema with `xmllint`
    /// instead; without xmllint either, skips (or fails under CI).
    public static func assertValid(_ file: URL, sourceFile: StaticString = #filePath, line: UInt = #line) throws {
        if TestPaths.shared != nil {
            let tool = try Tools.sharedTool("odf-check", file: sourceFile, line: line)
            let result = try runProcess(tool, ["--strict", "-q", file.path])
            if result.exitCode != 0 {
                XCTFail("odf-check failed (\(result.exitCode)):\n\(result.output)", file: sourceFile, line: line)
            }
            return
        }
        print("NOTICE: ../shared not found: validating against the vendored schema only")
        try assertSchemaValid(file, sourceFile: sourceFile, line: line)
    }

    /// Validates each XML part against the vendored ODF 1.3 RelaxNG schemas with `xmllint`.
    public static func assertSchemaValid(_ file: URL, sourceFile: StaticString = #filePath, line: UInt = #line) throws {
        guard let xmllint = Tools.which("xmllint"), let unzip = Tools.which("unzip") else {
            try Tools.missing("xmllint or unzip", hint: "apt-get install libxml2-utils unzip", file: sourceFile, line: line)
        }
        let folder = try TestPaths.temporaryFolder("schema")
        defer { try? FileManager.default.removeItem(at: folder) }
        let unzipped = try runProcess(unzip, ["-q", file.path, "-d", folder.path])
        guard unzipped.exitCode == 0 else {
            XCTFail("unzip failed:\n\(unzipped.output)", file: sourceFile, line: line)
            return
        }
        let schema = TestPaths.schemaFolder
        let checks: [(String, [String])] = [
            ("OpenDocument-v1.3-schema.rng", ["content.xml", "styles.xml", "meta.xml", "settings.xml"]),
            ("OpenDocument-v1.3-manifest-schema.rng", ["META-INF/manifest.xml"]),
        ]
        for (rng, parts) in checks {
            let present = parts.map { folder.appendingPathComponent($0).path }.filter { FileManager.default.fileExists(atPath: $0) }
            guard !present.isEmpty else { continue }
            let result = try runProcess(xmllint, ["--noout", "--relaxng", schema.appendingPathComponent(rng).path] + present)
            if result.exitCode != 0 {
                XCTFail("schema validation failed:\n\(result.output)", file: sourceFile, line: line)
            }
        }
    }
}
