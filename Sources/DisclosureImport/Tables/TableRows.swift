import Foundation

/// A data row of a table: its classification codes, its text cells (names)
/// and its value cells aligned to the table's columns.
struct DataRow {
    var line: Int
    /// Code parts as written ("201", "03", "01" or one joined "2010301").
    var codes: [String]
    /// Text cells in order, each with its token index (for column checks).
    var labels: [(text: String, key: String, index: Int)]
    /// One entry per value column; nil = empty cell.
    var values: [Decimal?]
    /// Whether the values are known to sit in their columns (tab-separated
    /// rows, or space-separated rows with a value in every column).
    var aligned: Bool
    /// The numbers as read, in order (what is left when alignment failed).
    var numbers: [Decimal]
    /// The columns the values were aligned to.
    var layout: ColumnLayout

    /// Value of the column named `key` in the row's layout.
    func value(_ key: String) -> Decimal? { value(layout.ordinal(of: key)) }

    /// The codes joined: "201"+"03"+"01" → "2010301"; nil without codes.
    var code: String? {
        let joined = codes.joined()
        return joined.isEmpty ? nil : joined
    }

    /// Value of column `ordinal`, nil when empty or unknown.
    func value(_ ordinal: Int?) -> Decimal? {
        guard let ordinal, ordinal >= 0, ordinal < values.count else { return nil }
        return values[ordinal]
    }
}

/// The columns of a table segment: how many value columns and what each means.
struct ColumnLayout {
    /// Number of value columns.
    var count: Int
    /// Meaning of each value column by ordinal (nil = not used).
    var keys: [String?]

    func ordinal(of key: String) -> Int? { keys.firstIndex(of: key) }
}

/// Walks a table block line by line: skips titles, 编制部门/单位 lines and
/// column headers (which recur on every page), works out the value columns
/// of each page from its header and column-number row (※ 1 2 3 …), joins
/// rows wrapped over two lines, and hands out data rows.
struct TableScanner {
    /// Reads the layout from header lines (compact text tokens per line) and
    /// the column-number row; returns nil to keep the default.
    typealias LayoutReader = (_ headerLines: [HeaderLine], _ numberedColumns: Int?) -> ColumnLayout?

    let block: TableBlock
    let text: SourceText
    let defaultLayout: ColumnLayout
    let readLayout: LayoutReader
    /// Whether a line with only a name continues the row above. Off for
    /// tables whose rows may legitimately be empty (三公: "因公出国（境）费" with no value).
    var joinsNameContinuations = true

    /// Lines of the block saying the table is empty ("…为空表").
    private(set) var emptyStatements: [Int] = []
    /// Lines the scanner could not read as rows.
    private(set) var unreadable: [(line: Int, why: String)] = []

    init(block: TableBlock, text: SourceText, defaultLayout: ColumnLayout, readLayout: @escaping LayoutReader) {
        self.block = block
        self.text = text
        self.defaultLayout = defaultLayout
        self.readLayout = readLayout
    }

    static let headerWords = ["科目", "编码", "名称", "合计", "总计", "小计", "基本支出", "项目支出", "人员经费", "公用经费",
                              "预算数", "资金来源", "财政拨款", "一般公共预算", "政府性基金", "国有资本", "单位资金",
                              "支出内容", "项目名称", "经济分类", "功能分类", "收入", "支出", "非财政"]

    /// The data rows of the block, in order.
    mutating func rows() -> [DataRow] {
        var rows: [DataRow] = []
        var layout = defaultLayout
        var headerLines: [HeaderLine] = []
        var numbered: Int?
        var inHeader = true
        var pending: (tokens: [Token], line: Int)?   // codes and name whose values are on the next line
        var lastRowIndex: Int?                       // the row a name continuation belongs to

        for n in block.lines {
            let line = text.line(n)
            if line.isBlank { continue }
            let c = line.compact
            if TableScanner.isEmptyStatement(c) {
                emptyStatements.append(n)
                continue
            }
            if TableScanner.isMeta(c) || TableKind.classify(title: c) == block.kind || TableLocator.tableNumber(c) != nil {
                inHeader = true
                lastRowIndex = nil
                pending = nil
                continue
            }
            var tokens = RowTokenizer.tokens(of: line)
            if tokens.allSatisfy(\.isEmpty) { continue }
            if let columns = TableScanner.numberRowColumns(tokens) {
                numbered = max(numbered ?? 0, columns)
                inHeader = true
                lastRowIndex = nil
                continue
            }
            let hasNumber = tokens.contains { $0.number != nil }
            let hasCode = tokens.contains(where: TableScanner.isCode)
            let texts = tokens.compactMap(\.textKey)
            if !hasNumber && !hasCode {
                if inHeader || TableScanner.isHeader(texts) {
                    inHeader = true
                    headerLines.append(HeaderLine(line: line, tokens: tokens))
                    lastRowIndex = nil
                    pending = nil
                } else if joinsNameContinuations, texts.count == 1, let index = lastRowIndex, case let .text(t, key)? = tokens.first(where: \.isText),
                          var last = rows[index].labels.last {
                    // A name continued on its own line belongs to the row above.
                    last.text = TextClean.clean((last.text + " " + t).unicodeScalars)
                    last.key += key
                    rows[index].labels[rows[index].labels.count - 1] = last
                }
                continue
            }
            if inHeader {
                if !headerLines.isEmpty || numbered != nil {
                    if let read = readLayout(headerLines, numbered) { layout = read }
                }
                headerLines = []
                numbered = nil
                inHeader = false
            }
            if !hasNumber {
                // Codes and a name but no values: the values may follow on the next line.
                pending = (tokens, n)
                lastRowIndex = nil
                continue
            }
            var rowLine = n
            if let head = pending, tokens.first(where: { !$0.isEmpty }).map(TableScanner.isCode) == false {
                // Values on this line, codes and the start of the name on the line before.
                let lastText = tokens.lastIndex(where: \.isText)
                let continuation = lastText.map { tokens[...$0].compactMap(\.text) } ?? []
                let valuePart = lastText.map { Array(tokens[($0 + 1)...]) } ?? tokens
                var merged = head.tokens.filter { !$0.isEmpty }
                if !continuation.isEmpty {
                    let extra = continuation.joined(separator: " ")
                    if let i = merged.lastIndex(where: \.isText), case let .text(t, key) = merged[i] {
                        let joined = TextClean.clean((t + " " + extra).unicodeScalars)
                        merged[i] = .text(joined, key: key + TextClean.key(extra))
                    } else {
                        merged.append(.text(extra, key: TextClean.key(extra)))
                    }
                }
                tokens = merged + valuePart
                rowLine = head.line
            }
            pending = nil
            if let row = TableScanner.split(tokens, line: rowLine, layout: layout, positional: line.hasTab) {
                rows.append(row)
                lastRowIndex = rows.count - 1
            } else {
                unreadable.append((n, "row not understood: codes, names and values out of order, or more values than the \(layout.count) columns of the header"))
                lastRowIndex = nil
            }
        }
        return rows
    }

    static func isEmptyStatement(_ c: String) -> Bool {
        c.has("为空表") || (c.has("空表") && (c.has("没有") || c.has("无")))
    }

    static func isCode(_ token: Token) -> Bool {
        if case .code = token { return true } else { return false }
    }

    static func isMeta(_ c: String) -> Bool {
        c.hasPrefix("编制部门") || c.hasPrefix("编制单位") || c.hasPrefix("单位:") || c.hasPrefix("金额单位")
            || c.hasPrefix("部门:") || c.hasPrefix("单位名称") || c.hasSuffix("单位:万元") || c.hasPrefix("预算单位:")
            || c.hasPrefix("部门名称:") || c.hasPrefix("公开部门")
    }

    static func isHeader(_ texts: [String]) -> Bool {
        let hits = texts.filter { key in TableScanner.headerWords.contains { key.contains($0) } }.count
        if hits >= 2 { return true }
        return texts.contains { $0.has("科目") || $0.has("编码") || $0 == "合计" || $0.has("预算数") || $0 == "※" }
    }

    /// "※ ※ ※ 1 2 3" (or "类 款 1 2 3", or a wrapped "※ 3"): the highest column number.
    static func numberRowColumns(_ tokens: [Token]) -> Int? {
        var maxNumber = 0
        var markers = 0
        for token in tokens {
            switch token {
            case .empty: continue
            case let .text(_, key):
                // "※", "类", "款", "项" (joined into "※※※" in space-separated lines), "栏次".
                guard key == "栏次" || key == "行次" || key.unicodeScalars.allSatisfy({ ["※", "类", "款", "项"].contains($0) })
                else { return nil }
                markers += 1
            case let .number(value, suffix):
                guard suffix == nil, value >= 1, value <= 40, value == value.rounded(scale: 0) else { return nil }
                maxNumber = max(maxNumber, NSDecimalNumber(decimal: value).intValue)
            case .code:
                return nil
            }
        }
        return markers > 0 && maxNumber > 0 ? maxNumber : nil
    }

    /// Splits tokens into codes, labels and `layout.count` value cells.
    static func split(_ tokens: [Token], line: Int, layout: ColumnLayout, positional: Bool) -> DataRow? {
        var codes: [String] = []
        var labels: [(text: String, key: String, index: Int)] = []
        var lastLabelIndex = -1
        var lastCodeIndex = -1
        var seenNumber = false
        for (index, token) in tokens.enumerated() {
            switch token {
            case let .code(code):
                // Codes come first: a code after a name or a value is not a row of this kind.
                guard labels.isEmpty, !seenNumber else { return nil }
                codes.append(code)
                lastCodeIndex = index
            case let .text(text, key):
                // A name after a value: not codes, names, then values.
                guard !seenNumber else { return nil }
                labels.append((text, key, index))
                lastLabelIndex = index
            case .number:
                seenNumber = true
            case .empty:
                continue
            }
        }
        // Value region: after the last text cell, or after the codes.
        var region = Array(tokens[(max(lastLabelIndex, lastCodeIndex) + 1)...])
        // Numbers inside the region must not be interrupted by text or codes.
        guard region.allSatisfy({ $0.isEmpty || $0.number != nil }) else { return nil }
        let numbers = region.compactMap(\.number)
        guard !numbers.isEmpty else { return nil }
        let count = layout.count
        if positional {
            while region.count > count, region.first?.isEmpty == true { region.removeFirst() }
            while region.count > count, region.last?.isEmpty == true { region.removeLast() }
            guard region.count <= count else { return nil }
            while region.count < count { region.append(.empty) }
            return DataRow(line: line, codes: codes, labels: labels, values: region.map(\.number),
                           aligned: true, numbers: numbers, layout: layout)
        }
        if numbers.count == count {
            return DataRow(line: line, codes: codes, labels: labels, values: numbers.map { $0 },
                           aligned: true, numbers: numbers, layout: layout)
        }
        guard numbers.count < count else { return nil }
        var values: [Decimal?] = Array(repeating: nil, count: count)
        values[0] = numbers[0]
        return DataRow(line: line, codes: codes, labels: labels, values: values, aligned: false, numbers: numbers,
                       layout: layout)
    }
}

/// A header line of a table: its tokens, and whether empty cells kept their place.
struct HeaderLine {
    var tokens: [Token]
    var positional: Bool

    init(tokens: [Token], positional: Bool) {
        self.tokens = tokens
        self.positional = positional
    }

    /// For a space-separated header, each whitespace-separated word is a
    /// label (the row tokenizer joins neighbouring words into one name).
    init(line: SourceLine, tokens: [Token]) {
        if line.hasTab {
            self.init(tokens: tokens, positional: true)
        } else {
            let words = line.folded.split(separator: " ").map { String(String.UnicodeScalarView($0)) }
            self.init(tokens: words.map { .text($0, key: $0) }, positional: false)
        }
    }
}

/// Maps column headers to value columns.
enum HeaderMapping {
    /// The layout from the header line naming the most known columns:
    /// `keyFor` turns a header label (folded, no spaces) into a column key.
    /// In tab-separated headers a label's column is its cell position after
    /// the first known label; otherwise its rank among the known labels.
    /// `numbered` (the ※ 1 2 3 … row) sets the column count when larger.
    static func layout(_ lines: [HeaderLine], numbered: Int?, keyFor: (String) -> String?,
                       fallback: ColumnLayout) -> ColumnLayout {
        var best: [(index: Int, key: String)] = []
        var bestPositional = false
        for line in lines {
            var found: [(index: Int, key: String)] = []
            for (index, token) in line.tokens.enumerated() {
                if let label = token.textKey, let key = keyFor(label), !found.contains(where: { $0.key == key }) {
                    found.append((index, key))
                }
            }
            if found.count > best.count {
                best = found
                bestPositional = line.positional
            }
        }
        guard !best.isEmpty else {
            guard let numbered, numbered > 0 else { return fallback }
            var keys = Array(fallback.keys.prefix(numbered))
            keys += Array(repeating: nil, count: max(0, numbered - keys.count))
            return ColumnLayout(count: numbered, keys: keys)
        }
        let first = best[0].index
        var placed: [(ordinal: Int, key: String)] = []
        for (rank, entry) in best.enumerated() {
            placed.append((bestPositional ? entry.index - first : rank, entry.key))
        }
        let span = (placed.map(\.ordinal).max() ?? 0) + 1
        let count = max(span, numbered ?? 0)
        // A header naming fewer columns than the standard table (wrapped or
        // unknown labels) with the standard number of columns: the standard layout.
        if best.count < fallback.keys.compactMap({ $0 }).count, count == fallback.count { return fallback }
        var keys = [String?](repeating: nil, count: count)
        for entry in placed where entry.ordinal < count { keys[entry.ordinal] = entry.key }
        return ColumnLayout(count: count, keys: keys)
    }
}
