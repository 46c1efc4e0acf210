import BudgetMetrics
import BudgetModel
import Foundation
import XCTest

/// docs/METRICS.md is generated from the catalogue and must stay in sync.
final class MetricsDocumentTests: XCTestCase {
    private let document = repositoryRoot.appendingPathComponent("docs/METRICS.md")

    func testDocumentMatchesCatalogue() throws {
        let generated = MetricCatalogue.markdown()
        if ProcessInfo.processInfo.environment["BUDGETCOMPARE_RECORD"] == "1" {
            try Data(generated.utf8).write(to: document)
        }
        let stored = try String(contentsOf: document, encoding: .utf8)
        guard stored != generated else { return }
        let storedLines = stored.components(separatedBy: "\n")
        let generatedLines = generated.components(separatedBy: "\n")
        let first = zip(storedLines, generatedLines).enumerated().first { $1.0 != $1.1 }?.offset
            ?? min(storedLines.count, generatedLines.count)
        XCTFail("""
            docs/METRICS.md is out of date with the catalogue (first difference at line \(first + 1)):
            - \(first < storedLines.count ? storedLines[first] : "<end of file>")
            + \(first < generatedLines.count ? generatedLines[first] : "<end of file>")
            Regenerate: BUDGETCOMPARE_RECORD=1 swift test --filter MetricsDocumentTests
            """)
    }

    func testDocumentNamesEveryMetricAndField() throws {
        let stored = try String(contentsOf: document, encoding: .utf8)
        for definition in MetricCatalogue.definitions {
            XCTAssertTrue(stored.contains("### `\(definition.id.rawValue)` \(definition.name)"), definition.id.rawValue)
            for route in definition.routes {
                for source in route.numerator.sources + route.denominator.sources {
                    XCTAssertTrue(stored.contains("`\(source.expression)`"), source.expression)
                    for field in source.fields { XCTAssertTrue(stored.contains(field.disclosure), field.path) }
                }
            }
        }
    }

    /// The catalogue is well formed: ids in order and unique, every operand
    /// readable for every kind the metric applies to.
    func testCatalogueIsComplete() {
        XCTAssertEqual(MetricCatalogue.definitions.map(\.id), MetricID.allCases)
        XCTAssertEqual(Set(MetricCatalogue.definitions.map(\.name)).count, MetricID.allCases.count)
        for definition in MetricCatalogue.definitions {
            XCTAssertFalse(definition.routes.isEmpty, definition.id.rawValue)
            for kind in DisclosureKind.allCases where definition.applicability.applies(to: kind) {
                XCTAssertTrue(definition.routes.contains {
                    !$0.numerator.sources(for: kind).isEmpty && !$0.denominator.sources(for: kind).isEmpty
                }, "\(definition.id.rawValue) has no way to be read for \(kind)")
            }
        }
    }
}
