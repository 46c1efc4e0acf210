import Foundation
import Yams

/// Reads and writes department files: one YAML (or JSON, which is read as
/// YAML 1.2) document per department and year. See README "Department file
/// format" for every field.
public enum DepartmentFile {
    /// File extensions read as department files.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// Loads the department in `url`.
    /// - Throws: `DepartmentFileError` naming the file, line, column and field.
    public static func load(_ url: URL) throws -> Department {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DepartmentFileError(file: url.path, message: "cannot read the file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DepartmentFileError(file: url.path, message: "expected UTF-8 text")
        }
        return try decode(text, file: url.path)
    }

    /// Decodes a department from YAML or JSON text; `file` names it in errors.
    public static func decode(_ text: String, file: String) throws -> Department {
        let department: Department
        do {
            department = try YAMLDecoder().decode(Department.self, from: text)
        } catch let error as DecodingError {
            throw DepartmentFileError(decoding: error, text: text, file: file)
        } catch let error as YamlError {
            throw DepartmentFileError(yaml: error, file: file)
        } catch {
            throw DepartmentFileError(file: file, message: "\(error)")
        }
        try DepartmentValidation.validate(department, text: text, file: file)
        return department
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
