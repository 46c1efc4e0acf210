/// The white-space elements of ODF paragraph text.
enum ODFTextMark {
    /// `<text:s/>`, or `<text:s text:c="N"/>` for more than one space.
    case spaces(Int)
    /// `<text:tab/>`.
    case tab
    /// `<text:line-break/>`.
    case lineBreak
}

/// A writer of paragraph text: libxml2's (``XMLStreamWriter``, documents) or our
/// own bytes (``MarkupWriter``, sheet rows), which must give the same markup.
protocol ODFTextWriter: AnyObject {
    /// Character data, escaped.
    func text(_ value: String) throws
    /// One of the white-space elements.
    func write(_ mark: ODFTextMark) throws
}

extension XMLStreamWriter: ODFTextWriter {
    func write(_ mark: ODFTextMark) throws {
        switch mark {
        case let .spaces(count): try element("text:s", ["text:c": count > 1 ? String(count) : nil])
        case .tab: try element("text:tab")
        case .lineBreak: try element("text:line-break")
        }
    }
}

extension MarkupWriter: ODFTextWriter {
    func write(_ mark: ODFTextMark) throws {
        switch mark {
        case let .spaces(count):
            try startElement(Self.spaces)
            if count > 1 { try attribute(Self.spaceCount, String(count)) }
            try endElement()
        case .tab: try emptyElement(Self.tab)
        case .lineBreak: try emptyElement(Self.lineBreak)
        }
    }

    private static let spaces = XMLName("text:s")
    private static let spaceCount = XMLName("text:c")
    private static let tab = XMLName("text:tab")
    private static let lineBreak = XMLName("text:line-break")
}

/// Writing text that keeps its white space inside `text:p` / `text:span`.
///
/// ODF collapses runs of spaces and drops leading ones, and treats tab and newline as
/// spaces; so we write `<text:s text:c="N"/>` for extra spaces, `<text:tab/>` for tabs
/// and `<text:line-break/>` for line breaks (CR LF, LF and CR each count as one).
extension ODFTextWriter {
    /// Writes `text` as paragraph content, preserving its white space.
    func odfText(_ text: String) throws {
        if !XMLStreamWriter.needsWhitespaceMarkup(text) {
            try self.text(text)
            return
        }
        var segment = String.UnicodeScalarView()
        var spaces = 0
        var atStart = true
        var previousWasCR = false
        func flushSegment() throws {
            if !segment.isEmpty { try self.text(String(segment)); segment.removeAll() }
        }
        func flushSpaces(final: Bool) throws {
            guard spaces > 0 else { return }
            // One literal space is kept when text follows and something precedes it.
            if !atStart && !final {
                segment.append(" ")
                spaces -= 1
            }
            if spaces > 0 {
                try flushSegment()
                try write(.spaces(spaces))
            }
            spaces = 0
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ":
                spaces += 1
                previousWasCR = false
            case "\t", "\n", "\r":
                if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
                try flushSpaces(final: true)
                try flushSegment()
                try write(scalar == "\t" ? .tab : .lineBreak)
                previousWasCR = scalar == "\r"
                atStart = false
            default:
                try flushSpaces(final: false)
                segment.append(scalar)
                atStart = false
                previousWasCR = false
            }
        }
        try flushSpaces(final: true)
        try flushSegment()
    }

    /// Writes `text` as a spreadsheet cell's paragraphs: each line (ended by CR LF, LF
    /// or CR) is written as its own paragraph, `paragraphBreak` running between lines
    /// (it closes one `text:p` and opens the next). LibreOffice 7.4 drops
    /// `text:line-break` inside spreadsheet cells, but shows separate paragraphs as
    /// separate lines. Text documents keep `text:line-break` (``odfText(_:)``).
    func odfCellText(_ text: String, paragraphBreak: () throws -> Void) throws {
        guard XMLStreamWriter.needsWhitespaceMarkup(text), text.contains(where: XMLStreamWriter.isLineEnd) else {
            try odfText(text)
            return
        }
        for (index, line) in XMLStreamWriter.cellLines(text).enumerated() {
            if index > 0 { try paragraphBreak() }
            try odfText(String(line))
        }
    }
}

extension XMLStreamWriter {
    /// The lines of cell text (CR LF, LF and CR each end a line).
    ///
    /// Scans the UTF-8 bytes (CR and LF never occur inside a multi-byte character):
    /// splitting by `Character` costs a grapheme-break test per character, and
    /// every annotation of a large workbook passes through here.
    static func cellLines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = utf8.index(after: index)
            if byte == 0x0D, index != utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
            start = index
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    static func isLineEnd(_ c: Character) -> Bool { c == "\n" || c == "\r" || c == "\r\n" }

    /// Fast check: leading/trailing space, two spaces in a row, tab, LF or CR.
    static func needsWhitespaceMarkup(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            if first == 0x20 || last == 0x20 { return true }
            var previous: UInt8 = 0
            for b in bytes {
                if b == 0x09 || b == 0x0A || b == 0x0D || (b == 0x20 && previous == 0x20) { return true }
                previous = b
            }
            return false
        }
    }
}
