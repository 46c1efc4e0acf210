import XCTest

final class BudgetChecksPlaceholderTests: XCTestCase {
    func testBuilds() {}
}
