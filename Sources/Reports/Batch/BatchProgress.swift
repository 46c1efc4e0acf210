import Foundation

/// Progress of a batch on standard error, safe to call from any worker.
///
/// - On a terminal (`.bar`): one line redrawn in place with a carriage return
///   (at most ten times a second): the phase, a bar, done/total, the
///   percentage and the estimated time left. The filled part of the bar is
///   green unless `NO_COLOR` is set (https://no-color.org); the line itself
///   never uses escape sequences (it is padded with spaces instead of
///   erased), so with `NO_COLOR` the output has none at all.
/// - Otherwise (`.lines`, e.g. a log file or CI): plain lines, one when a
///   phase starts, one at each tenth, one when it ends.
/// - `--quiet` (`.silent`): nothing.
///
/// ```swift
/// let progress = BatchProgress.standardError(quiet: false)
/// progress.begin("读取", total: files.count)
/// ParallelWork.forEach(files.count, jobs: 4) { _ in …; progress.advance() }
/// progress.end()
/// ```
public final class BatchProgress: @unchecked Sendable {
    public enum Style: Sendable, Equatable {
        /// A bar redrawn in place; `color` adds ANSI colour to the bar.
        case bar(color: Bool)
        /// One plain line per start, tenth and end of a phase.
        case lines
        /// No output.
        case silent
    }

    public let style: Style
    private let write: @Sendable (String) -> Void
    private let now: @Sendable () -> Double
    private let lock = NSLock()
    // Guarded by `lock`.
    private var phase = ""
    private var total = 0
    private var done = 0
    private var started = 0.0
    private var lastDraw = -Double.infinity
    private var drawnWidth = 0
    private var lastTenth = 0

    /// A progress reporter writing through `write`; `now` gives seconds on
    /// any monotonic scale (injected by tests).
    public init(style: Style, write: @escaping @Sendable (String) -> Void,
                now: @escaping @Sendable () -> Double = BatchProgress.monotonicSeconds) {
        self.style = style
        self.write = write
        self.now = now
    }

    /// The reporter for standard error: silent when `quiet`, a bar when
    /// standard error is a terminal (coloured unless `NO_COLOR` is set and not
    /// empty), plain lines otherwise.
    public static func standardError(quiet: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> BatchProgress {
        let style: Style
        if quiet {
            style = .silent
        } else if isatty(STDERR_FILENO) == 1 {
            style = .bar(color: (environment["NO_COLOR"] ?? "").isEmpty)
        } else {
            style = .lines
        }
        return BatchProgress(style: style, write: { text in
            FileHandle.standardError.write(Data(text.utf8))
        })
    }

    /// Starts a phase of `total` steps (ending the previous one if needed).
    public func begin(_ phase: String, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        if !self.phase.isEmpty { endLocked() }
        self.phase = phase
        self.total = total
        done = 0
        lastTenth = 0
        started = now()
        lastDraw = -Double.infinity
        switch style {
        case .bar: drawLocked(force: true)
        case .lines: write("\(phase)：0/\(total)\n")
        case .silent: break
        }
    }

    /// One more step of the current phase is done.
    public func advance() {
        lock.lock()
        defer { lock.unlock() }
        guard !phase.isEmpty else { return }
        done = min(done + 1, total)
        switch style {
        case .bar: drawLocked(force: done == total)
        case .lines:
            let tenth = total == 0 ? 10 : done * 10 / total
            if tenth > lastTenth && done < total {
                lastTenth = tenth
                write("\(phase)：\(done)/\(total)（\(done * 100 / total)%）\n")
            }
        case .silent: break
        }
    }

    /// Ends the current phase: the final state on its own line, with the time taken.
    public func end() {
        lock.lock()
        defer { lock.unlock() }
        endLocked()
    }

    private func endLocked() {
        guard !phase.isEmpty else { return }
        let seconds = now() - started
        switch style {
        case .bar:
            drawLocked(force: true)
            write("\n")
        case .lines: write("\(phase)：\(done)/\(total)，用时 \(Self.duration(seconds))\n")
        case .silent: break
        }
        phase = ""
        drawnWidth = 0
    }

    private func drawLocked(force: Bool) {
        guard case .bar(let color) = style else { return }
        let time = now()
        guard force || time - lastDraw >= 0.1 else { return }
        lastDraw = time
        let line = Self.barLine(phase: phase, done: done, total: total, elapsed: time - started, color: color)
        let width = line.visibleWidth
        write("\r" + line.text + String(repeating: " ", count: max(0, drawnWidth - width)))
        drawnWidth = width
    }

    /// The bar line: `读取 [#########---------------]  912/2003  45%  剩余 0:06`.
    /// `visibleWidth` counts the characters without colour codes.
    static func barLine(phase: String, done: Int, total: Int, elapsed: Double, color: Bool) -> (text: String, visibleWidth: Int) {
        let cells = 24
        let filled = total == 0 ? cells : min(cells, done * cells / total)
        let percent = total == 0 ? 100 : done * 100 / total
        let bar = String(repeating: "#", count: filled)
        let rest = String(repeating: "-", count: cells - filled)
        let counts = String(repeating: " ", count: max(0, String(total).count - String(done).count)) + "\(done)/\(total)"
        var eta = "剩余 --:--"
        if done == total {
            eta = "用时 " + duration(elapsed)
        } else if done > 0, elapsed > 0 {
            eta = "剩余 " + clock(elapsed / Double(done) * Double(total - done))
        }
        let percentText = String(repeating: " ", count: 3 - String(percent).count) + "\(percent)%"
        let plain = "\(phase) [\(bar)\(rest)] \(counts) \(percentText)  \(eta)"
        guard color else { return (plain, plain.count) }
        let colored = "\(phase) [\u{1B}[32m\(bar)\u{1B}[0m\(rest)] \(counts) \(percentText)  \(eta)"
        return (colored, plain.count)
    }

    /// `0:07`, `12:34`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.rounded(.up)))
        let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    /// `0.4 秒`, `12.3 秒`, `2:05`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 60 {
            let tenths = Int((max(0, seconds) * 10).rounded())
            return "\(tenths / 10).\(tenths % 10) 秒"
        }
        return clock(seconds)
    }

    /// Seconds since an arbitrary fixed point, never going backwards.
    public static let monotonicSeconds: @Sendable () -> Double = {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
