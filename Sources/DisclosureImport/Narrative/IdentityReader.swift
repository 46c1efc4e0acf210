import BudgetModel
import Foundation

/// The department's name, the year and the kind, from the title
/// ("新疆维吾尔自治区人民政府驻北京办事处" / "2024 年部门预算公开", or
/// "乌鲁木齐市人民政府驻北京联络处 2024 年度 部门决算公开说明"), with
/// fallbacks (part headings, 编制部门) when the title is damaged.
enum IdentityReader {
    struct Found {
        var name: String
        var year: Int
        var kind: DisclosureKind
        var notes: [String] = []
    }

    static func read(_ text: SourceText, file: String) throws -> Found {
        let lines = text.lines
        let head = lines.prefix(120).filter { !$0.isBlank }
        var year: Int?
        var kind: DisclosureKind?
        var name: String?
        var notes: [String] = []

        // 1. The title: "[name] 2024 年[度] 部门预算公开…".
        for (k, line) in head.enumerated() {
            guard let (y, kd, yearAt) = yearAndKind(line), !line.hasTab else { continue }
            year = y
            kind = kd
            let prefix = line.rawText(0..<yearAt)
            if plausibleName(prefix) {
                name = prefix
            } else if k > 0, plausibleName(head[k - 1].text) {
                name = head[k - 1].text
            }
            break
        }
        // 2. Fallbacks for a damaged title.
        if year == nil || kind == nil {
            for line in lines.prefix(400) where !line.isBlank {
                let c = line.compact
                guard c.has("部门预算") || c.has("部门决算") || c.has("预算公开") || c.has("决算公开") else { continue }
                if kind == nil { kind = c.has("决算") ? .final : .budget }
                if year == nil, let y = firstYear(c) { year = y }
                if year != nil { break }
            }
            if year != nil { notes.append("year or kind taken from a heading (the title line was not found)") }
        }
        if name == nil {
            for line in lines.prefix(2000) {
                let c = line.compact
                if c.hasPrefix("编制部门:") || c.hasPrefix("编制单位:") {
                    let raw = line.text
                    if let colon = raw.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                        let candidate = raw[raw.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                        if plausibleName(candidate) { name = candidate; break }
                    }
                }
            }
            if name != nil { notes.append("name taken from 编制部门 (no title line)") }
        }
        if name == nil, let first = head.first, plausibleName(first.text) {
            name = first.text
            notes.append("name taken from the first line")
        }
        guard let year, let kind else {
            throw ImportError(file: file, message: "not a disclosure: no title or heading with a year and 预算/决算 "
                                  + "(e.g. \"2024 年部门预算公开\") in the first lines")
        }
        guard let name else {
            throw ImportError(file: file, message: "no department name: neither a title line nor 编制部门 was found")
        }
        return Found(name: name, year: year, kind: kind, notes: notes)
    }

    /// A year followed by 年/年度 and, later on the line, 预算 or 决算 with 公开
    /// or 部门: (year, kind, index of the year in the line).
    static func yearAndKind(_ line: SourceLine) -> (Int, DisclosureKind, Int)? {
        let f = line.folded
        guard f.count < 120 else { return nil }
        var i = 0
        while i + 4 <= f.count {
            if (f[i] == "1" || f[i] == "2"), (1..<4).allSatisfy({ Folding.isDigit(f[i + $0]) }),
               i == 0 || !Folding.isDigit(f[i - 1]), i + 4 == f.count || !Folding.isDigit(f[i + 4]) {
                var j = i + 4
                while j < f.count, f[j] == " " { j += 1 }
                if j < f.count, f[j] == "年" {
                    let rest = String(String.UnicodeScalarView(f[j...])).filter { $0 != " " }
                    let isTitle = rest.has("公开") || rest.hasPrefix("年部门") || rest.hasPrefix("年度部门")
                    if isTitle, rest.has("预算") || rest.has("决算"),
                       let year = Int(String(String.UnicodeScalarView(f[i..<(i + 4)]))), (1990...2100).contains(year) {
                        let kind: DisclosureKind = rest.has("决算") ? .final : .budget
                        return (year, kind, i)
                    }
                }
            }
            i += 1
        }
        return nil
    }

    static func firstYear(_ compact: String) -> Int? {
        let s = Array(compact.unicodeScalars)
        var i = 0
        while i + 5 <= s.count {
            if (0..<4).allSatisfy({ Folding.isDigit(s[i + $0]) }), s[i + 4] == "年",
               i == 0 || !Folding.isDigit(s[i - 1]),
               let year = Int(String(String.UnicodeScalarView(s[i..<(i + 4)]))), (1990...2100).contains(year) {
                return year
            }
            i += 1
        }
        return nil
    }

    /// A department name: 2–60 characters, mostly CJK, no digits, not a heading.
    static func plausibleName(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard (2...60).contains(t.count) else { return false }
        guard !t.unicodeScalars.contains(where: Folding.isDigit) else { return false }
        let cjk = t.unicodeScalars.filter(Folding.isCJK).count
        guard cjk * 2 >= t.unicodeScalars.count else { return false }
        for word in ["目录", "目 录", "部分", "公开", "说明", "单位:", "单位："] where t.contains(word) { return false }
        if t.hasSuffix("表") { return false }
        return true
    }

    /// The region a department belongs to, as its full name begins:
    /// "新疆维吾尔自治区人民政府驻北京办事处" → "新疆维吾尔自治区",
    /// "昌吉回族自治州人民政府驻北京联络处" → "昌吉回族自治州", "乌鲁木齐市…" → "乌鲁木齐市".
    /// Nil when the name does not start with a place ("自治区机关事务管理局").
    static func region(ofName name: String) -> String? {
        let suffixes = ["自治区", "自治州", "自治县", "特别行政区", "省", "市", "州", "盟", "地区", "县"]
        var best: String.Index?
        for suffix in suffixes {
            guard let range = name.range(of: suffix) else { continue }
            if best == nil || range.upperBound < best! { best = range.upperBound }
        }
        guard let end = best else { return nil }
        let region = String(name[..<end])
        // At least two characters before the suffix, and not the whole name.
        guard region.count >= 3, region.count < name.count, !region.hasPrefix("自治") else { return nil }
        for suffix in suffixes where region.hasSuffix(suffix) {
            if region.count - suffix.count < 2 { return nil }
        }
        return region
    }

    /// "2024年02月27日" alone on one of the last lines → "2024-02-27".
    static func publishedOn(_ text: SourceText) -> String? {
        for line in text.lines.suffix(12).reversed() where !line.isBlank {
            let c = Array(line.compact.unicodeScalars)
            guard c.count >= 8, c.count <= 12, c.last == "日" else { continue }
            var parts: [Int] = []
            var current = ""
            for s in c {
                if Folding.isDigit(s) { current.unicodeScalars.append(s) }
                else if s == "年" || s == "月" || s == "日" {
                    guard let value = Int(current) else { return nil }
                    parts.append(value)
                    current = ""
                } else { return nil }
            }
            guard parts.count == 3, (1990...2100).contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2])
            else { return nil }
            return String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2])
        }
        return nil
    }
}
