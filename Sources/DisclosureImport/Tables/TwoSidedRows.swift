import Foundation

/// A label and the values after it, as in the two-sided Tables 1 and 4
/// (revenue on the left, expenditure by class on the right, on one line).
struct LabelledValues {
    var line: Int
    /// 3-digit class code when the label carried one ("201 一般公共服务支出").
    var code: String?
    var label: String?
    var key: String
    var values: [Decimal?]

    var first: Decimal? { values.first ?? nil }
}

enum TwoSidedRows {
    /// The labelled segments of every line of `block` (titles, 编制部门 and
    /// 单位 lines skipped).
    static func segments(of block: TableBlock, in text: SourceText) -> [LabelledValues] {
        var all: [LabelledValues] = []
        for n in block.lines {
            let line = text.line(n)
            if line.isBlank || TableScanner.isMeta(line.compact) || TableScanner.isEmptyStatement(line.compact) { continue }
            let tokens = RowTokenizer.tokens(of: line)
            var current: LabelledValues?
            func close() {
                if let segment = current, segment.label != nil || segment.code != nil { all.append(segment) }
                current = nil
            }
            for token in tokens {
                switch token {
                case let .code(code):
                    close()
                    current = LabelledValues(line: n, code: code.count == 3 ? code : nil, label: nil, key: "", values: [])
                case let .text(text, key):
                    if var segment = current, segment.code != nil, segment.label == nil, segment.values.isEmpty {
                        segment.label = text
                        segment.key = key
                        current = segment
                    } else {
                        close()
                        current = LabelledValues(line: n, code: nil, label: text, key: key, values: [])
                    }
                case let .number(value, _):
                    if current == nil { current = LabelledValues(line: n, code: nil, label: nil, key: "", values: []) }
                    current!.values.append(value)
                case .empty:
                    current?.values.append(nil)
                }
            }
            close()
        }
        return all
    }

    /// Strips list markers from a label key: "一、本年收入" → "本年收入", "1、…", "1.…", "(1)…", "其中:…".
    static func bareKey(_ key: String) -> String {
        var s = Array(key.unicodeScalars)
        if let (_, after) = ChineseNumeral.leading(s, terminators: ["、", "."]) { s.removeFirst(after) }
        var i = 0
        while i < s.count, Folding.isDigit(s[i]) { i += 1 }
        if i > 0, i < s.count, s[i] == "、" || s[i] == "." || s[i] == ")" { s.removeFirst(i + 1) }
        if s.first == "(" , let close = s.firstIndex(of: ")"), close <= 4 { s.removeFirst(close + 1) }
        var result = String(String.UnicodeScalarView(s))
        if result.hasPrefix("其中:") { result.removeFirst(3) }
        return result
    }
}
