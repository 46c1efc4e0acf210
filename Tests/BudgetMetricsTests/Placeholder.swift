import XCTest

final class BudgetMetricsPlaceholderTests: XCTestCase {
    func testBuilds() {}
}
