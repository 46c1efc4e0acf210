import ArgumentParser
import Foundation

/// Exit codes are public (scripts depend on them) and decided here only:
/// 0 success, 1 some input failed (the rest still written), 2 usage error.
enum ExitStatus {
    static let success: Int32 = 0
    /// Some inputs failed; outputs for the others were still written.
    static let inputFailed: Int32 = 1
    /// The command line was wrong or named something that does not exist.
    static let usage: Int32 = 2

    /// Maps any error escaping a command to its exit status.
    static func status(for error: Error) -> Int32 {
        switch error {
        case is UsageError: return usage
        case let failed as InputsFailed: return failed.status
        default:
            let code = BudgetCompare.exitCode(for: error)
            if code == .success { return success }
            // ArgumentParser reports usage problems as EX_USAGE (64); ours is 2.
            if code == .validationFailure { return usage }
            return code.rawValue == 2 ? usage : inputFailed
        }
    }
}

/// A usage error (bad option value, missing folder): exit code 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Some inputs failed after everything else was written: exit code 1, no
/// further message (the command has already reported the failures).
struct InputsFailed: Error {
    var status: Int32 { ExitStatus.inputFailed }
}

extension BudgetCompare {
    /// Runs the command, turning errors into messages and exit codes in one place.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let status = ExitStatus.status(for: error)
            if !(error is InputsFailed) {
                let message = error is UsageError ? "Error: \(error)" : fullMessage(for: error)
                if !message.isEmpty {
                    if status == ExitStatus.success {
                        print(message)
                    } else {
                        StandardError.write(message)
                    }
                }
            }
            Foundation.exit(status)
        }
    }
}
