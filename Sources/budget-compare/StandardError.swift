import Foundation

/// Writes diagnostics to standard error (stdout carries the command's output,
/// e.g. the imported YAML or JSON, so messages must not mix into it).
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
