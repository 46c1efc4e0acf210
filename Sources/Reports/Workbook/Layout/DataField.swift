import BudgetModel
import Foundation

/// A stated figure shown in a column of a data sheet: its model path (the
/// name BudgetMetrics gives the same input), header and how to read it.
struct DataField: Sendable {
    let path: String
    let header: String
    let kind: ValueKind
    let read: @Sendable (Department) -> (value: Decimal, source: Provenance?)?
    /// For a column that shows one concept stated in several places: the
    /// places in order of preference, each with where it is stated
    /// (`origin`, for the cell's annotation). Empty for a plain field.
    var choices: [Choice] = []
    /// The header's annotation: how the column relates to a neighbouring one
    /// stating the same concept elsewhere in the disclosure.
    var headerNote: String?

    /// This field with `note` as its header's annotation.
    func noting(_ note: String) -> DataField {
        var field = self
        field.headerNote = note
        return field
    }

    struct Choice: Sendable {
        let field: DataField
        let origin: String
    }

    /// One column for a figure the disclosure may state in several places
    /// (财政拨款收入 in 表2 or the 收入决算 narrative, and in 表4): each
    /// department's cell shows the first of `choices` it states, never a
    /// figure of its own making, and its annotation says where that figure
    /// was read and whether the other places state the same. The column
    /// stands for every choice's path whose figure equals the one shown.
    static func firstStated(_ header: String, _ choices: [Choice]) -> DataField {
        precondition(!choices.isEmpty, "at least one place the figure is stated")
        return DataField(path: choices[0].field.path, header: header, kind: choices[0].field.kind, read: { department in
            choices.lazy.compactMap { $0.field.read(department) }.first
        }, choices: choices)
    }

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
