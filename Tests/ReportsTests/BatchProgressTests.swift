import Foundation
@testable import Reports
import XCTest

/// Progress output: a bar redrawn in place on a terminal (colour only
/// without NO_COLOR), plain lines otherwise, nothing when quiet.
final class BatchProgressTests: XCTestCase {
    /// Collects what the reporter writes; the clock is set by the test.
    private final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var chunks: [String] = []
        private var seconds = 0.0

        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return chunks.joined()
        }

        var writes: [String] {
            lock.lock()
            defer { lock.unlock() }
            return chunks
        }

        func write(_ chunk: String) {
            lock.lock()
            chunks.append(chunk)
            lock.unlock()
        }

        func advanceClock(by delta: Double) {
            lock.lock()
            seconds += delta
            lock.unlock()
        }

        var now: Double {
            lock.lock()
            defer { lock.unlock() }
            return seconds
        }
    }

    private func reporter(_ style: BatchProgress.Style) -> (BatchProgress, Capture) {
        let capture = Capture()
        let progress = BatchProgress(style: style, write: { capture.write($0) }, now: { capture.now })
        return (progress, capture)
    }

    func testPlainLinesAtStartEachTenthAndEnd() {
        let (progress, capture) = reporter(.lines)
        progress.begin("读取", total: 20)
        for _ in 0..<20 {
            capture.advanceClock(by: 0.1)
            progress.advance()
        }
        progress.end()
        let lines = capture.text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "读取：0/20")
        XCTAssertEqual(lines[1], "读取：2/20（10%）")
        XCTAssertEqual(lines.last, "读取：20/20，用时 2.0 秒")
        XCTAssertEqual(lines.count, 11, "start, nine tenths, end:\n\(capture.text)")
        XCTAssertFalse(capture.text.contains("\u{1B}"))
        XCTAssertFalse(capture.text.contains("\r"))
    }

    func testBarRedrawsInPlaceWithColour() {
        let (progress, capture) = reporter(.bar(color: true))
        progress.begin("写出", total: 4)
        for _ in 0..<4 {
            capture.advanceClock(by: 1)
            progress.advance()
        }
        progress.end()
        let writes = capture.writes
        XCTAssertTrue(writes.dropLast().allSatisfy { $0.hasPrefix("\r") }, "every redraw returns to the line start")
        XCTAssertEqual(writes.last, "\n")
        XCTAssertTrue(capture.text.contains("\u{1B}[32m"), "the filled bar is green")
        XCTAssertTrue(capture.text.contains("4/4 100%  用时 4.0 秒"), capture.text)
    }

    /// NO_COLOR: the same bar without a single escape sequence.
    func testBarWithoutColourHasNoEscapeSequences() {
        let (progress, capture) = reporter(.bar(color: false))
        progress.begin("写出", total: 3)
        for _ in 0..<3 {
            capture.advanceClock(by: 1)
            progress.advance()
        }
        progress.end()
        XCTAssertFalse(capture.text.contains("\u{1B}"), capture.text.debugDescription)
        XCTAssertTrue(capture.text.contains("[########################] 3/3 100%"), capture.text)
    }

    func testEstimatedTimeLeftFromTheRateSoFar() {
        let line = BatchProgress.barLine(phase: "读取", done: 50, total: 200, elapsed: 10, color: false)
        XCTAssertEqual(line.text, "读取 [######------------------]  50/200  25%  剩余 0:30")
        XCTAssertEqual(line.visibleWidth, line.text.count)
        let coloured = BatchProgress.barLine(phase: "读取", done: 50, total: 200, elapsed: 10, color: true)
        XCTAssertEqual(coloured.visibleWidth, line.visibleWidth, "colour codes take no columns")
        XCTAssertEqual(BatchProgress.barLine(phase: "读取", done: 0, total: 9, elapsed: 3, color: false).text,
                       "读取 [------------------------] 0/9   0%  剩余 --:--")
    }

    /// A shorter line after a longer one is padded, so no stale characters remain.
    func testShorterRedrawIsPaddedOverThePreviousLine() {
        let (progress, capture) = reporter(.bar(color: false))
        progress.begin("读取", total: 10)  // "… 剩余 --:--"
        capture.advanceClock(by: 1)
        progress.advance()  // "… 剩余 0:09", one column shorter
        let redraws = capture.writes
        XCTAssertEqual(redraws.count, 2)
        XCTAssertTrue(redraws[0].hasSuffix("剩余 --:--"), redraws[0])
        XCTAssertTrue(redraws[1].hasSuffix("剩余 0:09 "), redraws[1])
        XCTAssertEqual(redraws[1].count, redraws[0].count)
    }

    func testRedrawsAreThrottled() {
        let (progress, capture) = reporter(.bar(color: false))
        progress.begin("读取", total: 1000)
        for _ in 0..<999 { progress.advance() }  // the clock does not move
        XCTAssertEqual(capture.writes.count, 1, "only the first draw within 0.1 s")
        progress.advance()
        XCTAssertEqual(capture.writes.count, 2, "the last step is always drawn")
    }

    func testSilentWritesNothing() {
        let (progress, capture) = reporter(.silent)
        progress.begin("读取", total: 5)
        for _ in 0..<5 { progress.advance() }
        progress.end()
        XCTAssertEqual(capture.text, "")
    }

    func testStandardErrorStyleFollowsQuietAndTheTerminal() {
        XCTAssertEqual(BatchProgress.standardError(quiet: true).style, .silent)
        // Under `swift test` standard error is a pipe or a file, unless run from a terminal.
        let expected: BatchProgress.Style = isatty(STDERR_FILENO) == 1 ? .bar(color: false) : .lines
        XCTAssertEqual(BatchProgress.standardError(quiet: false, environment: ["NO_COLOR": "1"]).style, expected)
    }

    func testDurations() {
        XCTAssertEqual(BatchProgress.duration(0.04), "0.0 秒")
        XCTAssertEqual(BatchProgress.duration(12.34), "12.3 秒")
        XCTAssertEqual(BatchProgress.duration(125), "2:05")
        XCTAssertEqual(BatchProgress.clock(3723), "1:02:03")
        XCTAssertEqual(BatchProgress.clock(0.2), "0:01")
    }
}
