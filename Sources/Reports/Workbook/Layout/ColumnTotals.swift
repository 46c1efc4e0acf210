import Foundation

/// The exact sum of the stated values in each column of a sheet, added up
/// row by row as the rows are laid out, so that no row's figures need to be
/// kept for the 合计 row.
struct ColumnTotals {
    private var sums: [Decimal?]

    init(columns: Int) {
        sums = Array(repeating: nil, count: columns)
    }

    /// Adds a value stated in `column`.
    mutating func add(_ value: Decimal, column: Int) {
        sums[column] = (sums[column] ?? 0) + value
    }

    /// The sum of the values added to `column`, `nil` when none was (a sum
    /// of nothing stated is no value, never 0).
    subscript(column: Int) -> Decimal? { sums[column] }

    /// The sum of `values`, `nil` when there are none.
    static func sum(_ values: some Sequence<Decimal>) -> Decimal? {
        values.reduce(nil) { ($0 ?? 0) + $1 }
    }
}
