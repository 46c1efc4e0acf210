import BudgetChecks
import BudgetModel
import Foundation
import XCTest

/// An amount from its text ("3994.84"), with an optional source line.
func amount(_ text: String, line: Int? = nil) -> Amount {
    guard let value = DecimalText.parse(text) else { fatalError("bad amount \(text) in a test") }
    return Amount(value, line: line)
}

/// A decimal from its text.
func decimal(_ text: String) -> Decimal {
    guard let value = DecimalText.parse(text) else { fatalError("bad decimal \(text) in a test") }
    return value
}

/// A budget department named 测试部门 for 2024, configured by `build`.
func department(kind: DisclosureKind = .budget, _ build: (inout Department) -> Void) -> Department {
    var department = Department(identity: Identity(name: "测试部门", year: 2024, kind: kind))
    build(&department)
    return department
}

/// A finding in one line: "rounding 100.01→100.00 (-0.01) 表3 总计 [10, 11]".
func brief(_ finding: Finding) -> String {
    let text = { Finding.text($0, unit: finding.unit) }
    return "\(finding.severity.rawValue) \(text(finding.expected))→\(text(finding.actual)) "
        + "(\(text(finding.difference))) \(finding.detail) \(finding.lines)"
}

/// The findings of `rule` on `department`, in brief.
func briefs(_ rule: some CheckRule, _ department: Department) -> [String] {
    rule.findings(in: department, file: "t.yaml").map(brief)
}

extension XCTestCase {
    /// Asserts that every finding of `rule` names the rule, the department and the file.
    func assertWellFormed(_ rule: some CheckRule, _ department: Department,
                          file: StaticString = #filePath, line: UInt = #line) {
        let findings = rule.findings(in: department, file: "t.yaml")
        XCTAssertFalse(findings.isEmpty, "expected findings to inspect", file: file, line: line)
        for finding in findings {
            XCTAssertEqual(finding.rule, rule.id, file: file, line: line)
            XCTAssertEqual(finding.description, rule.description, file: file, line: line)
            XCTAssertEqual(finding.department, department.identity.name, file: file, line: line)
            XCTAssertEqual(finding.file, "t.yaml", file: file, line: line)
            XCTAssertEqual(finding.difference, finding.actual - finding.expected, file: file, line: line)
        }
    }
}
