import ArgumentParser
import BudgetModel
import DisclosureImport
import Foundation

/// `budget-compare import FILE.txt [-o FILE.yaml]`: reads a disclosure's
/// text and writes the department file (YAML, the format of Fixtures/) to
/// standard output or to `-o` (atomically: a temporary file renamed into
/// place), with the import report on standard error.
///
/// Exit codes: 0 imported (the report may still list figures not found),
/// 1 the text could not be imported or the output not written, 2 usage.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a disclosure's text (.txt) into a department file (YAML).",
        discussion: """
        Every figure is written with the line it was read from and its table or section \
        ({value: 3994.84, line: 95, table: 表1}). Figures the text does not state are left out \
        and listed, with the reason, in the import report on standard error.
        """)

    @Argument(help: "The disclosure's text (UTF-8).")
    var file: String

    @Option(name: [.short, .customLong("output")], help: "Write the YAML here instead of standard output.")
    var output: String?

    func run() throws {
        let url = URL(fileURLWithPath: file)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw UsageError("找不到文件：\(file)")
        }
        let result: ImportResult
        do {
            result = try DisclosureImporter.importFile(at: url)
        } catch {
            StandardError.write("\(error)")
            throw InputsFailed()
        }
        let yaml: String
        do {
            yaml = try DepartmentFile.encode(result.department)
        } catch {
            StandardError.write("\(file)：无法写成部门文件：\(error)")
            throw InputsFailed()
        }
        if let output {
            do {
                try writeAtomically(yaml, to: URL(fileURLWithPath: output))
            } catch {
                StandardError.write("无法写入 \(output)：\(error.localizedDescription)")
                throw InputsFailed()
            }
        } else {
            FileHandle.standardOutput.write(Data(yaml.utf8))
        }
        StandardError.write(result.report.text.trimmingCharacters(in: .newlines))
    }

    /// Writes to a temporary file in the same folder, then renames it over `url`.
    private func writeAtomically(_ text: String, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Data(text.utf8).write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(code))])
        }
    }
}
