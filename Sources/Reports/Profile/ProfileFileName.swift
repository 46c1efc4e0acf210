import BudgetMetrics
import Foundation

/// Where profiles go and what they are called: `<group folder>/单位/<部门全称>.odt`.
public enum ProfileFileName {
    /// The folder inside each group folder that holds the profiles.
    public static let folder = "单位"

    /// Longest name kept, in characters (a CJK character is 3 bytes in UTF-8;
    /// file systems allow 255 bytes).
    static let maximumLength = 70

    /// One file name per member of `group`, in member order: the full name made
    /// safe for every file system, with "-2", "-3"… appended in member order
    /// when two members would get the same name (the same department filed
    /// twice, or names that differ only in forbidden characters or case).
    public static func names(for group: MetricGroup) -> [String] {
        var taken = Set<String>()
        return group.departments.map { member in
            let base = sanitized(member.name)
            var candidate = base
            var suffix = 2
            while taken.contains(candidate.lowercased()) {
                candidate = "\(base)-\(suffix)"
                suffix += 1
            }
            taken.insert(candidate.lowercased())
            return candidate + ".odt"
        }
    }

    /// `name` safe as a file name on Windows, macOS and Linux: `/ \ : * ? " < > |`
    /// and control characters become "_", leading dots and trailing dots and
    /// spaces are dropped, long names are cut; "未命名单位" when nothing is left.
    public static func sanitized(_ name: String) -> String {
        let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        var text = String(name.map { character -> Character in
            let control = character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            return forbidden.contains(character) || control ? "_" : character
        })
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasPrefix(".") { text.removeFirst() }
        if text.count > maximumLength { text = String(text.prefix(maximumLength)) }
        while let last = text.last, last == "." || last == " " { text.removeLast() }
        return text.isEmpty ? "未命名单位" : text
    }
}
