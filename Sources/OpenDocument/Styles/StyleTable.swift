/// Interns equal style values and names them in first-use order: `prefix1`, `prefix2`, …
///
/// The same sequence of registrations therefore always gives the same names.
struct StyleTable<Value: Hashable & Sendable>: Sendable {
    let prefix: String
    private(set) var values: [Value] = []
    private var indices: [Value: Int] = [:]

    init(prefix: String) { self.prefix = prefix }

    /// The index of `value`, adding it if new.
    mutating func intern(_ value: Value) -> Int {
        if let index = indices[value] { return index }
        values.append(value)
        indices[value] = values.count - 1
        return values.count - 1
    }

    /// The index of a value already interned.
    func index(of value: Value) -> Int? { indices[value] }

    /// The style name of a value already interned.
    func name(of value: Value) -> String {
        guard let index = indices[value] else { preconditionFailure("style was not registered") }
        return name(index)
    }

    /// The style name of the value at `index`.
    func name(_ index: Int) -> String { "\(prefix)\(index + 1)" }

    /// Names and values in first-use order.
    var named: [(name: String, value: Value)] { values.indices.map { (name($0), values[$0]) } }
}
