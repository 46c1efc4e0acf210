import XCTest

final class BudgetModelPlaceholderTests: XCTestCase {
    func testBuilds() {}
}
