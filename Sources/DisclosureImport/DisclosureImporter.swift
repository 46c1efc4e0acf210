import BudgetModel
import Foundation

/// Turns the text of a published disclosure into a `Department`.
///
/// The text goes through layers, one concept per file: `SourceText` (lines,
/// raw and folded), `DocumentOutline` (parts and numbered sections, which
/// give narrative figures their "说明N" provenance), `TableLocator` (table
/// titles → line ranges), `RowTokenizer` and `TableScanner` (cells, headers
/// repeated on every page, wrapped rows), one reader per table, `Paragraphs`
/// (wrapped sentences joined) and one reader per narrative topic, and
/// `Coverage` (what was expected and not found). Every figure carries the
/// line it was read from and its table or section.
public enum DisclosureImporter {
    /// Inputs larger than this are refused: a disclosure's text is a few
    /// hundred kilobytes; anything near this size is not one.
    public static let maxInputBytes = 16 * 1024 * 1024

    /// The message for a file that is not UTF-8 (Chinese documents are often GB18030).
    public static let notUTF8Message = "expected UTF-8 text (a GBK/GB18030 file can be converted with "
        + "`iconv -f GB18030 -t UTF-8`)"

    /// Imports `text` (the disclosure's text); `file` names it in messages and provenance.
    ///
    /// Never invents a figure: what is not found stays absent and is listed
    /// in the report with the reason.
    /// - Throws: `ImportError` when the text is not a disclosure at all: empty,
    ///   too large, HTML, or without a title naming a year and 预算/决算.
    public static func importText(_ text: String, file: String) throws -> ImportResult {
        try screen(text, file: file)
        let source = SourceText(text)
        guard source.lines.contains(where: { !$0.isBlank }) else {
            throw ImportError(file: file, message: "the file is empty")
        }
        let found = try IdentityReader.read(source, file: file)
        var identity = Identity(name: found.name, year: found.year, kind: found.kind, source: file)
        identity.region = IdentityReader.region(ofName: found.name)
        identity.publishedOn = IdentityReader.publishedOn(source)
        let outline = DocumentOutline(source)
        let tables = TableLocator.locate(source, outline: outline)
        var state = ImportState(file: file, text: source, outline: outline, tables: tables, identity: identity)
        for note in found.notes { state.report.add(.damaged, at: "概况", note) }
        for line in source.truncatedLines {
            state.report.add(.damaged, line: line, "line longer than \(SourceText.maxLineLength) characters; the rest was not read")
        }
        state.paragraphs = Paragraphs.build(source, outline: outline,
                                            excluding: tables.map { $0.titleLine...$0.lines.upperBound })
        describeTables(&state)

        ProfileReader.read(&state)
        if state.kind == .budget {
            OverviewTableReader.read(&state)
            RevenueTableReader.read(&state)
            readFunctionTables(&state)
            FiscalTableReader.read(&state)
            EconomicTableReader.read(&state)
            ProjectTableReader.read(&state)
            SangongTableReader.read(&state)
            CarryoverTableReader.read(&state)
            BudgetNarrativeFallbacks.read(&state)
        } else {
            if !tables.isEmpty {
                state.report.add(.info, "final-account tables are not read (their columns differ); figures come from the narrative")
            }
            FinalAccountReader.read(&state)
            BudgetComparisonReader.read(&state)
            PerformanceReader.read(&state)
        }
        EmptyTableReader.read(&state)
        SangongNarrativeReader.read(&state)
        OperatingCostReader.read(&state)
        ProcurementReader.read(&state)
        AssetsReader.read(&state)
        YearOnYearReader.read(&state)
        Coverage.check(&state)
        return ImportResult(department: state.department, report: state.report)
    }

    /// Imports the disclosure text in the file at `url`; `name` (default: the
    /// file name) names it in messages and provenance.
    ///
    /// Refuses files over `maxInputBytes` before reading them. A file cut off
    /// inside a character (its last bytes not UTF-8) is read without them and
    /// the report says so; other invalid UTF-8 is refused.
    /// - Throws: `ImportError` (too large, unreadable, not UTF-8, not a disclosure).
    public static func importFile(at url: URL, name: String? = nil) throws -> ImportResult {
        let file = name ?? url.lastPathComponent
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maxInputBytes {
            throw ImportError(file: file, message: "the file is \(size / 1_048_576) MB; a disclosure's text is expected "
                                  + "to be under \(maxInputBytes / 1_048_576) MB")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportError(file: file, message: "cannot read the file: \(error.localizedDescription)")
        }
        var dropped = 0
        var text = String(data: data, encoding: .utf8)
        while text == nil, dropped < 3, data.count > dropped {
            dropped += 1
            text = String(data: data.dropLast(dropped), encoding: .utf8)
        }
        guard let text else { throw ImportError(file: file, message: notUTF8Message) }
        var result = try importText(text, file: file)
        if dropped > 0 {
            result.report.add(ImportNote(kind: .damaged, message: "the file ends inside a character (cut off?); "
                                             + "its last \(dropped) byte(s) were not read"))
        }
        return result
    }

    /// Refuses what is plainly not disclosure text.
    static func screen(_ text: String, file: String) throws {
        let size = text.utf8.count
        if size == 0 { throw ImportError(file: file, message: "the file is empty") }
        if size > maxInputBytes {
            throw ImportError(file: file, message: "the file is \(size / 1_048_576) MB; a disclosure's text is expected "
                                  + "to be under \(maxInputBytes / 1_048_576) MB")
        }
        var head = ""
        for scalar in text.unicodeScalars.prefix(2048) where !scalar.properties.isWhitespace {
            head.unicodeScalars.append(scalar)
            if head.unicodeScalars.count >= 200 { break }
        }
        let lower = head.lowercased()
        if lower.hasPrefix("<!doctype") || lower.hasPrefix("<html") || lower.hasPrefix("<?xml") || lower.has("<body") {
            throw ImportError(file: file, message: "this is HTML/XML, not the disclosure's extracted text "
                                  + "(save the page as plain text first)")
        }
        if head.hasPrefix("%PDF") {
            throw ImportError(file: file, message: "this is a PDF; import the text extracted from it")
        }
        let controls = text.unicodeScalars.prefix(4096).filter {
            $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" || $0 == "\u{FFFD}"
        }.count
        if controls > 64 {
            throw ImportError(file: file, message: "the file looks binary (control characters or undecodable bytes), not text")
        }
    }

    private static func readFunctionTables(_ state: inout ImportState) {
        if let t3 = FunctionTableReader.read(.expenditure, &state) {
            var expenditure = state.department.expenditure ?? Expenditure()
            if !t3.rows.isEmpty { expenditure.byFunction = t3.rows }
            // Table 3's 总计 合计 is the year's expenditure (本年支出合计).
            if expenditure.currentYear == nil { expenditure.currentYear = t3.total }
            if expenditure.basic == nil { expenditure.basic = t3.basic }
            if expenditure.project == nil { expenditure.project = t3.project }
            if expenditure.total == nil, let total = t3.total {
                expenditure.total = total
                state.report.add(.info, field: "expenditure.total", at: total.source?.table, line: total.source?.line,
                                 "支出总计 taken from 表3's 总计 row")
            }
            if expenditure != Expenditure() { state.department.expenditure = expenditure }
        }
        if let t5 = FunctionTableReader.read(.generalBudget, &state) {
            var fiscal = state.department.fiscal ?? FiscalAppropriation()
            if !t5.rows.isEmpty { fiscal.generalBudgetByFunction = t5.rows }
            fiscal.generalBudgetTotal = fiscal.generalBudgetTotal ?? t5.total
            fiscal.generalBudgetBasic = fiscal.generalBudgetBasic ?? t5.basic
            fiscal.generalBudgetProject = fiscal.generalBudgetProject ?? t5.project
            if fiscal != FiscalAppropriation() { state.department.fiscal = fiscal }
        }
    }

    private static func describeTables(_ state: inout ImportState) {
        var seen: Set<TableKind> = []
        for block in state.tables {
            let title = state.text.line(block.titleLine).text
            state.report.tablesFound.append("\(block.label) \(title) (第\(block.titleLine)–\(block.lines.upperBound)行)")
            if !seen.insert(block.kind).inserted {
                state.report.add(.info, at: block.label, line: block.titleLine,
                                 "a second \(block.kind.standardTitle); only the first is read")
            }
        }
    }
}

/// A department read from disclosure text, and what the importer could not find.
public struct ImportResult: Sendable {
    public var department: Department
    public var report: ImportReport

    public init(department: Department, report: ImportReport) {
        self.department = department
        self.report = report
    }
}

/// Text that is not a disclosure the importer can read.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
