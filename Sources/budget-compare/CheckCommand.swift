import ArgumentParser

/// `budget-compare check`: being built (see its issue).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check")

    func run() throws {
        throw UsageError("`check` is not built yet")
    }
}
