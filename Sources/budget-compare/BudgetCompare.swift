import ArgumentParser

/// The `budget-compare` command: compares departments' budget and
/// final-account disclosures. With no arguments it runs
/// `report Fixtures --out Output`.
@main
struct BudgetCompare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget-compare",
        abstract: "Compare government departments' budget (预算) and final-account (决算) disclosures.",
        discussion: """
        Reads department files (.yaml/.yml/.json) and disclosure texts (.txt), checks each \
        disclosure against itself, computes cross-department metrics and writes an \
        OpenDocument workbook (.ods) and a comparison memo (.odt) per group of departments \
        of the same year and kind.

        With no arguments: budget-compare report Fixtures --out Output

        Exit codes: 0 success, 1 some input failed (the rest still written), 2 usage error.
        """,
        subcommands: [ReportCommand.self, BatchCommand.self, ImportCommand.self, CheckCommand.self,
                      MetricsCommand.self, GenerateCommand.self],
        defaultSubcommand: ReportCommand.self)
}
