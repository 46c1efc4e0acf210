import XCTest

final class OpenDocumentPlaceholderTests: XCTestCase {
    func testBuilds() {}
}
