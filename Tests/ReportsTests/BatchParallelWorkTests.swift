import Foundation
@testable import Reports
import XCTest

/// The worker pool: every index once, results in index order, never more
/// than `jobs` pieces in flight.
final class BatchParallelWorkTests: XCTestCase {
    func testMapKeepsIndexOrderForAnyNumberOfJobs() {
        for jobs in [1, 2, 3, 8] {
            for count in [0, 1, 2, 7, 100] {
                let squares = ParallelWork.map(count, jobs: jobs) { $0 * $0 }
                XCTAssertEqual(squares, (0..<count).map { $0 * $0 }, "jobs \(jobs), count \(count)")
            }
        }
    }

    func testEveryIndexRunsExactlyOnce() {
        let seen = Tally()
        ParallelWork.forEach(500, jobs: 4) { seen.add($0) }
        XCTAssertEqual(seen.counts.count, 500)
        XCTAssertTrue(seen.counts.values.allSatisfy { $0 == 1 }, "an index ran twice")
    }

    /// The bound that keeps memory flat: with slow pieces, the number running
    /// at once reaches `jobs` and never exceeds it.
    func testAtMostJobsPiecesAreInFlight() {
        for jobs in [1, 2, 3] {
            let gauge = Gauge()
            ParallelWork.forEach(24, jobs: jobs) { _ in
                gauge.enter()
                usleep(5_000)
                gauge.leave()
            }
            XCTAssertLessThanOrEqual(gauge.maximum, jobs)
            XCTAssertEqual(gauge.current, 0)
        }
    }

    /// More workers than cores is allowed (`--jobs 8` on two cores): the
    /// pool starts that many threads, so eight sleeping pieces overlap.
    func testJobsAboveTheCoreCountStillRunInParallel() {
        let gauge = Gauge()
        ParallelWork.forEach(8, jobs: 8) { _ in
            gauge.enter()
            usleep(200_000)
            gauge.leave()
        }
        XCTAssertGreaterThan(gauge.maximum, 2, "eight workers should overlap while sleeping")
    }

    /// An absurd `jobs` starts at most `maximumWorkers` threads.
    func testWorkersAreCapped() {
        let gauge = Gauge()
        ParallelWork.forEach(ParallelWork.maximumWorkers + 40, jobs: 100_000) { _ in
            gauge.enter()
            usleep(100_000)
            gauge.leave()
        }
        XCTAssertLessThanOrEqual(gauge.maximum, ParallelWork.maximumWorkers)
    }

    func testDefaultJobsIsTheActiveProcessorCount() {
        XCTAssertEqual(ParallelWork.defaultJobs, ProcessInfo.processInfo.activeProcessorCount)
    }
}

/// How often each index ran.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int: Int] = [:]

    func add(_ index: Int) {
        lock.lock()
        storage[index, default: 0] += 1
        lock.unlock()
    }

    var counts: [Int: Int] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// Pieces running now and the most seen at once.
private final class Gauge: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private var peak = 0

    func enter() {
        lock.lock()
        running += 1
        peak = max(peak, running)
        lock.unlock()
    }

    func leave() {
        lock.lock()
        running -= 1
        lock.unlock()
    }

    var maximum: Int {
        lock.lock()
        defer { lock.unlock() }
        return peak
    }

    var current: Int {
        lock.lock()
        defer { lock.unlock() }
        return running
    }
}
