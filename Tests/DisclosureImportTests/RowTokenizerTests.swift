@testable import DisclosureImport
import XCTest

/// Cells of a table line: codes, names, values and empty cells, in tab- and
/// space-separated layouts.
final class RowTokenizerTests: XCTestCase {
    private func tokens(_ line: String) -> [Token] {
        RowTokenizer.tokens(of: SourceLine(number: 1, raw: Array(line.unicodeScalars)))
    }

    func testTabSeparatedKeepsEmptyCells() {
        XCTAssertEqual(tokens("201\t03\t01\t行政运行\t568.44\t568.44\t"), [
            .code("201"), .code("03"), .code("01"), .text("行政运行", key: "行政运行"),
            .number(Decimal(string: "568.44")!, suffix: nil), .number(Decimal(string: "568.44")!, suffix: nil), .empty,
        ])
    }

    func testCodeJoinedToItsName() {
        XCTAssertEqual(tokens("201\t03\t01 行政运行\t568.44"), [
            .code("201"), .code("03"), .code("01"), .text("行政运行", key: "行政运行"),
            .number(Decimal(string: "568.44")!, suffix: nil),
        ])
        XCTAssertEqual(tokens("一、本年收入\t3,994.84\t201 一般公共服务支出\t3,784.35")[2], .code("201"))
        XCTAssertEqual(tokens("\t\t201一般公共服务支出\t1.00")[2], .code("201"))
        // All code parts in one cell, with or without the name.
        XCTAssertEqual(tokens("201 03 01\t行政运行\t1.00").prefix(4),
                       [.code("201"), .code("03"), .code("01"), .text("行政运行", key: "行政运行")])
        XCTAssertEqual(tokens("201 03 01 行政运行\t1.00").prefix(4),
                       [.code("201"), .code("03"), .code("01"), .text("行政运行", key: "行政运行")])
        XCTAssertEqual(tokens("2010301\t行政运行\t1.00").first, .code("2010301"))
    }

    func testDashesAreEmptyAndScoresKeepTheirNumber() {
        XCTAssertEqual(tokens("\t其中：当年财政拨款\t0\t—\t-"), [
            .empty, .text("其中：当年财政拨款", key: "其中:当年财政拨款"), .number(0, suffix: nil), .empty, .empty,
        ])
        XCTAssertEqual(tokens("总分\t100\t100.00 分\t100.00%").suffix(2),
                       [.number(100, suffix: "分"), .number(100, suffix: "%")])
    }

    func testSpaceSeparatedJoinsNameWords() {
        let t = tokens("201 03 99 其他政府办公厅（室）及相关机 构事务支出 2,869.00 2,869.00")
        XCTAssertEqual(t.count, 6)
        XCTAssertEqual(t[3], .text("其他政府办公厅（室）及相关机构事务支出", key: "其他政府办公厅(室)及相关机构事务支出"))
        // A class code after an amount on a two-sided line.
        let two = tokens("一、本年收入 3,994.84 201 一般公共服务支出 3,784.35")
        XCTAssertEqual(two[2], .code("201"))
    }

    func testRowSplitAlignsValuesToColumns() throws {
        let layout = ColumnLayout(count: 3, keys: ["total", "basic", "project"])
        // One empty cell too many after the name (a shifted page): dropped from the front.
        let shifted = try XCTUnwrap(TableScanner.split(tokens("210\t11\t03\t公务员医疗补助\t\t47.56\t47.56\t"),
                                                       line: 1, layout: layout, positional: true))
        XCTAssertEqual(shifted.code, "2101103")
        XCTAssertEqual(shifted.value("total"), Decimal(string: "47.56"))
        XCTAssertEqual(shifted.value("basic"), Decimal(string: "47.56"))
        XCTAssertNil(shifted.value("project"))
        // Trailing empty cells cut by the extractor: padded.
        let short = try XCTUnwrap(TableScanner.split(tokens("201\t03\t99\t其他\t2,869.00\t\t2,869.00"),
                                                     line: 1, layout: layout, positional: true))
        XCTAssertEqual(short.value("project"), Decimal(string: "2869"))
        // Space-separated with a missing value: only the first column is known.
        let spaced = try XCTUnwrap(TableScanner.split(tokens("201 03 01 行政运行 568.44 568.44"),
                                                      line: 1, layout: layout, positional: false))
        XCTAssertFalse(spaced.aligned)
        XCTAssertEqual(spaced.value("total"), Decimal(string: "568.44"))
        XCTAssertNil(spaced.value("basic"))
        // Text after the values: not a row.
        XCTAssertNil(TableScanner.split(tokens("201\t1.00\t说明\t2.00"), line: 1, layout: layout, positional: true))
    }
}
