import BudgetModel
import Foundation

/// A folder of department inputs: department files (.yaml/.yml/.json) and
/// disclosure texts (.txt), in any mix, searched recursively.
///
/// Loading never stops at a bad file: every file either yields a department
/// or a failure naming the file and what was wrong, so one bad department
/// never sinks a batch.
public enum RegionFolder {
    /// Extensions read as disclosure text.
    public static let textExtensions: Set<String> = ["txt"]

    /// Every input file under `url` (or `url` itself when it is a file), sorted by path
    /// so that runs are reproducible.
    public static func inputFiles(at url: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DepartmentFileError(file: url.path, message: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [url] }
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { return [] }
        // Sorted by path, each path computed once: `URL.path` decodes the
        // URL's percent escapes on every call, and a sort asks for it about
        // 2·n·log n times (half a second of a 2,000-file batch).
        var files: [(path: String, url: URL)] = []
        let keySet = Set(keys)
        for case let file as URL in enumerator {
            let ext = file.pathExtension.lowercased()
            guard DepartmentFile.extensions.contains(ext) || textExtensions.contains(ext) else { continue }
            guard (try? file.resourceValues(forKeys: keySet).isRegularFile) == true else { continue }
            if file.lastPathComponent.lowercased() == "readme.txt" { continue }
            files.append((file.path, file))
        }
        return files.sorted { $0.path < $1.path }.map(\.url)
    }

    /// Loads every input under `url`.
    public static func load(_ url: URL) throws -> RegionLoad {
        var load = RegionLoad()
        for file in try inputFiles(at: url) {
            do {
                load.departments.append(try loadFile(file))
            } catch {
                load.failures.append(LoadFailure(file: file.path, message: "\(error)"))
            }
        }
        return load
    }

    /// Loads one department file or disclosure text; a department file's
    /// texts are shared through `strings` when given (`SharedStrings`).
    public static func loadFile(_ file: URL, sharing strings: SharedStrings? = nil) throws -> LoadedDepartment {
        if textExtensions.contains(file.pathExtension.lowercased()) {
            let result = try DisclosureImporter.importFile(at: file)
            return LoadedDepartment(file: file.path, department: result.department, importReport: result.report)
        }
        return LoadedDepartment(file: file.path, department: try DepartmentFile.load(file, sharing: strings))
    }
}

/// The result of loading a region folder.
public struct RegionLoad: Sendable {
    public var departments: [LoadedDepartment] = []
    public var failures: [LoadFailure] = []

    public init() {}
}

/// A department and the file it came from.
public struct LoadedDepartment: Sendable {
    /// Path of the input file.
    public var file: String
    public var department: Department
    /// Present when the department was imported from disclosure text.
    public var importReport: ImportReport?

    public init(file: String, department: Department, importReport: ImportReport? = nil) {
        self.file = file
        self.department = department
        self.importReport = importReport
    }
}

/// An input file that could not be read, and why (file, line, field, message).
public struct LoadFailure: Sendable, Hashable, Codable {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }
}
