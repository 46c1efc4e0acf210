import ArgumentParser

/// `budget-compare metrics`: being built (see its issue).
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "metrics")

    func run() throws {
        throw UsageError("`metrics` is not built yet")
    }
}
