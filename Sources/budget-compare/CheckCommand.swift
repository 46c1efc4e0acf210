import ArgumentParser
import BudgetChecks
import BudgetModel
import DisclosureImport
import Foundation

/// `budget-compare check DIR|FILE [--format text|json]`: checks each
/// disclosure against itself and prints the findings.
///
/// Findings are not failures: the exit code is 0 when every file loaded,
/// 1 when some file could not be read (the others are still checked and
/// printed; the failures are listed on stderr), 2 for a usage error
/// (no such file or folder, or no input file in it). Each disclosure text
/// read also gets a one-line import summary on stderr.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check each disclosure against itself: totals, subtotals, overlapping tables, narrative figures and percentages.",
        discussion: """
        Differences of at most 0.01 万元 are reported as rounding (尾差), larger ones as \
        inconsistencies (不一致). Stated percentages are recomputed from their amounts.

        JSON (--format json): {"findings": [{"file", "department", "rule", "description", \
        "severity": "rounding" | "inconsistency", "expected", "actual", "difference", "lines", \
        "unit", "tolerance", "detail"}]}, amounts as decimal strings.
        """)

    @Argument(help: "A department file (.yaml/.yml/.json), a disclosure text (.txt), or a folder of them.")
    var path: String

    @Option(help: "Output: text (for people) or json (for scripts).")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        let input = try CommandInput(path)
        let load = try input.load()
        let checked = load.departments.map { loaded in
            let file = Self.displayPath(loaded.file)
            return (file: file, department: loaded.department,
                    findings: DataChecks.run(loaded.department, file: file))
        }
        switch format {
        case .json:
            print(try Self.json(checked.flatMap(\.findings)))
        case .text:
            print(Self.text(checked, failures: load.failures.count), terminator: "")
        }
        input.reportImports(load.departments)
        input.reportFailures(load.failures)
        if !load.failures.isEmpty { throw InputsFailed() }
    }

    /// `{"findings": [...]}`, keys sorted so that the bytes are reproducible.
    static func json(_ findings: [Finding]) throws -> String {
        struct Document: Encodable { var findings: [Finding] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Document(findings: findings)), as: UTF8.self)
    }

    /// Findings grouped per department, one line each, then a summary count.
    static func text(_ checked: [(file: String, department: Department, findings: [Finding])], failures: Int) -> String {
        var out = ""
        for entry in checked {
            let identity = entry.department.identity
            out += "\(entry.file)  \(identity.name)（\(identity.year) 年\(identity.kind.chineseName)）\n"
            if entry.findings.isEmpty { out += "  未发现问题\n" }
            for finding in entry.findings { out += "  " + line(finding) + "\n" }
            out += "\n"
        }
        let all = checked.flatMap(\.findings)
        let rounding = all.filter { $0.severity == .rounding }.count
        var summary = "共检查 \(checked.count) 个文件，发现 \(all.count) 条：不一致 \(all.count - rounding) 条，尾差 \(rounding) 条"
        if failures > 0 { summary += "；\(failures) 个文件无法读取（见标准错误输出）" }
        return out + summary + "。\n"
    }

    /// "[不一致] basic.economic-subtotals 经济分类款级科目之和应等于所属类级科目 — 表6 301 工资福利支出 合计：
    /// 应为 126.00，实为 125.98，差额 -0.02 万元（第264、265行）".
    static func line(_ finding: Finding) -> String {
        func shown(_ value: Decimal) -> String {
            finding.unit == .wanYuan
                ? Finding.text(value, unit: .wanYuan)
                : Finding.text(value.rounded(scale: 4), unit: .percentagePoint)
        }
        let suffix = finding.unit == .wanYuan ? "" : "%"
        var text = "[\(finding.severity.chineseName)] \(finding.rule) \(finding.description) — \(finding.detail)："
        text += "应为 \(shown(finding.expected))\(suffix)，实为 \(shown(finding.actual))\(suffix)，"
        text += "差额 \(shown(finding.difference)) \(finding.unit.chineseName)"
        if !finding.lines.isEmpty {
            text += "（第" + finding.lines.map(String.init).joined(separator: "、") + "行）"
        }
        return text
    }

    /// `path` relative to the current directory when it lies below it: the
    /// `file` of findings (JSON and text), unchanged from earlier releases.
    static func displayPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
