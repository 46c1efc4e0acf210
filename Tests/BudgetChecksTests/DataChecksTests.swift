import BudgetChecks
import BudgetModel
import XCTest

/// The driver: its list of rules and the order of what it reports.
final class DataChecksTests: XCTestCase {
    func testRulesHaveUniqueIdsAndChineseDescriptions() {
        let ids = DataChecks.rules.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "duplicate rule ids: \(ids)")
        for rule in DataChecks.rules {
            XCTAssertTrue(rule.id.contains("."), rule.id)
            XCTAssertTrue(rule.description.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, rule.id)
            XCTAssertEqual(DataChecks.rule(rule.id).map { String(describing: type(of: $0)) },
                           String(describing: type(of: rule)))
        }
        XCTAssertNil(DataChecks.rule("no.such-rule"))
    }

    func testEmptyDepartmentHasNoFindings() {
        XCTAssertEqual(DataChecks.run(department { _ in }, file: "t.yaml"), [])
    }

    /// A department with two disagreements reported by rules in list order,
    /// and the same findings every run.
    func testFindingsFollowTheRuleOrderAndAreDeterministic() {
        let broken = department {
            $0.sangong = Sangong()
            $0.sangong?.total = amount("50.00")
            $0.sangong?.vehicles = amount("49.00")
            $0.revenue = Revenue()
            $0.revenue?.total = amount("100.00")
            $0.expenditure = Expenditure()
            $0.expenditure?.total = amount("100.01")
        }
        let findings = DataChecks.run(broken, file: "t.yaml")
        XCTAssertEqual(findings.map(\.rule), ["totals.revenue-equals-expenditure", "sangong.components-sum-to-total"])
        XCTAssertEqual(findings.map(\.severity), [.rounding, .inconsistency])
        XCTAssertEqual(DataChecks.run(broken, file: "t.yaml"), findings)
        let order = DataChecks.rules.map(\.id)
        let positions = findings.compactMap { finding in order.firstIndex(of: finding.rule) }
        XCTAssertEqual(positions, positions.sorted())
    }
}
