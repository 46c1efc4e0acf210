import BudgetModel
import Foundation
import XCTest

/// The known-field table (`DepartmentSchema`) must match the model, and the
/// format reference (docs/DEPARTMENT-FILE.md) must describe every field: a
/// property added to the model without both fails here.
final class DepartmentSchemaTests: XCTestCase {
    /// An instance of every model type a department file decodes to.
    static let instances: [String: any Sendable] = [
        "Department": Department(identity: Identity(name: "", year: 2024, kind: .budget)),
        "Identity": Identity(name: "", year: 2024, kind: .budget),
        "Staff": Staff(), "Revenue": Revenue(), "Expenditure": Expenditure(),
        "FunctionClassAmount": FunctionClassAmount(code: "201", amount: 0),
        "FunctionRow": FunctionRow(code: "201"),
        "FiscalAppropriation": FiscalAppropriation(),
        "EconomicRow": EconomicRow(code: "301"),
        "BasicExpenditure": BasicExpenditure(),
        "Project": Project(name: "", amount: 0),
        "ProjectTotals": ProjectTotals(),
        "EmptyTableStatement": EmptyTableStatement(table: "表8"),
        "Sangong": Sangong(), "Procurement": Procurement(), "StateAssets": StateAssets(),
        "CarryoverItem": CarryoverItem(name: nil, total: 0),
        "YearOnYear": YearOnYear(subject: "total", current: nil, change: 0),
        "BudgetComparison": BudgetComparison(subject: "fiscal", initialBudget: nil, final: 0),
        "PerformanceEvaluation": PerformanceEvaluation(project: ""),
        "PerformanceSummary": PerformanceSummary(),
        "FinalAccount": FinalAccount(),
    ]

    func testSchemaMatchesTheModelsStoredProperties() {
        let objects = DepartmentSchema.allObjects
        XCTAssertEqual(Set(objects.map(\.typeName)), Set(Self.instances.keys))
        for object in objects {
            guard let instance = Self.instances[object.typeName] else { continue }
            let properties = Mirror(reflecting: instance).children.compactMap(\.label)
            XCTAssertEqual(object.fields.map(\.key), properties,
                           "\(object.typeName): DepartmentSchema and the model's properties differ")
            XCTAssertEqual(String(describing: type(of: instance)), object.typeName)
        }
    }

    func testEveryFieldHasAChineseTerm() {
        for object in DepartmentSchema.allObjects {
            for field in object.fields {
                XCTAssertFalse(field.chinese.isEmpty, "\(object.typeName).\(field.key)")
            }
        }
    }

    func testTheFormatReferenceDescribesEveryField() throws {
        let url = FixtureFiles.root.appendingPathComponent("docs/DEPARTMENT-FILE.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        for object in DepartmentSchema.allObjects {
            for field in object.fields {
                XCTAssertTrue(text.contains("`\(field.key)`"),
                              "docs/DEPARTMENT-FILE.md does not describe `\(field.key)` of \(object.typeName)")
            }
        }
        for subject in YearOnYear.Subject.allCases {
            XCTAssertTrue(text.contains("`\(subject.rawValue)`"), "docs/DEPARTMENT-FILE.md lacks subject \(subject.rawValue)")
        }
    }

    /// The complete example of the reference is itself a valid department file.
    func testTheFormatReferenceExampleLoads() throws {
        let url = FixtureFiles.root.appendingPathComponent("docs/DEPARTMENT-FILE.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let marker = "<!-- example: complete -->\n```yaml\n"
        let start = try XCTUnwrap(text.range(of: marker), "no complete example in docs/DEPARTMENT-FILE.md")
        let rest = text[start.upperBound...]
        let end = try XCTUnwrap(rest.range(of: "```"))
        let department = try DepartmentFile.decode(String(rest[..<end.lowerBound]), file: "DEPARTMENT-FILE.md example")
        XCTAssertNotNil(department.staff?.onDuty)
        XCTAssertNotNil(department.sangong?.total)
        XCTAssertFalse(department.yearOnYear?.isEmpty ?? true)
    }
}
