import Foundation
import Yams

/// Reads and writes department files: one YAML (or JSON, which is read as
/// YAML 1.2) document per department and year. docs/DEPARTMENT-FILE.md
/// describes every field.
public enum DepartmentFile {
    /// The resolver `YAMLDecoder` itself uses: only merge keys (`<<`) are
    /// resolved, every other scalar stays text until a type asks for it.
    static let mergeResolver = Resolver.basic.appending(Resolver.Rule.merge)

    /// The resolver for `text`: `mergeResolver` when the text has a `<<`,
    /// otherwise no rule at all. The merge rule is a regular expression that
    /// Yams runs on every plain scalar; without `<<` in the text no scalar can
    /// match it, so both resolvers give every scalar the same tag (an explicit
    /// `!!merge` tag needs no rule).
    static func resolver(for text: String) -> Resolver {
        containsMergeKey(text) ? mergeResolver : .basic
    }

    /// Whether `text` has a `<<` (a byte scan: Foundation's `contains` costs
    /// as much as composing a small file).
    private static func containsMergeKey(_ text: String) -> Bool {
        var previousIsLess = false
        for byte in text.utf8 {
            let isLess = byte == UInt8(ascii: "<")
            if isLess && previousIsLess { return true }
            previousIsLess = isLess
        }
        return false
    }

    /// File extensions read as department files.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Loads the department in `url`; its texts are shared through `strings`
    /// when given (a reader that keeps many departments, `SharedStrings`).
    /// - Throws: `DepartmentFileError` naming the file, line, column and field.
    public static func load(_ url: URL, sharing strings: SharedStrings? = nil) throws -> Department {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DepartmentFileError(file: url.path, message: "cannot read the file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DepartmentFileError(file: url.path, message: "expected UTF-8 text")
        }
        return try decode(text, file: url.path, sharing: strings)
    }

    /// Decodes a department from YAML or JSON text; `file` names it in errors.
    ///
    /// The text is checked in this order, and the first problem is thrown:
    /// 1. an empty file, or YAML/JSON syntax (line and column of the problem);
    /// 2. the top level is a mapping and every key is a known field holding the
    ///    right kind of node (`DepartmentStructure`): an unknown key is an error
    ///    ("unknown field `onDutty` (did you mean `onDuty`?)"), never ignored;
    /// 3. the values: amounts, counts, years, kinds (`Figure`, `DisclosureKind`);
    /// 4. rules across values (`DepartmentValidation`): counts not negative,
    ///    codes well-formed and unique, line numbers positive.
    /// - Throws: `DepartmentFileError` naming the file, line, column, field path
    ///   and what was expected.
    ///
    /// Most files take the fast path (`decodeFast`); any other file, and any
    /// file with a problem, takes the Yams path, which words every error.
    public static func decode(_ text: String, file: String, sharing strings: SharedStrings? = nil) throws -> Department {
        if let department = decodeFast(text, sharing: strings) { return department }
        return try decodeWithYams(text, file: file, sharing: strings)
    }

    /// The department of a file in the subset `FastYAMLReader` reads whose
    /// structure, values and rules are all fine, or nil: then the Yams path
    /// decides. Reading with Yams was most of the time of loading a
    /// department; the fast path gives the same `Department`
    /// (`FastPathTests` compares both paths on every file they have). Texts
    /// it shares before giving up are the texts the Yams path then shares.
    static func decodeFast(_ text: String, sharing strings: SharedStrings? = nil) -> Department? {
        guard let tree = FastYAMLReader.read(text), FastStructure.accepts(tree),
              let department = try? FastNodeDecoder.decode(Department.self, from: tree, sharing: strings),
              DepartmentValidation.isValid(department) else { return nil }
        return department
    }

    /// `decode` through Yams only: the path for every file the fast path
    /// leaves, and the reference it is tested against.
    static func decodeWithYams(_ text: String, file: String, sharing strings: SharedStrings? = nil) throws -> Department {
        // Composed with no resolver rule but merge keys, so that every key
        // is text: "301" and 301 are the same economic class.
        try decode(text, file: file, resolver: resolver(for: text)) { root in
            try NodeDecoder.decode(Department.self, from: root, sharing: strings)
        }
    }

    /// The steps of `decode`, with the resolver and the node decoder as
    /// parameters (the tests run them with Yams' own `YAMLDecoder` as reference).
    static func decode(_ text: String, file: String, resolver: Resolver,
                       decodeRoot: (Node) throws -> Department) throws -> Department {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: jsonTabsAsSpaces(text), resolver) else {
                throw DepartmentFileError(
                    file: file, line: 1, column: 1,
                    message: "the file is empty: expected a department mapping starting with `identity:` (name, year, kind)")
            }
            root = composed
        } catch let error as YamlError {
            throw DepartmentFileError(yaml: error, file: file)
        }
        guard root.mapping != nil else {
            throw DepartmentFileError(
                file: file, line: root.mark?.line, column: root.mark?.column,
                message: "expected a department mapping with the fields identity, staff, revenue, … at the top level, found \(DepartmentStructure.describe(root))")
        }
        try DepartmentStructure.check(root, file: file)
        let department: Department
        do {
            department = try decodeRoot(root)
        } catch let error as DecodingError {
            throw DepartmentFileError(decoding: error, root: root, file: file)
        } catch {
            throw DepartmentFileError(file: file, message: "\(error)")
        }
        try DepartmentValidation.validate(department, root: root, file: file)
        return department
    }

    /// JSON allows tabs between tokens where YAML does not; a tab can only be
    /// whitespace in valid JSON (inside strings it must be escaped as `\t`), so
    /// in a JSON document each tab becomes one space (columns are unchanged).
    static func jsonTabsAsSpaces(_ text: String) -> String {
        guard text.first(where: { !$0.isWhitespace }) == "{", text.contains("\t") else { return text }
        return text.replacingOccurrences(of: "\t", with: " ")
    }

    /// The department as YAML text, in the same format `load` reads.
    public static func encode(_ department: Department) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.sortKeys = false
        encoder.options.width = -1
        return try encoder.encode(department)
    }
}
