import BudgetMetrics
import Foundation
import BudgetModel

/// The folder a group's files are written to: readable and safe on every
/// file system: "2024年-预算", "2024年-决算", "2024年-预算-驻京机构".
public enum GroupFolderName {
    /// The folder name of `key`. Characters that Windows, macOS or Linux
    /// forbid or that shells treat specially (`/ \ : * ? " < > |`, control
    /// characters) become "_"; leading dots and trailing dots and spaces are
    /// dropped; a long tag is cut at 60 characters.
    public static func name(_ key: GroupKey) -> String {
        var name = "\(key.year)年-\(key.kind.chineseName)"
        if let tag = key.tag {
            let safe = sanitized(tag)
            if !safe.isEmpty { name += "-" + safe }
        }
        return name
    }

    /// Folder names for `keys` (sorted), made distinct by appending "-2", "-3"…
    /// when two tags sanitize to the same name.
    public static func names(_ keys: [GroupKey]) -> [GroupKey: String] {
        var taken = Set<String>()
        var result: [GroupKey: String] = [:]
        for key in keys.sorted() {
            let base = name(key)
            var candidate = base
            var suffix = 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(suffix)"
                suffix += 1
            }
            taken.insert(candidate)
            result[key] = candidate
        }
        return result
    }

    static func sanitized(_ tag: String) -> String {
        let forbidden: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        var text = String(tag.map { character -> Character in
            if forbidden.contains(character) || character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return "_"
            }
            return character
        })
        while text.hasPrefix(".") { text.removeFirst() }
        while let last = text.last, last == "." || last == " " { text.removeLast() }
        if text.count > 60 { text = String(text.prefix(60)) }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
