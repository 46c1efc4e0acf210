import Foundation
import XCTest
@testable import OpenDocument
import TestSupport

/// Sheet names, number forms, repeats, merges and style naming.
final class SpreadsheetRulesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try TestPaths.temporaryFolder("rules") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func content(_ styles: SpreadsheetStyles = SpreadsheetStyles(), _ body: (WorkbookWriter) throws -> Void) throws -> String {
        let url = folder.appendingPathComponent("t.ods")
        try SpreadsheetDocument(styles: styles).write(to: url, body)
        return try unzipEntry(url, "content.xml")
    }

    func testSheetNamesAreValidated() {
        let bad = ["", "a[b", "a]b", "a*b", "a?b", "a:b", "a/b", "a\\b", "'quoted", "quoted'", String(repeating: "表", count: 32)]
        for name in bad {
            XCTAssertThrowsError(try SheetName.validate(name, existing: []), name) { error in
                guard case .invalidSheetName = error as? SpreadsheetError else { return XCTFail("\(error)") }
            }
        }
        XCTAssertThrowsError(try SheetName.validate("Sheet", existing: ["sheet"]))
        XCTAssertNoThrow(try SheetName.validate(String(repeating: "表", count: 31), existing: []))
        XCTAssertNoThrow(try SheetName.validate("指标 O'Brien", existing: ["其他"]))
    }

    func testNumbersUseXSDLexicalForm() {
        XCTAssertEqual(NumericValue(Decimal(string: "1234.50")!).lexicalForm, "1234.5")
        XCTAssertEqual(NumericValue(Decimal(string: "-0.0123")!).lexicalForm, "-0.0123")
        XCTAssertEqual(NumericValue(units: 508650, scale: 2).lexicalForm, "5086.5")
        XCTAssertEqual(NumericValue(units: -5, scale: 2).lexicalForm, "-0.05")
        XCTAssertEqual(NumericValue(units: 0, scale: 2).lexicalForm, "0")
        XCTAssertEqual(NumericValue(units: Int64.min, scale: 0).lexicalForm, "-9223372036854775808")
        XCTAssertEqual(NumericValue(42).lexicalForm, "42")
        XCTAssertEqual(NumericValue(0.1).lexicalForm, "0.1")
    }

    func testNonFiniteNumbersAreRejected() {
        XCTAssertThrowsError(try content { book in
            try book.addSheet("A") { try $0.appendRow([.float(Double.nan)]) }
        }) { error in
            guard case .invalidNumber = error as? SpreadsheetError else { return XCTFail("\(error)") }
        }
    }

    func testEmptyCellsAndRowsAreCompressed() throws {
        let xml = try content { book in
            try book.addSheet("A") { sheet in
                try sheet.appendRow { row in try row.string("a"); try row.empty(3); try row.float(1); try row.empty(5) }
                try sheet.appendEmptyRows(1)
                try sheet.appendRow { row in try row.empty(4) }  // unstyled empties only: an empty row
                try sheet.appendRow { _ in }
                try sheet.appendRow([.string("b")])
                try sheet.appendEmptyRows(4)
            }
        }
        XCTAssertTrue(xml.contains("<table:table-row><table:table-cell office:value-type=\"string\"><text:p>a</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"3\"/><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>"), xml)
        XCTAssertTrue(xml.contains("<table:table-row table:number-rows-repeated=\"3\"><table:table-cell/></table:table-row><table:table-row><table:table-cell office:value-type=\"string\"><text:p>b</text:p></table:table-cell></table:table-row></table:table>"), xml)
    }

    func testStyledEmptyCellsAreKept() throws {
        var styles = SpreadsheetStyles()
        let fill = styles.add(CellStyle(background: Color(hex: "#ffff00")))
        let xml = try content(styles) { book in
            try book.addSheet("A") { sheet in
                try sheet.appendRow { row in try row.empty(2, style: fill); try row.empty(2) }
            }
        }
        XCTAssertTrue(xml.contains("<table:table-row><table:table-cell table:style-name=\"ce1\" table:number-columns-repeated=\"2\"/></table:table-row>"), xml)
    }

    func testMergedCellsWriteCoveredCells() throws {
        let xml = try content { book in
            try book.addSheet("A") { sheet in
                try sheet.appendRow([Cell(.string("title"), columnsSpanned: 3, rowsSpanned: 2), .string("d1")])
                try sheet.appendRow([.string("d2")])
            }
        }
        XCTAssertTrue(xml.contains("<table:table-row><table:table-cell table:number-columns-spanned=\"3\" table:number-rows-spanned=\"2\" office:value-type=\"string\"><text:p>title</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated=\"2\"/><table:table-cell office:value-type=\"string\"><text:p>d1</text:p></table:table-cell></table:table-row><table:table-row><table:covered-table-cell table:number-columns-repeated=\"3\"/><table:table-cell office:value-type=\"string\"><text:p>d2</text:p></table:table-cell></table:table-row>"), xml)
    }

    func testSpanInTheMiddleIsSkippedAndPaddedInLaterRows() throws {
        let url = folder.appendingPathComponent("spans.ods")
        try SpreadsheetDocument().write(to: url) { book in
            try book.addSheet("A", columns: [Column(count: 4)]) { sheet in
                try sheet.appendRow([.string("a1"), Cell(.string("B1:C3"), columnsSpanned: 2, rowsSpanned: 3), .string("d1")])
                try sheet.appendRow([.string("a2"), .string("d2")])  // B2:C2 skipped
                try sheet.appendRow([.string("a3")])                 // B3:C3 written at the row's end
                try sheet.appendRow([.string("a4"), .string("b4")])
            }
        }
        let xml = try unzipEntry(url, "content.xml")
        XCTAssertTrue(xml.contains("<table:table-row><table:table-cell office:value-type=\"string\"><text:p>a2</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated=\"2\"/><table:table-cell office:value-type=\"string\"><text:p>d2</text:p></table:table-cell></table:table-row>"), xml)
        XCTAssertTrue(xml.contains("<text:p>a3</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated=\"2\"/></table:table-row>"), xml)
        XCTAssertTrue(xml.contains("<text:p>a4</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>b4</text:p>"), xml)
        try ODFCheck.assertValid(url)
    }

    func testOverlappingSpanIsRejected() {
        XCTAssertThrowsError(try content { book in
            try book.addSheet("A") { sheet in
                try sheet.appendRow([.string("a1"), Cell(.string("B1:B2"), rowsSpanned: 2)])
                try sheet.appendRow([Cell(.string("A2:B2"), columnsSpanned: 2)])
            }
        }) { error in
            guard case .invalidSpan = error as? SpreadsheetError else { return XCTFail("\(error)") }
        }
    }

    func testMisuseIsRejected() throws {
        var escaped: RowWriter?
        XCTAssertThrowsError(try content { book in
            try book.addSheet("A") { sheet in
                try sheet.appendRow { row in escaped = row }
                try escaped?.string("late")
            }
        }) { XCTAssertEqual($0 as? SpreadsheetError, .misuse("a RowWriter was used outside its appendRow closure")) }
        XCTAssertThrowsError(try content { book in
            try book.addSheet("A") { sheet in
                try sheet.appendRow { _ in try sheet.appendRow { _ in } }
            }
        })
        struct Oops: Error {}
        XCTAssertThrowsError(try content { book in
            try book.addSheet("A") { sheet in
                try? sheet.appendRow { row in try row.string("half"); throw Oops() }
                try sheet.appendRow([.string("after a failed row")])
            }
        }) { error in
            guard case .misuse = error as? SpreadsheetError else { return XCTFail("\(error)") }
        }
    }

    func testStylesAreDeduplicatedAndNamedInFirstUseOrder() {
        var styles = SpreadsheetStyles()
        let a = styles.add(CellStyle(bold: true))
        let b = styles.add(CellStyle(numberFormat: .amount))
        let c = styles.add(CellStyle(bold: true))
        XCTAssertEqual([a.name, b.name, c.name], ["ce1", "ce2", "ce1"])
        XCTAssertEqual(styles.add(ColumnStyle(width: .cm(6))).name, "co1")
        XCTAssertEqual(styles.add(RowStyle(height: .cm(1))).name, "ro1")
        XCTAssertEqual(styles.dataStyleName(.amount), "N1")
    }

    func testFormulaWithTextCachedValue() throws {
        let xml = try content { book in
            try book.addSheet("A") { sheet in
                try sheet.appendRow { row in
                    try row.formula(Formula("=IFERROR(1/0;\"—\")"), cached: .string("—"))
                }
            }
        }
        XCTAssertTrue(xml.contains("<table:table-cell table:formula=\"of:=IFERROR(1/0;&quot;—&quot;)\" office:value-type=\"string\" office:string-value=\"—\"><text:p>—</text:p></table:table-cell>"), xml)
    }

    func testReferences() {
        XCTAssertEqual(CellAddress("B2")?.reference(), "[.B2]")
        XCTAssertEqual(CellAddress(column: 27, row: 0).description, "AB1")
        XCTAssertEqual(CellAddress("A1")?.reference(sheet: "指标汇总"), "[$'指标汇总'.A1]")
        XCTAssertEqual(CellRange(CellAddress("C2")!, CellAddress("C101")!).reference(), "[.C2:.C101]")
        XCTAssertEqual(CellRange(CellAddress("A1")!, CellAddress("B2")!).address(sheet: "O'Brien"), "'O''Brien'.A1:'O''Brien'.B2")
    }
}
