import BudgetModel

/// After reading, lists the figures a disclosure of its kind is expected to
/// state that were not found, each with the reason: the table is missing,
/// the table is stated empty, or the row or sentence was not found.
enum Coverage {
    struct Expectation {
        var field: String
        var present: Bool
        /// The table that should state it, or nil for the narrative / profile.
        var table: TableKind?
        var whereStated: String
    }

    static func check(_ state: inout ImportState) {
        let d = state.department
        var expected: [Expectation] = []
        func expect(_ field: String, _ present: Bool, _ table: TableKind? = nil, _ whereStated: String = "说明") {
            expected.append(Expectation(field: field, present: present, table: table, whereStated: whereStated))
        }
        let staff = d.staff
        expect("staff.authorized", staff?.authorized != nil, nil, "概况")
        expect("staff.actual", staff?.actual != nil, nil, "概况")
        expect("staff.onDuty", staff?.onDuty != nil, nil, "概况")
        expect("staff.retired", staff?.retired != nil, nil, "概况")
        expect("staff.separated", staff?.separated != nil, nil, "概况")
        expect("identity.budgetUnits", d.identity.budgetUnits != nil, nil, "概况")
        expect("identity.divisions", d.identity.divisions != nil, nil, "概况")
        let s = d.sangong
        if state.kind == .budget {
            expect("revenue.total", d.revenue?.total != nil, .overview)
            expect("revenue.currentYear", d.revenue?.currentYear != nil, .overview)
            expect("revenue.generalBudget", d.revenue?.generalBudget != nil, .overview)
            expect("expenditure.total", d.expenditure?.total != nil, .overview)
            expect("expenditure.byClass", d.expenditure?.byClass != nil, .overview)
            expect("expenditure.basic", d.expenditure?.basic != nil, .expenditure)
            expect("expenditure.project", d.expenditure?.project != nil, .expenditure)
            expect("expenditure.byFunction", d.expenditure?.byFunction != nil, .expenditure)
            expect("fiscal.revenue", d.fiscal?.revenue != nil, .fiscal)
            expect("fiscal.expenditure", d.fiscal?.expenditure != nil, .fiscal)
            expect("fiscal.byClass", d.fiscal?.byClass != nil, .fiscal)
            expect("fiscal.generalBudgetTotal", d.fiscal?.generalBudgetTotal != nil, .generalBudget)
            expect("fiscal.generalBudgetByFunction", d.fiscal?.generalBudgetByFunction != nil, .generalBudget)
            expect("basicExpenditure.total", d.basicExpenditure?.total != nil, .basic)
            expect("basicExpenditure.personnel", d.basicExpenditure?.personnel != nil, .basic)
            expect("basicExpenditure.publicFunds", d.basicExpenditure?.publicFunds != nil, .basic)
            expect("basicExpenditure.byEconomicClass", d.basicExpenditure?.byEconomicClass != nil, .basic)
            expect("projects", d.projects != nil, .project)
            expect("projectTotals", d.projectTotals != nil, .project)
            expect("sangong.total", s?.total != nil, .sangong)
            expect("carryover", d.carryover != nil, .carryover)
        } else {
            expect("revenue.total", d.revenue?.total != nil)
            expect("revenue.currentYear", d.revenue?.currentYear != nil)
            expect("revenue.fiscal", d.revenue?.fiscal != nil)
            expect("expenditure.total", d.expenditure?.total != nil)
            expect("expenditure.basic", d.expenditure?.basic != nil)
            expect("expenditure.project", d.expenditure?.project != nil)
            expect("fiscal.revenue", d.fiscal?.revenue != nil)
            expect("fiscal.expenditure", d.fiscal?.expenditure != nil)
            expect("fiscal.generalBudgetTotal", d.fiscal?.generalBudgetTotal != nil)
            expect("fiscal.generalBudgetByFunction", d.fiscal?.generalBudgetByFunction != nil)
            expect("basicExpenditure.total", d.basicExpenditure?.total != nil)
            expect("basicExpenditure.personnel", d.basicExpenditure?.personnel != nil)
            expect("basicExpenditure.publicFunds", d.basicExpenditure?.publicFunds != nil)
            expect("sangong.total", s?.total != nil)
            expect("finalAccount.budgetComparisons", d.finalAccount?.budgetComparisons != nil)
            expect("finalAccount.performance", d.finalAccount?.performance != nil)
            expect("finalAccount.performanceSummary", d.finalAccount?.performanceSummary != nil)
        }
        expect("sangong.abroad", s?.abroad != nil, state.kind == .budget ? .sangong : nil)
        expect("sangong.reception", s?.reception != nil, state.kind == .budget ? .sangong : nil)
        expect("sangong.vehiclePurchase", s?.vehiclePurchase != nil, state.kind == .budget ? .sangong : nil)
        expect("sangong.vehicleRunning", s?.vehicleRunning != nil, state.kind == .budget ? .sangong : nil)
        expect("operatingCost", d.operatingCost != nil)
        expect("procurement.total", d.procurement?.total != nil)
        expect("assets.floorArea", d.assets?.floorArea != nil)
        expect("assets.vehicles", d.assets?.vehicles != nil)
        expect("yearOnYear", d.yearOnYear != nil)

        if state.kind == .budget {
            for kind in TableKind.allCases where state.table(kind) == nil {
                let stated = (d.emptyTables ?? []).contains { $0.table == "表\(kind.rawValue)" }
                if !stated {
                    state.report.add(.tableMissing, at: "表\(kind.rawValue)", "\(kind.standardTitle) not found")
                }
            }
        }
        var missing: [String] = []
        for e in expected where !e.present {
            if let line = state.emptyCells[e.field] {
                state.report.add(.statedEmpty, field: e.field, at: state.table(.sangong)?.label, line: line,
                                 "the row is there with an empty cell and the narrative does not state the figure: "
                                 + "absent, not 0")
                continue
            }
            if let table = e.table {
                let block = state.table(table)
                let label = block?.label ?? "表\(table.rawValue)"
                if (d.emptyTables ?? []).contains(where: { $0.table == label }) { continue }   // stated empty: nothing missing
                missing.append(e.field)
                if block == nil {
                    state.report.add(.notFound, field: e.field, at: label, "\(table.standardTitle) not found")
                } else {
                    state.report.add(.notFound, field: e.field, at: label, line: block?.titleLine, "row not found in the table")
                }
            } else {
                missing.append(e.field)
                state.report.add(.notFound, field: e.field, at: e.whereStated, "not stated in a form the importer reads")
            }
        }
        state.report.missing = missing
        let builtIn = state.catalogue.builtInUses.sorted()
        if !builtIn.isEmpty {
            state.report.add(.info, "function codes from the built-in classification list (the text does not pair them "
                             + "with names in a table): " + builtIn.joined(separator: ", "))
        }
    }
}
