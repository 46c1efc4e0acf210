import ArgumentParser

/// `budget-compare batch`: being built (see its issue).
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch")

    func run() throws {
        throw UsageError("`batch` is not built yet")
    }
}
