import BudgetMetrics
import XCTest

/// `catalogueIndex` is written out by hand (a switch) for speed; it must
/// agree with the declaration order that `allCases` gives.
final class MetricIDOrderTests: XCTestCase {
    func testCatalogueIndexIsThePositionInAllCases() {
        for (position, metric) in MetricID.allCases.enumerated() {
            XCTAssertEqual(metric.catalogueIndex, position, metric.rawValue)
        }
    }

    func testOrderFollowsTheCatalogue() {
        XCTAssertEqual(MetricID.allCases.shuffled().sorted(), MetricID.allCases)
        XCTAssertEqual(MetricCatalogue.definitions.map(\.id), MetricID.allCases)
    }
}
