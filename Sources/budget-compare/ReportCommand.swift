import ArgumentParser

/// `budget-compare report`: being built (see its issue).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report")

    func run() throws {
        throw UsageError("`report` is not built yet")
    }
}
