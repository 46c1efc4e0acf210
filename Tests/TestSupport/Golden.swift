import Foundation
import XCTest

/// Compares `actual` with the golden file `Golden/<name>` beside the calling test file.
///
/// Set `RECORD_GOLDEN=1` to (re)write the golden file instead; a missing golden file is
/// recorded and the test fails once, so it is never silently created. Fails with a line
/// diff (first differing lines, with line numbers).
public func assertGolden(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Golden")
    let url = folder.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            XCTFail("cannot write golden file \(url.path): \(error)", file: file, line: line)
        }
        if !record { XCTFail("golden file \(name) was missing and has been recorded; check it in", file: file, line: line) }
        return
    }
    guard expected != actual else { return }
    XCTFail("\(name) differs from the golden file (RECORD_GOLDEN=1 re-records):\n" + lineDiff(expected, actual), file: file, line: line)
}

/// A short line diff: `-` expected, `+` actual, with 1-based line numbers.
public func lineDiff(_ expected: String, _ actual: String, limit: Int = 20) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(a.count, b.count) where out.count < limit {
        let x = i < a.count ? String(a[i]) : nil, y = i < b.count ? String(b[i]) : nil
        if x != y {
            if let x { out.append("-\(i + 1): \(x)") }
            if let y { out.append("+\(i + 1): \(y)") }
        }
    }
    return out.joined(separator: "\n")
}

/// Reads one entry of a zip file as text with the system `unzip -p`.
public func unzipEntry(_ file: URL, _ entry: String) throws -> String {
    guard let unzip = Tools.which("unzip") else {
        try Tools.missing("unzip", hint: "apt-get install unzip")
    }
    let result = try runProcess(unzip, ["-p", file.path, entry])
    guard result.exitCode == 0 else { throw XCTSkip("unzip -p \(entry) failed: \(result.stderr)") }
    return result.stdout
}

/// Puts each tag on its own line (`><` → `>\n<`) so golden XML diffs by element.
/// Only for comparing: the writer itself never indents.
public func xmlLines(_ xml: String) -> String {
    xml.replacingOccurrences(of: "><", with: ">\n<")
}
