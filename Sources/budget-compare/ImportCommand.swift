import ArgumentParser

/// `budget-compare import`: being built (see its issue).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import")

    func run() throws {
        throw UsageError("`import` is not built yet")
    }
}
