/// Writing text that keeps its white space inside `text:p` / `text:span`.
///
/// ODF collapses runs of spaces and drops leading ones, and treats tab and newline as
/// spaces; so we write `<text:s text:c="N"/>` for extra spaces, `<text:tab/>` for tabs
/// and `<text:line-break/>` for line breaks (CR LF, LF and CR each count as one).
extension XMLStreamWriter {
    /// Writes `text` as paragraph content, preserving its white space.
    func odfText(_ text: String) throws {
        if !Self.needsWhitespaceMarkup(text) {
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
                try element("text:s", ["text:c": spaces > 1 ? String(spaces) : nil])
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
                try element(scalar == "\t" ? "text:tab" : "text:line-break")
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
