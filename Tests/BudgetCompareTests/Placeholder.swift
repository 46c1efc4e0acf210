import XCTest

final class BudgetComparePlaceholderTests: XCTestCase {
    func testBuilds() {}
}
