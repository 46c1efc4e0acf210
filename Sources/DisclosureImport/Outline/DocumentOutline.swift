/// The parts and sections of a disclosure, so that every line knows where it
/// sits: the profile (第一部分 …概况 → "概况"), the tables part, or a
/// numbered section of the narrative ("十、关于…“三公”经费…说明" → "说明十").
///
/// A table of contents repeats the part headings at the top; the body's
/// heading is the *last* line naming a part, so the contents are "front
/// matter" and never mistaken for the body.
struct DocumentOutline {
    enum Role: Equatable { case front, profile, tables, narrative, glossary, other }

    struct Section {
        /// "说明三", "概况" …
        var label: String
        /// Folded heading text without spaces.
        var heading: String
        var number: Int?
        var firstLine: Int
    }

    /// Per line (index = line number − 1).
    private(set) var roles: [Role]
    /// Index into `sections` per line, or -1.
    private(set) var sectionIndex: [Int32]
    /// Compact heading of the innermost "(一) …" subsection per line, index into `subheadings` or -1.
    private(set) var subsectionIndex: [Int32]
    private(set) var sections: [Section] = []
    private(set) var subheadings: [String] = []
    /// Whether any 第N部分 heading was found.
    private(set) var hasParts = false

    init(_ text: SourceText) {
        let count = text.lines.count
        roles = Array(repeating: .front, count: count)
        sectionIndex = Array(repeating: -1, count: count)
        subsectionIndex = Array(repeating: -1, count: count)

        // Parts: the last heading per part number.
        var partStarts: [Int: (line: Int, role: Role)] = [:]
        for line in text.lines {
            let c = Array(line.compact.unicodeScalars)
            guard c.count >= 4, c.count <= 60, c[0] == "第" else { continue }
            var i = 1
            while i < c.count, ChineseNumeral.isNumeralScalar(c[i]) { i += 1 }
            guard i > 1, i + 1 < c.count, c[i] == "部", c[i + 1] == "分",
                  let number = ChineseNumeral.value(c[1..<i]) else { continue }
            partStarts[number] = (line.number, DocumentOutline.role(ofPartHeading: line.compact))
        }
        // Parts come in order: a part whose last mention precedes a lower-numbered
        // part's body is only its table-of-contents entry (its body was cut off).
        var ordered: [(line: Int, role: Role)] = []
        var latest = 0
        for number in partStarts.keys.sorted() {
            let part = partStarts[number]!
            guard part.line > latest else { continue }
            ordered.append(part)
            latest = part.line
        }
        hasParts = !ordered.isEmpty
        let parts = ordered
        if parts.isEmpty {
            for i in 0..<count { roles[i] = .other }
        } else {
            for (k, part) in parts.enumerated() {
                let end = k + 1 < parts.count ? parts[k + 1].line - 1 : count
                guard part.line - 1 < end else { continue }
                for i in (part.line - 1)..<end { roles[i] = part.role }
            }
        }

        // Numbered sections ("一、…") and subsections ("（一）…") inside the profile and narrative.
        var currentSection: Int32 = -1
        var currentSub: Int32 = -1
        var previousRole: Role = .front
        for line in text.lines {
            let index = line.number - 1
            let role = roles[index]
            if role != previousRole {
                currentSection = -1
                currentSub = -1
                previousRole = role
                if role == .profile {
                    sections.append(Section(label: "概况", heading: line.compact, number: nil, firstLine: line.number))
                    currentSection = Int32(sections.count - 1)
                }
            }
            if role == .narrative || role == .profile || role == .other, !line.isBlank {
                let c = Array(line.compact.unicodeScalars)
                if c.count <= 90, let (number, _) = ChineseNumeral.leading(c, terminators: ["、"]) {
                    let label: String
                    switch role {
                    case .profile: label = "概况"
                    case .narrative: label = "说明" + ChineseNumeral.spell(number)
                    default:
                        let isProfile = line.compact.has("职能") || line.compact.has("机构设置")
                            || line.compact.has("人员情况")
                        label = isProfile ? "概况" : "说明" + ChineseNumeral.spell(number)
                    }
                    sections.append(Section(label: label, heading: line.compact, number: number, firstLine: line.number))
                    currentSection = Int32(sections.count - 1)
                    currentSub = -1
                } else if c.count <= 90, c.count > 3, c[0] == "(",
                          let (_, _) = ChineseNumeral.leading(c, from: 1, terminators: [")"]) {
                    subheadings.append(line.compact)
                    currentSub = Int32(subheadings.count - 1)
                }
            }
            sectionIndex[index] = currentSection
            subsectionIndex[index] = currentSub
        }
    }

    static func role(ofPartHeading compact: String) -> Role {
        if compact.has("名词解释") { return .glossary }
        if compact.has("概况") { return .profile }
        if compact.has("公开表") || compact.has("报表") || compact.hasSuffix("表") { return .tables }
        if compact.has("说明") { return .narrative }
        return .other
    }

    func role(ofLine number: Int) -> Role { roles[number - 1] }

    func section(ofLine number: Int) -> Section? {
        let index = sectionIndex[number - 1]
        return index >= 0 ? sections[Int(index)] : nil
    }

    /// "说明三", "概况"; "说明" for text outside any numbered section (front
    /// matter, a damaged document without headings).
    func label(ofLine number: Int) -> String? {
        switch roles[number - 1] {
        case .profile: return "概况"
        case .narrative, .other: return section(ofLine: number)?.label ?? "说明"
        default: return "说明"
        }
    }

    func subheading(ofLine number: Int) -> String? {
        let index = subsectionIndex[number - 1]
        return index >= 0 ? subheadings[Int(index)] : nil
    }
}
