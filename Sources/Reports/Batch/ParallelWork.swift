import Foundation

/// Runs independent pieces of work on a fixed number of worker threads.
///
/// `jobs` workers (the calling thread and `jobs − 1` others) take the next
/// index from a shared counter until none is left, so at most `jobs` pieces
/// are in flight at once: memory stays bounded by what `jobs` pieces hold,
/// whatever `count` is. Indexes are handed out in ascending order; each is
/// processed exactly once. The call returns when every piece is done.
///
/// ```swift
/// let sizes = ParallelWork.map(files.count, jobs: 4) { index in fileSize(files[index]) }
/// ```
///
/// Plain threads rather than `DispatchQueue.concurrentPerform`, which caps the
/// width at the number of cores: `--jobs 8` on two cores means eight workers
/// (useful when the work waits on the disk). The synchronous CLI needs no
/// async context either.
public enum ParallelWork {
    /// Stack of each worker thread: deep enough for the YAML decoder on
    /// nested department files (the main thread has 8 MiB).
    static let stackSize = 8 << 20

    /// The most workers started, whatever `jobs` asks: a thread per piece
    /// beyond this only costs memory (each has `stackSize` of address space).
    public static let maximumWorkers = 256

    /// Calls `body(index)` for every index in `0..<count`, on at most `jobs`
    /// threads (and never more than `maximumWorkers` or `count`).
    public static func forEach(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let workers = min(max(1, jobs), count, maximumWorkers)
        guard workers > 1 else {
            for index in 0..<count { body(index) }
            return
        }
        let counter = IndexCounter(limit: count)
        let work: @Sendable () -> Void = {
            while let index = counter.next() { body(index) }
        }
        let done = DispatchGroup()
        for _ in 1..<workers {
            done.enter()
            let thread = Thread {
                work()
                done.leave()
            }
            thread.stackSize = stackSize
            thread.start()
        }
        work()
        done.wait()
    }

    /// `transform(index)` for every index in `0..<count`, computed on at most
    /// `jobs` threads, returned in index order.
    public static func map<T: Sendable>(_ count: Int, jobs: Int, _ transform: @escaping @Sendable (Int) -> T) -> [T] {
        let results = Slots<T>(count: count)
        forEach(count, jobs: jobs) { index in results.set(index, transform(index)) }
        return results.values()
    }

    /// The processor count the system lets this process use (the default of `--jobs`).
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// Hands out `0..<limit` once each, to any thread.
final class IndexCounter: @unchecked Sendable {
    // Guarded by `lock`.
    private var nextIndex = 0
    private let limit: Int
    private let lock = NSLock()

    init(limit: Int) { self.limit = limit }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < limit else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }
}

/// One result per index, filled in by any thread.
final class Slots<T: Sendable>: @unchecked Sendable {
    // Guarded by `lock`.
    private var storage: [T?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    /// Every value, in index order; each index must have been set.
    func values() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
