import Foundation
import XCTest
@testable import Reports

/// Templates/README.md documents every template variable; its variables
/// section is generated from the record declarations and must match them.
final class MemoTemplateVariablesTests: XCTestCase {
    func testReadmeListsEveryVariableExactlyAsDeclared() throws {
        let url = MemoFixtures.templatesFolder.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let generated = MemoTemplateVariables.beginMarker + "\n\n" + MemoTemplateVariables.markdown() + "\n"
            + MemoTemplateVariables.endMarker
        let current: String?
        if let begin = readme.range(of: MemoTemplateVariables.beginMarker),
           let end = readme.range(of: MemoTemplateVariables.endMarker, range: begin.upperBound..<readme.endIndex) {
            current = String(readme[begin.lowerBound..<end.upperBound])
        } else {
            current = nil
        }
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            var updated = readme
            if let current, let range = updated.range(of: current) {
                updated.replaceSubrange(range, with: generated)
            } else {
                updated += (updated.hasSuffix("\n") ? "" : "\n") + generated + "\n"
            }
            try updated.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let current else {
            return XCTFail("Templates/README.md lacks the generated variables section (RECORD_GOLDEN=1 adds it)")
        }
        XCTAssertEqual(current, generated, "Templates/README.md is out of date (RECORD_GOLDEN=1 re-records):\n"
                       + lineDiff(current, generated))
    }

    func testEveryVariableIsDocumented() {
        let markdown = MemoTemplateVariables.markdown()
        for field in MemoContext.schema.fields {
            XCTAssertTrue(markdown.contains("| `\(field.name)` |"), field.name)
            XCTAssertFalse(field.summary.isEmpty, field.name)
        }
        for field in Comparison.schema.fields { XCTAssertTrue(markdown.contains("| `\(field.name)` |"), field.name) }
    }
}

import TestSupport
