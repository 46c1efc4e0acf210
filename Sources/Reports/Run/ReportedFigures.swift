import BudgetModel

extension Department {
    /// The department with only what the outputs show or compute from, for a
    /// batch that holds every department of a region from reading to writing.
    ///
    /// The data checks and the metrics read the whole department and run
    /// right after it is read; the workbook, the memo and the profile read
    /// far less. Left out: Table 6's economic-class rows
    /// (`basicExpenditure.byEconomicClass`), the 款 and 项 rows of Tables 3
    /// and 5 (`byFunction`, `generalBudgetByFunction`: the 功能分类 sheet shows
    /// 类 rows only), Table 11's rows (`carryover`), 政府采购, 国有资产, the
    /// Table 7 总计 row and the lists of 下属单位 and 内设机构 — about a third
    /// of a department's memory. Scalars, 类 rows, projects, year-on-year
    /// statements, 决算 comparisons and performance evaluations stay.
    ///
    /// `ReportedFiguresTests` writes every output of the fixtures and of a
    /// synthetic region from whole and from trimmed departments and requires
    /// the same bytes, so a writer that starts reading a field left out here
    /// fails that test rather than silently showing "—".
    public func trimmedToReportedFigures() -> Department {
        var trimmed = self
        trimmed.identity.budgetUnits = nil
        trimmed.identity.divisions = nil
        trimmed.basicExpenditure?.byEconomicClass = nil
        trimmed.expenditure?.byFunction = expenditure?.byFunction?.classRowsOnly
        trimmed.fiscal?.generalBudgetByFunction = fiscal?.generalBudgetByFunction?.classRowsOnly
        trimmed.carryover = nil
        trimmed.procurement = nil
        trimmed.assets = nil
        trimmed.projectTotals = nil
        return trimmed
    }
}

private extension Array where Element == FunctionRow {
    /// The 类 rows (three-digit codes), in a buffer of exactly their number.
    var classRowsOnly: [FunctionRow] {
        var rows: [FunctionRow] = []
        rows.reserveCapacity(lazy.filter { $0.level == 1 }.count)
        rows.append(contentsOf: lazy.filter { $0.level == 1 })
        return rows
    }
}
