import BudgetModel
import Foundation

/// Everything one import works on: the text and its outline, the tables
/// found, the department being filled and the report. Readers take it
/// `inout`, one reader per table or narrative topic.
struct ImportState {
    let file: String
    let text: SourceText
    let outline: DocumentOutline
    var tables: [TableBlock]
    var paragraphs: [Paragraph] = []
    var department: Department
    var report: ImportReport
    var catalogue = FunctionCatalogue()
    /// Function names seen in tables: code → name.
    var functionNames: [String: String] = [:]
    /// Fields whose table row is present with an empty cell: field path → line
    /// (absent by the table's own statement, not missing).
    var emptyCells: [String: Int] = [:]

    init(file: String, text: SourceText, outline: DocumentOutline, tables: [TableBlock], identity: Identity) {
        self.file = file
        self.text = text
        self.outline = outline
        self.tables = tables
        self.department = Department(identity: identity)
        self.report = ImportReport(file: file)
    }

    var kind: DisclosureKind { department.identity.kind }

    /// The first table of `kind`.
    func table(_ kind: TableKind) -> TableBlock? { tables.first { $0.kind == kind } }

    /// The provenance label of a narrative line ("说明三").
    func label(ofLine line: Int) -> String? { outline.label(ofLine: line) }

    func amount(_ value: Decimal, line: Int, table: String?) -> Amount {
        Amount(value, line: line, table: table)
    }

    /// Remembers a function code's name (for resolving the narrative's 类/款/项 names).
    mutating func learnFunction(code: String, name: String?) {
        guard let name, !name.isEmpty else { return }
        if functionNames[code] == nil { functionNames[code] = name }
        catalogue.add(code: code, name: name)
    }
}

/// The rounding allowance used when the importer cross-checks what it read
/// (0.01 万元, as in the data checks).
enum Tolerance {
    static let cent = Decimal(sign: .plus, exponent: -2, significand: 1)

    static func agrees(_ a: Decimal, _ b: Decimal) -> Bool {
        let difference = a - b
        return difference <= cent && difference >= -cent
    }
}
