import Foundation

/// A cell formula in OpenFormula syntax, written as `table:formula="of:=…"`.
///
/// Write references as OpenFormula does: `[.B2]`, ranges `[.C2:.C101]`, other sheets
/// `[$'指标汇总'.A1]`, and separate function arguments with `;` (a `,` makes LibreOffice
/// show `#NAME?`). ``CellAddress`` and ``CellRange`` build the references.
public struct Formula: Sendable, Hashable {
    /// The expression without `of:=`, e.g. `SUM([.C2:.C101])`.
    public let expression: String

    /// Creates a formula from its expression; a leading `=` or `of:=` is accepted.
    public init(_ expression: String) {
        var text = Substring(expression)
        if text.hasPrefix("of:") { text = text.dropFirst(3) }
        if text.hasPrefix("=") { text = text.dropFirst() }
        self.expression = String(text)
    }

    /// The attribute value, `of:=` + expression.
    public var attributeValue: String { "of:=" + expression }
}

/// A cell position, zero-based (`CellAddress(column: 1, row: 1)` is `B2`).
public struct CellAddress: Sendable, Hashable, CustomStringConvertible {
    /// Zero-based column (0 is `A`).
    public var column: Int
    /// Zero-based row (0 is row 1).
    public var row: Int

    /// Creates an address from zero-based indices.
    public init(column: Int, row: Int) {
        precondition(column >= 0 && row >= 0, "negative cell address")
        self.column = column
        self.row = row
    }

    /// Parses `B2`-style notation; nil when malformed.
    public init?(_ a1: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for ch in a1.unicodeScalars {
            if ("A"..."Z").contains(ch), digits == 0 {
                column = column * 26 + Int(ch.value - 64)
                letters += 1
            } else if ("0"..."9").contains(ch), letters > 0 {
                row = row * 10 + Int(ch.value - 48)
                digits += 1
            } else {
                return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.init(column: column - 1, row: row - 1)
    }

    /// Column letters for a zero-based index: 0 → `A`, 26 → `AA`.
    public static func columnName(_ index: Int) -> String {
        String(unsafeUninitializedCapacity: 8) { appendColumnName(index, to: $0.baseAddress!) }
    }

    /// Writes the column letters of `index` at `buffer` (≥ 8 bytes: 16,384 columns
    /// need 3), returning their count. Formulas name a cell millions of times in a
    /// large workbook, so addresses are assembled as bytes, not by concatenating strings.
    static func appendColumnName(_ index: Int, to buffer: UnsafeMutablePointer<UInt8>) -> Int {
        var letters: (UInt64) = 0
        return withUnsafeMutableBytes(of: &letters) { raw in
            let reversed = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var n = index + 1
            var count = 0
            while n > 0, count < 8 {
                reversed[count] = UInt8(65 + (n - 1) % 26)
                n = (n - 1) / 26
                count += 1
            }
            for i in 0..<count { buffer[i] = reversed[count - 1 - i] }
            return count
        }
    }

    /// Writes `B2` at `buffer` (≥ 32 bytes), returning its length.
    static func appendA1(column: Int, row: Int, to buffer: UnsafeMutablePointer<UInt8>) -> Int {
        var count = appendColumnName(column, to: buffer)
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { raw in
            let reversed = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var n = (row + 1).magnitude
            var length = 0
            repeat {
                reversed[length] = UInt8(truncatingIfNeeded: n % 10) &+ 48
                n /= 10
                length += 1
            } while n > 0
            for i in 0..<length { buffer[count + i] = reversed[length - 1 - i] }
            count += length
        }
        return count
    }

    /// `B2`.
    public var description: String {
        String(unsafeUninitializedCapacity: 32) { Self.appendA1(column: column, row: row, to: $0.baseAddress!) }
    }

    /// The OpenFormula reference: `[.B2]`, or `[$'Sheet'.B2]` in another sheet.
    public func reference(sheet: String? = nil) -> String {
        if let sheet, sheet.utf8.contains(0x27) {
            var text = "["
            appendSheetPrefix(sheet, to: &text)
            text += "."
            appendA1(to: &text)
            text += "]"
            return text
        }
        // The common case as one buffer: `[`, `$'name'`, `.`, `B2`, `]`.
        let (column, row) = (self.column, self.row)
        return String(unsafeUninitializedCapacity: (sheet?.utf8.count ?? 0) + 40) { buffer in
            var count = 0
            func put(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            put(UInt8(ascii: "["))
            if let sheet {
                put(UInt8(ascii: "$"))
                put(UInt8(ascii: "'"))
                for byte in sheet.utf8 { put(byte) }
                put(UInt8(ascii: "'"))
            }
            put(UInt8(ascii: "."))
            count += Self.appendA1(column: column, row: row, to: buffer.baseAddress! + count)
            put(UInt8(ascii: "]"))
            return count
        }
    }

    /// Appends `B2` to `text`.
    func appendA1(to text: inout String) {
        let (column, row) = (self.column, self.row)
        text += String(unsafeUninitializedCapacity: 32) { Self.appendA1(column: column, row: row, to: $0.baseAddress!) }
    }
}

/// A rectangular range of cells.
public struct CellRange: Sendable, Hashable {
    /// The top-left corner.
    public var start: CellAddress
    /// The bottom-right corner.
    public var end: CellAddress

    /// Creates a range from its corners.
    public init(_ start: CellAddress, _ end: CellAddress) {
        self.start = start
        self.end = end
    }

    /// The OpenFormula reference: `[.C2:.C101]`, or `[$'Sheet'.C2:.C101]`.
    public func reference(sheet: String? = nil) -> String {
        var text = "["
        if let sheet { appendSheetPrefix(sheet, to: &text) }
        text += "."
        start.appendA1(to: &text)
        text += ":."
        end.appendA1(to: &text)
        text += "]"
        return text
    }

    /// A cell range address as in `table:target-range-address`: `'Sheet'.A1:'Sheet'.Q101`.
    func address(sheet: String) -> String {
        let quoted = quoteSheetName(sheet)
        return "\(quoted).\(start):\(quoted).\(end)"
    }
}

/// Appends `$'name'` (apostrophes doubled) to `text`.
private func appendSheetPrefix(_ sheet: String, to text: inout String) {
    text += "$"
    text += quoteSheetName(sheet)
}

/// A sheet name in single quotes, inner apostrophes doubled.
func quoteSheetName(_ name: String) -> String {
    // Sheet names rarely hold an apostrophe: skip Foundation's search then.
    guard name.utf8.contains(0x27) else { return "'" + name + "'" }
    return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
}
