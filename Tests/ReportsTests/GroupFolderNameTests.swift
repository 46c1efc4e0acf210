import BudgetMetrics
import Foundation
@testable import Reports
import XCTest

/// Group folders are readable and safe on every file system.
final class GroupFolderNameTests: XCTestCase {
    func testReadableNames() {
        XCTAssertEqual(GroupFolderName.name(GroupKey(year: 2024, kind: .budget)), "2024年-预算")
        XCTAssertEqual(GroupFolderName.name(GroupKey(year: 2024, kind: .final)), "2024年-决算")
        XCTAssertEqual(GroupFolderName.name(GroupKey(year: 2025, kind: .budget, tag: "驻京机构")), "2025年-预算-驻京机构")
    }

    func testUnsafeCharactersAreReplaced() {
        XCTAssertEqual(GroupFolderName.name(GroupKey(year: 2024, kind: .budget, tag: "../a/b:c*d?\"<>|\u{1}")),
                       "2024年-预算-_a_b_c_d______")
        XCTAssertEqual(GroupFolderName.name(GroupKey(year: 2024, kind: .budget, tag: "...")), "2024年-预算")
        XCTAssertEqual(GroupFolderName.name(GroupKey(year: 2024, kind: .budget, tag: "教育 .")), "2024年-预算-教育")
        XCTAssertEqual(GroupFolderName.name(GroupKey(year: 2024, kind: .budget, tag: String(repeating: "长", count: 80))),
                       "2024年-预算-" + String(repeating: "长", count: 60))
    }

    func testCollisionsGetASuffix() {
        let keys = [GroupKey(year: 2024, kind: .budget, tag: "a/b"), GroupKey(year: 2024, kind: .budget, tag: "a:b"),
                    GroupKey(year: 2024, kind: .budget)]
        let names = GroupFolderName.names(keys)
        XCTAssertEqual(names[keys[2]], "2024年-预算")
        XCTAssertEqual(names[keys[0]], "2024年-预算-a_b")     // "a/b" sorts first ("/" < ":")
        XCTAssertEqual(names[keys[1]], "2024年-预算-a_b-2")
        XCTAssertEqual(Set(names.values).count, 3)
    }
}
