import Dispatch

extension Array where Element: Sendable {
    /// `map` with the elements' transforms run on all cores
    /// (`DispatchQueue.concurrentPerform`), results in element order, so the
    /// result is the same as `map`'s. For a few expensive, independent
    /// transforms: a group's statistics are 18 sorts of thousands of
    /// `Decimal`s, on the batch's single-threaded path between reading and
    /// writing.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(self[index]), at: index)
        }
        return results.collected()
    }
}

/// One slot per index, each written by exactly one iteration of
/// `concurrentPerform` and read only after all of them have returned
/// (why `@unchecked Sendable` is safe here). A raw buffer rather than an
/// array property: concurrent writes through an array property would be
/// overlapping accesses to it, which Swift's exclusivity checks trap.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Result?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ result: Result, at index: Int) { slots[index] = result }

    func collected() -> [Result] { (0..<count).map { slots[$0]! } }
}
