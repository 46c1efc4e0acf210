import Foundation

/// The positions of values from highest to lowest, equal values in position
/// order: what `values.indices.sorted { values[$0] > values[$1] }` gives,
/// with far fewer Decimal comparisons.
///
/// Comparing two Decimals costs many times what comparing two Doubles does,
/// and a large group sorts thousands of values for each of its three dozen
/// quantities (the sort was a fifth of a 1,594-department memo). So the
/// positions are sorted by each value's nearest Double, positions whose
/// Doubles are equal are put in order by their Decimals, and the result is
/// then checked pair by pair against the Decimals; should a conversion ever
/// have put two values out of order, the plain Decimal sort is used instead.
/// Either way the order is the only one in which each value is at least the
/// next and equal values keep their positions' order.
enum DescendingOrder {
    static func of(_ values: [Decimal]) -> [Int] {
        guard values.count > 1, !values.contains(where: \.isNaN) else { return Array(values.indices) }
        let keys = values.map { NSDecimalNumber(decimal: $0).doubleValue }
        var order = values.indices.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : $0 < $1 }
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, keys[order[end]] == keys[order[start]] { end += 1 }
            if end - start > 1 { order[start..<end].sort { values[$0] > values[$1] } }
            start = end
        }
        for (first, next) in zip(order, order.dropFirst()) {
            let outOfOrder = values[next] > values[first] || (first > next && !(values[first] > values[next]))
            if outOfOrder { return values.indices.sorted { values[$0] > values[$1] } }
        }
        return order
    }
}
