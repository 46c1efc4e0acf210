import DisclosureImport
import Foundation

/// How completely one disclosure text (.txt) was imported: the one line the
/// commands print on standard error for each text they read, so that a cut or
/// garbled text does not pass silently into a memo full of —.
///
/// ```swift
/// let summary = ImportSummary(file: "region/000.txt", report: loaded.importReport!)
/// print(summary.text)   // region/000.txt: 导入 1/11 张表，缺少 10 张；25 项应有数字未找到（详见 budget-compare import region/000.txt）
/// ```
///
/// Workbook and memo authors: `ReportGroup.imports[i]` is the summary of
/// `metrics.departments[i]` (nil for a department file), and
/// `ReportSummary.imports` lists every text of the run.
public struct ImportSummary: Sendable, Hashable {
    /// The text file as shown to the user (relative to the input folder or as typed).
    public let file: String
    /// Tables found, e.g. "表1 部门收支总体情况表 (第85–125行)".
    public let tablesFound: [String]
    /// Tables a 预算 disclosure must have that were not found and not stated empty ("表6").
    public let tablesMissing: [String]
    /// Field paths the document was expected to state but the importer did not find.
    public let figuresMissing: [String]

    public init(file: String, tablesFound: [String], tablesMissing: [String], figuresMissing: [String]) {
        self.file = file
        self.tablesFound = tablesFound
        self.tablesMissing = tablesMissing
        self.figuresMissing = figuresMissing
    }

    public init(file: String, report: ImportReport) {
        self.init(file: file, tablesFound: report.tablesFound,
                  tablesMissing: report.entries.filter { $0.kind == .tableMissing }.compactMap { $0.source },
                  figuresMissing: report.missing)
    }

    /// Tables expected: those found plus those missing. The importer counts
    /// only a 预算's standard tables (表1–表11); for a 决算 both are usually 0.
    public var tablesExpected: Int { tablesFound.count + tablesMissing.count }

    /// `true` when no table and no expected figure is missing.
    public var isComplete: Bool { tablesMissing.isEmpty && figuresMissing.isEmpty }

    /// One line: "000.txt: 导入 1/11 张表，缺少 10 张；25 项应有数字未找到（详见 budget-compare import 000.txt）",
    /// "004.txt: 导入 11/11 张表；应有数字齐全", or for a 决算 (whose tables are
    /// not counted) "002.txt: 已导入；1 项应有数字未找到（详见 budget-compare import 002.txt）".
    public var text: String {
        var line = "\(file): "
        if tablesExpected == 0 {
            line += "已导入"
        } else {
            line += "导入 \(tablesFound.count)/\(tablesExpected) 张表"
            if !tablesMissing.isEmpty { line += "，缺少 \(tablesMissing.count) 张" }
        }
        if isComplete { return line + "；应有数字齐全" }
        line += figuresMissing.isEmpty ? "" : "；\(figuresMissing.count) 项应有数字未找到"
        return line + "（详见 budget-compare import \(file)）"
    }
}
