import OpenDocument

/// Turns the rendered templates into the document's blocks.
///
/// The mapping (documented for template authors in Templates/README.md):
///
/// | rendered line               | becomes                                        |
/// |-----------------------------|------------------------------------------------|
/// | `# 文字`                    | title: 小标宋 22 pt, centred, one blank line after |
/// | `## 文字`                   | first-level heading: 黑体, indented two characters (flush left in the appendix) |
/// | `### 文字`                  | second-level heading: 楷体, indented two characters |
/// | `> 文字`                    | a centred line in 楷体 (scope line, table caption) |
/// | `[[主要指标表]]`            | the key-metrics table (appendix only)          |
/// | line starting `注：`        | starts a note paragraph (following lines join it until a blank line): 14 pt, two-character indent, not justified (long file names do not stretch the line) |
/// | blank line (in the template)| ends the current paragraph                     |
/// | line that renders empty     | nothing (it does not end the paragraph)        |
/// | any other line              | body text; consecutive lines join into one paragraph with nothing between them (Chinese needs no spaces) |
///
/// Lines are trimmed of spaces (also U+3000) at both ends; paragraph and
/// heading indents come from the styles. A paragraph that renders empty (all
/// its sentences conditional and none applying) disappears. The appendix
/// starts on a new page.
enum MemoLayout {
    enum Line: Equatable {
        case title(String)
        case heading1(String)
        case heading2(String)
        case centred(String)
        case note(String)
        case paragraph(String)
        case table
    }

    /// The blocks of one rendered section.
    static func lines(_ rendered: String) -> [Line] {
        var result: [Line] = []
        var paragraph = ""
        func flush() {
            if !paragraph.isEmpty { result.append(paragraph.hasPrefix("注：") ? .note(paragraph) : .paragraph(paragraph)) }
            paragraph = ""
        }
        let prefixes: [(String, (String) -> Line)] = [
            ("### ", Line.heading2), ("## ", Line.heading1), ("# ", Line.title), ("> ", Line.centred),
        ]
        for raw in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: whitespace)
            if line.isEmpty { continue }
            if line.allSatisfy({ $0 == MemoTemplates.paragraphBreak }) {
                flush()
                continue
            }
            if line == MemoTemplates.tableMarker {
                flush()
                result.append(.table)
                continue
            }
            if ["#", "##", "###", ">"].contains(line) {
                // A heading whose text rendered empty.
                flush()
                continue
            }
            if line.hasPrefix("注：") { flush() }
            if let (prefix, make) = prefixes.first(where: { line.hasPrefix($0.0) }) {
                flush()
                let text = String(line.dropFirst(prefix.count)).trimmingCharacters(in: whitespace)
                if !text.isEmpty { result.append(make(text)) }
                continue
            }
            paragraph += line.filter { $0 != MemoTemplates.paragraphBreak }
        }
        flush()
        return result
    }

    /// The body of the memo: each section's lines as blocks, the table where
    /// the appendix places it.
    static func blocks(sections: [(name: String, text: String)], table: TextTable) -> [Block] {
        var blocks: [Block] = []
        for section in sections {
            let appendix = section.name == "appendix"
            var first = true
            for line in lines(section.text) {
                var block: Block
                switch line {
                case .title(let text): block = .paragraph(Paragraph(text, style: MemoStyles.title))
                case .heading1(let text):
                    block = .heading(Paragraph(text, style: appendix ? MemoStyles.heading1Flush : MemoStyles.heading1), level: 1)
                case .heading2(let text): block = .heading(Paragraph(text, style: MemoStyles.heading2), level: 2)
                case .centred(let text): block = .paragraph(Paragraph(text, style: MemoStyles.centred))
                case .note(let text): block = .paragraph(Paragraph(text, style: MemoStyles.note))
                case .paragraph(let text): block = .paragraph(Paragraph(text, style: MemoStyles.body))
                case .table: block = .table(table)
                }
                if appendix && first {
                    block = startingPage(block)
                    first = false
                }
                blocks.append(block)
            }
        }
        return blocks
    }

    /// `block` with a page break before it (a table is preceded by an empty
    /// paragraph that carries the break).
    private static func startingPage(_ block: Block) -> Block {
        switch block {
        case .paragraph(var paragraph):
            paragraph.style.pageBreakBefore = true
            return .paragraph(paragraph)
        case .heading(var paragraph, let level):
            paragraph.style.pageBreakBefore = true
            return .heading(paragraph, level: level)
        case .table:
            return block
        }
    }

    private static let whitespace = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{3000}"))
}

import Foundation
