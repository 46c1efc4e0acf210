import BudgetModel
import XCTest

final class DepartmentFileRoundTripTests: XCTestCase {
    func testScalarAndMappingFiguresDecodeToTheSameValue() throws {
        let yaml = """
        identity:
          name: 测试部门
          year: 2024
          kind: 预算
        revenue:
          generalBudget: "3,994.84"
          total: {value: 4161.84, line: 87, table: 表1}
        staff:
          onDuty: 44
        """
        let department = try DepartmentFile.decode(yaml, file: "t.yaml")
        XCTAssertEqual(department.identity.kind, .budget)
        XCTAssertEqual(department.revenue?.generalBudget?.value, Decimal(string: "3994.84"))
        XCTAssertEqual(department.revenue?.total?.value, Decimal(string: "4161.84"))
        XCTAssertEqual(department.revenue?.total?.source, Provenance(line: 87, table: "表1"))
        XCTAssertEqual(department.staff?.onDuty?.value, 44)
        XCTAssertNil(department.revenue?.governmentFund)

        let again = try DepartmentFile.decode(try DepartmentFile.encode(department), file: "again.yaml")
        XCTAssertEqual(again, department)
    }

    func testMalformedAmountNamesFileLineAndField() {
        let yaml = """
        identity:
          name: 测试部门
          year: 2024
          kind: budget
        revenue:
          generalBudget: "3.994,84"
        """
        XCTAssertThrowsError(try DepartmentFile.decode(yaml, file: "bad.yaml")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("bad.yaml:6:"), message)
            XCTAssertTrue(message.contains("revenue.generalBudget"), message)
            XCTAssertTrue(message.contains("3.994,84"), message)
        }
    }

    func testEveryFixtureSurvivesEncodeAndDecode() throws {
        for url in try FixtureFiles.all() {
            let department = try DepartmentFile.load(url)
            let again = try DepartmentFile.decode(try DepartmentFile.encode(department), file: "again.yaml")
            XCTAssertEqual(again, department, url.lastPathComponent)
        }
    }
}
