/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast generator whose output
/// depends only on its seed, so that synthetic regions are reproducible byte
/// for byte on every machine. Never `SystemRandomNumberGenerator`.
///
/// The helpers below use integer arithmetic only (no floating point, no
/// standard-library sampling whose algorithm may change between Swift
/// releases), so the same seed gives the same files everywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (rejection sampling, no modulo bias).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int(truncatingIfNeeded: next()) } // the full 64-bit range
        let limit = UInt64.max - UInt64.max % span
        var value = next()
        while value >= limit { value = next() }
        return range.lowerBound + Int(value % span)
    }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool { int(in: 0...99) < percent }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }

    /// An index chosen with the given integer weights.
    public mutating func weightedIndex(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var roll = int(in: 0...(total - 1))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    /// `count` distinct indices of `0..<n` in increasing order.
    public mutating func sample(_ count: Int, of n: Int) -> [Int] {
        var pool = Array(0..<n)
        var chosen: [Int] = []
        for _ in 0..<min(count, n) {
            chosen.append(pool.remove(at: int(in: 0...(pool.count - 1))))
        }
        return chosen.sorted()
    }
}
