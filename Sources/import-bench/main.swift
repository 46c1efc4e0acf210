import BudgetModel
import DisclosureImport
import Foundation

/// import-bench [FILE.txt …] [--pages N] [--iterations K]
///
/// Times `DisclosureImporter.importText` (build with `-c release` for real
/// figures). Without files it builds a disclosure of about N pages (default
/// 100) from the seed texts in Tests/Seeds: seed 001's profile, its eleven
/// tables with the rows of Tables 3, 5, 6 and 7 repeated (fresh codes and
/// project names) until the document reaches the page count, and its
/// narrative. A page is taken as 45 lines of extracted text.
struct Bench {
    var files: [String] = []
    var pages = 100
    var iterations = 50

    static func main() throws {
        var bench = Bench()
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            switch argument {
            case "--pages":
                guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else { usage() }
                bench.pages = value
            case "--iterations":
                guard let value = arguments.popFirst().flatMap(Int.init), value > 0 else { usage() }
                bench.iterations = value
            case "-h", "--help":
                usage(status: 0)
            default:
                if argument.hasPrefix("-") { usage() }
                bench.files.append(argument)
            }
        }
        try bench.run()
    }

    static func usage(status: Int32 = 2) -> Never {
        FileHandle.standardError.write(Data("usage: import-bench [FILE.txt …] [--pages N] [--iterations K]\n".utf8))
        exit(status)
    }

    func run() throws {
        var inputs: [(name: String, text: String)] = []
        if files.isEmpty {
            let text = try Synthesis.disclosure(pages: pages)
            inputs.append(("synthetic \(pages)-page disclosure", text))
        } else {
            for file in files {
                inputs.append((file, try String(contentsOfFile: file, encoding: .utf8)))
            }
        }
        for input in inputs {
            let lines = input.text.split(separator: "\n", omittingEmptySubsequences: false).count
            // Warm-up (and a check that the text imports).
            let result = try DisclosureImporter.importText(input.text, file: "bench.txt")
            var times: [Double] = []
            for _ in 0..<iterations {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try DisclosureImporter.importText(input.text, file: "bench.txt")
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            }
            times.sort()
            let mean = times.reduce(0, +) / Double(times.count)
            let median = times.count % 2 == 1 ? times[times.count / 2]
                : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
            let figures = result.department.expenditure?.byFunction?.count ?? 0
            print("\(input.name): \(lines) lines, \(input.text.utf8.count / 1024) KiB, \(figures) 表3 rows, "
                  + "\(result.department.projects?.count ?? 0) projects")
            print(String(format: "  %d iterations: mean %.2f ms, median %.2f ms, min %.2f ms, max %.2f ms",
                         iterations, mean, median, times.first ?? 0, times.last ?? 0))
        }
    }
}

/// Builds a long disclosure from seed 001.
enum Synthesis {
    static let linesPerPage = 45

    static func seedURL() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Seeds/001_0566f4c83be83170.txt")
    }

    static func disclosure(pages: Int) throws -> String {
        let lines = try String(contentsOf: seedURL(), encoding: .utf8).components(separatedBy: "\n")
        let target = pages * linesPerPage
        // Row blocks to repeat: 表3 (lines 186–212), 表5 (269–292), 表6 (308–338), 表7 (352–401).
        let blocks: [(range: ClosedRange<Int>, insertAfter: Int)] = [(186...212, 212), (269...292, 292), (308...338, 338), (352...401, 401)]
        var extra = max(0, target - lines.count)
        var inserts: [Int: [String]] = [:]
        var round = 0
        while extra > 0 {
            round += 1
            for block in blocks where extra > 0 {
                var rows: [String] = []
                for n in block.range {
                    rows.append(renumber(lines[n - 1], round: round))
                }
                rows = Array(rows.prefix(extra))
                inserts[block.insertAfter, default: []] += rows
                extra -= rows.count
            }
        }
        var out: [String] = []
        out.reserveCapacity(target + 10)
        for (index, line) in lines.enumerated() {
            out.append(line)
            if let rows = inserts[index + 1] { out += rows }
        }
        return out.joined(separator: "\n")
    }

    /// Gives a repeated row a fresh code (the 类 becomes 2xx/3xx + round) and project names a suffix.
    static func renumber(_ line: String, round: Int) -> String {
        var cells = line.components(separatedBy: "\t")
        if let first = cells.first, first.count == 3, let value = Int(first) {
            let base = value >= 300 ? 300 : 200
            cells[0] = String(base + (value - base + round * 7) % 100)
        }
        if cells.count > 4, !cells[4].isEmpty { cells[4] += "（\(round)）" }
        return cells.joined(separator: "\t")
    }
}

try Bench.main()
