import BudgetModel

/// The self-consistency checks of one disclosure: every rule, run by one
/// driver that collects their findings.
///
/// ```swift
/// let findings = DataChecks.run(department, file: "Fixtures/000.yaml")
/// for finding in findings where finding.severity == .inconsistency { print(finding.rule, finding.difference) }
/// ```
///
/// Findings come in a fixed order: rules in the order of `rules` (Table 1
/// first, then Tables 3–7, 11, 10, 政府采购, the narrative and the percentages), and
/// within a rule in the order of the disclosure's tables and rows.
public enum DataChecks {
    /// Every rule, in reporting order.
    public static let rules: [any CheckRule] = [
        // Table 1: revenue and its bottom line.
        RevenueEqualsExpenditure(),
        RevenueSourcesSum(),
        FiscalRevenueSources(),
        UnitFundsParts(),
        CarryoverParts(),
        RevenueTotal(),
        // Expenditure totals (Tables 1, 3, 4, 5).
        ExpenditureClassesSum(),
        BasicPlusProject(),
        ExpenditureTotal(),
        FiscalRevenueEqualsExpenditure(),
        FiscalClassesSum(),
        // Tables 3 and 5 by function class.
        FunctionSubtotals(),
        FunctionClassesSum(),
        FunctionRowSplit(),
        // Table 6 by economic class.
        PersonnelPlusPublic(),
        EconomicSubtotals(),
        EconomicClassesSum(),
        EconomicRowSplit(),
        // Table 7 projects.
        ProjectsSum(),
        ProjectEconomicSplit(),
        // Tables that overlap.
        Table1VersusTable3(),
        Table4VersusTable5(),
        Table5VersusGeneralBudget(),
        Table6VersusTable5(),
        Table7VersusTable5(),
        // Table 11 上年结转结余.
        CarryoverItemsSum(),
        Table11VersusTable1(),
        // Table 10 三公.
        SangongTotal(),
        SangongVehicles(),
        // 政府采购.
        ProcurementSum(),
        // The narrative and its percentages.
        NarrativeMatchesTables(),
        PerformanceSummarySum(),
        YearOnYearPercent(),
        BudgetVariancePercent(),
        ExecutionRatePercent(),
    ]

    /// Runs every rule on `department`, read from `file`.
    public static func run(_ department: Department, file: String) -> [Finding] {
        rules.flatMap { $0.findings(in: department, file: file) }
    }

    /// The rule with `id`, if any.
    public static func rule(_ id: String) -> (any CheckRule)? {
        rules.first { $0.id == id }
    }
}
