import BudgetMetrics
import BudgetModel
import Foundation
import XCTest

/// An exact decimal from its text ("203.53"); fails the test on bad text.
func dec(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Decimal {
    guard let value = DecimalText.parse(text) else {
        XCTFail("bad decimal \(text)", file: file, line: line)
        return 0
    }
    return value
}

/// A department from department-file YAML (the format of Fixtures/).
func department(_ yaml: String) throws -> Department {
    try DepartmentFile.decode(yaml, file: "test.yaml")
}

/// The repository root, found from this file's path (works on a fresh clone).
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A minimal department with 在职 and 公用经费 only, for group tests
/// (percap.public = publicFunds / onDuty).
func member(_ name: String, year: Int = 2024, kind: DisclosureKind = .budget, group: String? = nil,
            onDuty: Int? = nil, publicFunds: String? = nil) -> Department {
    var department = Department(identity: Identity(name: name, year: year, kind: kind, group: group))
    if let onDuty {
        var staff = Staff()
        staff.onDuty = Count(onDuty)
        department.staff = staff
    }
    if let publicFunds {
        var basic = BasicExpenditure()
        basic.publicFunds = Amount(DecimalText.parse(publicFunds)!)
        department.basicExpenditure = basic
    }
    return department
}
