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
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// `B2`.
    public var description: String { Self.columnName(column) + String(row + 1) }

    /// The OpenFormula reference: `[.B2]`, or `[$'Sheet'.B2]` in another sheet.
    public func reference(sheet: String? = nil) -> String {
        "[" + sheetPrefix(sheet) + "." + description + "]"
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
        "[" + sheetPrefix(sheet) + "." + start.description + ":." + end.description + "]"
    }

    /// A cell range address as in `table:target-range-address`: `'Sheet'.A1:'Sheet'.Q101`.
    func address(sheet: String) -> String {
        let quoted = quoteSheetName(sheet)
        return "\(quoted).\(start):\(quoted).\(end)"
    }
}

/// `$'name'` with apostrophes doubled, or nothing for the current sheet.
private func sheetPrefix(_ sheet: String?) -> String {
    guard let sheet else { return "" }
    return "$" + quoteSheetName(sheet)
}

/// A sheet name in single quotes, inner apostrophes doubled.
func quoteSheetName(_ name: String) -> String {
    "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
}
