import BudgetModel
import Foundation

/// A stated figure shown in a column of a data sheet: its model path (the
/// name BudgetMetrics gives the same input), header and how to read it.
struct DataField: Sendable {
    let path: String
    let header: String
    let kind: ValueKind
    let read: @Sendable (Department) -> (value: Decimal, source: Provenance?)?

    /// An amount in 万元.
    static func amount(_ path: String, _ header: String, _ read: @escaping @Sendable (Department) -> Amount?) -> DataField {
        DataField(path: path, header: header, kind: .amount) { read($0).map { ($0.value, $0.source) } }
    }

    /// A count of people or projects.
    static func count(_ path: String, _ header: String, _ read: @escaping @Sendable (Department) -> Count?) -> DataField {
        DataField(path: path, header: header, kind: .count) { read($0).map { (Decimal($0.value), $0.source) } }
    }

    /// A percentage as the disclosure states it (5.08 means 5.08 %), shown
    /// as a percentage cell whose value is the fraction (0.0508, exact).
    static func statedPercent(_ path: String, _ header: String, _ read: @escaping @Sendable (Department) -> Percent?) -> DataField {
        DataField(path: path, header: header, kind: .percent) { read($0).map { ($0.value / 100, $0.source) } }
    }
}
