@testable import DisclosureImport
import XCTest

/// The text layer: folding full-width forms, reading numbers exactly,
/// keeping the original line numbers, cleaning names.
final class TextLayerTests: XCTestCase {
    func testFoldingIsLengthPreservingAndHalfWidth() {
        let raw = "（类）１２３，４５６．７８％：；$= 652$\u{3000}\u{A0}**"
        let folded = Folding.fold(raw)
        XCTAssertEqual(folded.count, raw.unicodeScalars.count)
        XCTAssertEqual(String(String.UnicodeScalarView(folded)), "(类)123,456.78%:; = 652     ")
    }

    func testNumbersAreExactDecimals() {
        func parse(_ text: String) -> Decimal? {
            NumberScanner.wholeNumber(in: Folding.fold(text), 0..<text.unicodeScalars.count)?.value
        }
        XCTAssertEqual(parse("3,994.84"), Decimal(string: "3994.84"))
        XCTAssertEqual(parse("３，９９４．８４"), Decimal(string: "3994.84"))
        XCTAssertEqual(parse("18,834.54"), Decimal(string: "18834.54"))
        XCTAssertEqual(parse("-9.77"), Decimal(string: "-9.77"))
        XCTAssertEqual(parse("−9.77"), Decimal(string: "-9.77"))
        XCTAssertEqual(parse("0.00"), 0)
        XCTAssertEqual(parse("4726.80"), Decimal(string: "4726.8"))
        // Not amounts: European grouping, misplaced commas, text, absurd lengths.
        XCTAssertNil(parse("3.994,84"))
        XCTAssertNil(parse("12,34"))
        XCTAssertNil(parse("1,2345.00"))
        XCTAssertNil(parse("12a"))
        XCTAssertNil(parse(String(repeating: "9", count: 40)))
        // 0.1 + 0.2 stays exact.
        XCTAssertEqual(parse("0.1")! + parse("0.2")!, parse("0.3"))
    }

    func testNumberInsideSentenceStopsAtItsEnd() {
        let s = Folding.fold("增加12.61万元，增长0.32%")
        let n = NumberScanner.number(in: s, at: 2)
        XCTAssertEqual(n?.value, Decimal(string: "12.61"))
        XCTAssertEqual(n?.end, 7)
    }

    func testLineNumbersSurviveCRLFAndTrailingText() {
        let text = SourceText("第一行\r\n\r\n第三行\r第四行\n第五行")
        XCTAssertEqual(text.lines.map(\.number), [1, 2, 3, 4, 5])
        XCTAssertEqual(text.line(3).text, "第三行")
        XCTAssertTrue(text.line(2).isBlank)
        XCTAssertEqual(text.line(5).text, "第五行")
    }

    func testOverlongLinesAreCutAndReported() {
        let text = SourceText(String(repeating: "字", count: SourceText.maxLineLength + 500) + "\n下一行")
        XCTAssertEqual(text.lines.count, 2)
        XCTAssertEqual(text.line(1).raw.count, SourceText.maxLineLength)
        XCTAssertEqual(text.truncatedLines, [1])
    }

    func testNamesLoseWrapSpacesBetweenChineseOnly() {
        XCTAssertEqual(TextClean.clean("其他政府办公厅（室）及相关机 构事务支出".unicodeScalars), "其他政府办公厅（室）及相关机构事务支出")
        XCTAssertEqual(TextClean.clean("  特定目标  zzzfc128 ".unicodeScalars), "特定目标 zzzfc128")
        XCTAssertEqual(TextClean.clean("办事处 (本级)".unicodeScalars), "办事处 (本级)")
        XCTAssertEqual(TextClean.key("政府办公厅（室） 及相关"), TextClean.key("政府办公厅(室)及相关"))
    }

    func testChineseNumerals() {
        XCTAssertEqual(ChineseNumeral.value("十二".unicodeScalars), 12)
        XCTAssertEqual(ChineseNumeral.value("一十一".unicodeScalars), 11)
        XCTAssertEqual(ChineseNumeral.value("二十".unicodeScalars), 20)
        XCTAssertNil(ChineseNumeral.value("十十".unicodeScalars))
        XCTAssertEqual(ChineseNumeral.spell(11), "十一")
        XCTAssertEqual(ChineseNumeral.spell(3), "三")
    }

    func testByteSearch() {
        XCTAssertTrue("财政拨款“三公”经费".has("三公"))
        XCTAssertFalse("一般公共预算".has("基本支出"))
        XCTAssertTrue("abc".has(""))
    }
}
