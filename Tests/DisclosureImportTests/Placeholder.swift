import XCTest

final class DisclosureImportPlaceholderTests: XCTestCase {
    func testBuilds() {}
}
