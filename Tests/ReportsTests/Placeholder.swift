import XCTest

final class ReportsPlaceholderTests: XCTestCase {
    func testBuilds() {}
}
