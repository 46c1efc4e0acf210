import Foundation
import XCTest

/// LibreOffice as a test client, through `odf-check --render`.
public enum LibreOffice {
    /// What LibreOffice produced for one file.
    public struct Rendering: Sendable {
        /// The PDF.
        public let pdf: URL
        /// One PNG per page, in page order.
        public let pngs: [URL]
        /// One CSV per sheet (spreadsheets only), formulas recalculated by LibreOffice.
        public let csvs: [URL]
        /// The folder holding them.
        public let folder: URL
    }

    /// Opens `file` in LibreOffice (private profile, recalculation forced) and converts
    /// it to PDF, PNGs and, for spreadsheets, CSVs in a fresh temporary folder.
    ///
    /// Skips (or fails under CI) when the shared tools or LibreOffice are missing;
    /// fails when the conversion fails.
    public static func render(_ file: URL, sourceFile: StaticString = #filePath, line: UInt = #line) throws -> Rendering {
        let tool = try Tools.sharedTool("odf-check", file: sourceFile, line: line)
        guard Tools.which("soffice") != nil else {
            try Tools.missing("LibreOffice (soffice)", hint: "apt-get install libreoffice-calc-nogui libreoffice-writer-nogui fonts-noto-cjk poppler-utils", file: sourceFile, line: line)
        }
        let folder = try TestPaths.temporaryFolder("render")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--render", folder.path, "-q", file.path]
        process.environment = try fontEnvironment()
        let result = try runProcess(process)
        let name = file.lastPathComponent
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let pdf = folder.appendingPathComponent(name + ".pdf")
        guard result.exitCode == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            XCTFail("render failed (\(result.exitCode)):\n\(result.output)", file: sourceFile, line: line)
            throw XCTSkip("render failed")
        }
        func pick(_ suffix: String) -> [URL] {
            files.filter { $0.hasPrefix(name + "-") && $0.hasSuffix(suffix) }
                .sorted { $0.localizedStandardCompare($1) == .orderedAscending }
                .map { folder.appendingPathComponent($0) }
        }
        return Rendering(pdf: pdf, pngs: pick(".png"), csvs: pick(".csv"), folder: folder)
    }

    /// The environment of LibreOffice: the caller's, with `FONTCONFIG_FILE`
    /// naming a configuration that adds the project's font mapping
    /// (Templates/fonts/99-budgetcompare-gbt9704.conf: 宋体, 仿宋_GB2312, 黑体 …
    /// → Noto CJK) to the system's, as Templates/README.md tells users to do.
    /// LibreOffice on Linux takes only the first name of a font list, so
    /// without it every face falls back to fontconfig's default (sans) and the
    /// rendering checks would measure a layout no user should see.
    static func fontEnvironment() throws -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        let mapping = TestPaths.packageRoot.appendingPathComponent("Templates/fonts/99-budgetcompare-gbt9704.conf")
        guard FileManager.default.fileExists(atPath: mapping.path) else { return environment }
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("budgetcompare-fonts-\(getpid()).conf")
        let system = environment["FONTCONFIG_FILE"] ?? "/etc/fonts/fonts.conf"
        let text = """
            <?xml version="1.0"?>
            <fontconfig>
              <include ignore_missing="yes">\(system)</include>
              <include>\(mapping.path)</include>
            </fontconfig>

            """
        try Data(text.utf8).write(to: config, options: .atomic)
        environment["FONTCONFIG_FILE"] = config.path
        return environment
    }

    /// Asserts that every formula's cached value in `file` equals what LibreOffice
    /// computes on load (numbers within `relativeTolerance`; LibreOffice prints 15
    /// significant digits and percentages as `25%`). Returns the number of formula
    /// cells compared.
    @discardableResult
    public static func assertFormulasMatchCachedValues(_ file: URL, relativeTolerance: Double = 1e-9,
                                                       sourceFile: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let odsValues = try Tools.sharedTool("ods-values", file: sourceFile, line: line)
        let rendering = try render(file, sourceFile: sourceFile, line: line)
        defer { try? FileManager.default.removeItem(at: rendering.folder) }
        let formulas = sheets(try runProcess(odsValues, ["--formulas", file.path]).stdout)
        let cached = Dictionary(sheets(try runProcess(odsValues, [file.path]).stdout), uniquingKeysWith: { a, _ in a })
        var compared = 0
        for (sheet, formulaRows) in formulas {
            let csv = rendering.folder.appendingPathComponent("\(file.lastPathComponent)-\(sheet).csv")
            guard FileManager.default.fileExists(atPath: csv.path) else {
                XCTFail("LibreOffice wrote no CSV for sheet \(sheet) (have: \(rendering.csvs.map(\.lastPathComponent)))", file: sourceFile, line: line)
                continue
            }
            let recalculated = rows(try runProcess(odsValues, ["--from-csv", csv.path]).stdout)
            let stored = cached[sheet] ?? []
            for (r, row) in formulaRows.enumerated() {
                for (c, text) in row.enumerated() where text.hasPrefix("of:") {
                    let mine = value(stored, r, c), theirs = value(recalculated, r, c)
                    compared += 1
                    if !same(mine, theirs, relativeTolerance) {
                        XCTFail("\(sheet)!\(column(c))\(r + 1) \(text): cached \(mine) but LibreOffice computes \(theirs)", file: sourceFile, line: line)
                    }
                }
            }
        }
        return compared
    }

    private static func sheets(_ tsv: String) -> [(String, [[String]])] {
        var result: [(String, [[String]])] = []
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# sheet: ") {
                result.append((String(line.dropFirst(9)), []))
            } else if !result.isEmpty {
                result[result.count - 1].1.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            }
        }
        return result
    }

    private static func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    private static func value(_ rows: [[String]], _ r: Int, _ c: Int) -> String {
        r < rows.count && c < rows[r].count ? rows[r][c] : ""
    }

    private static func column(_ index: Int) -> String {
        var n = index + 1, s = ""
        while n > 0 { s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s; n = (n - 1) / 26 }
        return s
    }

    private static func number(_ text: String) -> Double? {
        var t = text.replacingOccurrences(of: ",", with: "")
        var scale = 1.0
        if t.hasSuffix("%") { t.removeLast(); scale = 0.01 }
        return Double(t).map { $0 * scale }
    }

    private static func same(_ a: String, _ b: String, _ tolerance: Double) -> Bool {
        if a == b { return true }
        if a.lowercased() == b.lowercased() { return true }  // true / TRUE
        guard let x = number(a), let y = number(b) else { return false }
        return abs(x - y) <= tolerance * max(abs(x), abs(y)) || abs(x - y) < 1e-300
    }
}
