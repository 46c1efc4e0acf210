import ArgumentParser
import BudgetModel
import Foundation

/// `budget-compare generate-region`: writes a deterministic synthetic region,
/// one department file per department, for tests and demonstrations.
///
/// The same `--seed` gives the same files byte for byte. Every department is
/// named "（模拟）…" and marked `identity.synthetic: true`. Prints one line
/// per file on standard output, with the inconsistencies injected into it.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-region",
        abstract: "Write a synthetic region of department files (deterministic, marked synthetic).",
        discussion: """
        Departments are internally consistent (the data checks pass) unless --inconsistencies \
        asks for deliberate errors; --bad-files adds files that fail to load, for batch tests. \
        About --final-percent of the departments are final accounts (决算) of the year before \
        --year, with performance self-evaluations; about --missing-percent leave a section out.
        """)

    @Option(help: "Number of departments.")
    var count: Int

    @Option(help: "Seed of the random generator (same seed, same files).")
    var seed: UInt64

    @Option(help: "Output folder (created if needed).")
    var out: String

    @Option(help: "Number of deliberate inconsistencies spread over the departments.")
    var inconsistencies: Int = 0

    @Option(name: .customLong("bad-files"), help: "Number of additional malformed files.")
    var badFiles: Int = 0

    @Option(help: "Year of the budgets (final accounts are for the year before).")
    var year: Int = 2025

    @Option(name: .customLong("final-percent"), help: "Share of final accounts (决算), in percent.")
    var finalPercent: Int = 20

    @Option(name: .customLong("missing-percent"), help: "Share of departments with a section left out, in percent.")
    var missingPercent: Int = 10

    func validate() throws {
        guard count >= 0, inconsistencies >= 0, badFiles >= 0 else {
            throw ValidationError("--count, --inconsistencies and --bad-files must not be negative")
        }
        guard count > 0 || inconsistencies == 0 else {
            throw ValidationError("--inconsistencies needs at least one department (--count)")
        }
        guard (0...100).contains(finalPercent), (0...100).contains(missingPercent) else {
            throw ValidationError("--final-percent and --missing-percent must be between 0 and 100")
        }
        guard (1990...2100).contains(year) else { throw ValidationError("--year must be between 1990 and 2100") }
    }

    func run() throws {
        let options = SyntheticRegion.Options(
            count: count, seed: seed, year: year, finalPercent: finalPercent, missingPercent: missingPercent,
            inconsistencies: inconsistencies, badFiles: badFiles)
        let files = try SyntheticRegion.generate(options)
        let folder = URL(fileURLWithPath: out)
        do {
            try SyntheticRegion.write(files, to: folder)
        } catch {
            throw UsageError("cannot write to \(out): \(error.localizedDescription)")
        }
        for file in files {
            var line = folder.appendingPathComponent(file.name).path
            if let defect = file.malformed { line += "\tmalformed: \(defect.rawValue)" }
            for injected in file.injected {
                line += "\tinconsistency: \(injected.kind.rawValue) \(injected.field) "
                    + "\(DecimalText.canonical(injected.original)) → \(DecimalText.canonical(injected.altered))"
            }
            if !file.omitted.isEmpty { line += "\tomitted: " + file.omitted.joined(separator: ",") }
            print(line)
        }
    }
}
