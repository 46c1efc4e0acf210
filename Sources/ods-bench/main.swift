// ods-bench WORKLOAD.json OUT.ods [--level N]
//
// Writes the two-sheet "region budget indicators" workbook of
// ../shared/bench/WORKLOAD.md: formulas with cached values computed here, number
// formats, column widths, frozen header rows. Amounts are parsed from the JSON text
// into integer cents (never through Double) and written exactly.
import Foundation
import OpenDocument

var arguments = Array(CommandLine.arguments.dropFirst())
var level = 3
if let i = arguments.firstIndex(of: "--level"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
    level = n
    arguments.removeSubrange(i...(i + 1))
}
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: ods-bench WORKLOAD.json OUT.ods [--level 1-9]\n".utf8))
    exit(2)
}

do {
    let workload = try Workload(path: arguments[0])
    try BenchWorkbook(workload: workload, compressionLevel: level).write(to: URL(fileURLWithPath: arguments[1]))
} catch {
    FileHandle.standardError.write(Data("ods-bench: \(error)\n".utf8))
    exit(1)
}
