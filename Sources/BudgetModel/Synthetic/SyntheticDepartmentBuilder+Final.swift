import Foundation

extension SyntheticDepartmentBuilder {
    /// Turns a built budget into a final account (决算) as the disclosures
    /// state it: figures in the narrative (no Tables 1, 3, 6, 7), budget
    /// against outturn with stated 预决算差异率, and one 项目支出绩效自评表 per
    /// project whose 执行率 and 得分 agree with its amounts.
    func makeFinalAccount(_ department: inout Department, drafts: [ProjectDraft], rng: inout SplitMix64) {
        let zero = amount(0)
        let fiscalTotal = department.revenue?.generalBudget ?? zero

        var revenue = department.revenue ?? Revenue()
        revenue.fiscal = fiscalTotal
        revenue.generalBudget = nil
        revenue.businessIncome = zero
        revenue.superiorSubsidy = zero
        revenue.affiliatedRemittance = zero
        revenue.operatingIncome = zero
        revenue.otherIncome = zero
        revenue.carryover = zero
        revenue.nonFiscalBalanceUsed = zero
        department.revenue = revenue

        department.expenditure?.remittedToSuperior = zero
        department.expenditure?.operating = zero
        department.expenditure?.subsidiesToAffiliates = zero
        department.expenditure?.balanceDistribution = zero
        department.expenditure?.yearEndCarryover = zero
        department.expenditure?.byClass = nil
        department.expenditure?.byFunction = nil

        department.fiscal?.openingCarryover = zero
        department.fiscal?.closingCarryover = zero
        department.fiscal?.byClass = nil
        department.basicExpenditure?.byEconomicClass = nil
        department.projects = nil
        department.projectTotals = nil
        department.carryover = nil
        department.emptyTables = [
            EmptyTableStatement(table: "政府性基金预算财政拨款收入支出决算表",
                                text: "本单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。"),
            EmptyTableStatement(table: "国有资本经营预算财政拨款收入支出决算表",
                                text: "本单位本年度无国有资本经营预算财政拨款收入、支出及结转和结余，国有资本经营预算财政拨款收入支出决算表为空表。"),
        ]

        var account = FinalAccount()
        var comparisons: [BudgetComparison] = []
        let fiscalUnits = Self.units(fiscalTotal.value)
        let initial = max(1, fiscalUnits * rng.int(in: 85...115) / 100)
        for subject in [YearOnYear.Subject.fiscal, .generalBudget] {
            comparisons.append(BudgetComparison(subject: subject.rawValue, initialBudget: amount(initial),
                                                final: fiscalTotal, statedVarianceRate: Self.rate(fiscalUnits, initial)))
        }
        if let sangong = department.sangong {
            let parts: [(YearOnYear.Subject, Amount?)] = [
                (.sangongTotal, sangong.total), (.sangongAbroad, sangong.abroad),
                (.sangongReception, sangong.reception), (.sangongVehicleRunning, sangong.vehicleRunning),
            ]
            for (subject, figure) in parts {
                guard let figure else { continue }
                let final = Self.units(figure.value)
                let budget = subject == .sangongTotal ? final : final * rng.int(in: 100...110) / 100
                comparisons.append(BudgetComparison(subject: subject.rawValue, initialBudget: nil,
                                                    fullYearBudget: amount(budget), final: figure,
                                                    statedVarianceRate: Self.rate(final, budget)))
            }
            // The total's budget is the sum of its components' budgets.
            if let index = comparisons.firstIndex(where: { $0.subject == YearOnYear.Subject.sangongTotal.rawValue }) {
                let budget = comparisons.filter { $0.subject.hasPrefix("sangong.") && $0.subject != YearOnYear.Subject.sangongTotal.rawValue }
                    .reduce(0) { $0 + Self.units($1.fullYearBudget!.value) }
                let final = Self.units(comparisons[index].final.value)
                comparisons[index].fullYearBudget = amount(budget)
                comparisons[index].statedVarianceRate = Self.rate(final, budget)
            }
        }
        account.budgetComparisons = comparisons

        var evaluations: [PerformanceEvaluation] = []
        var fullYearSum = 0, executedSum = 0
        for draft in drafts {
            let executed = draft.amount
            let fullYear = executed * rng.int(in: 100...112) / 100
            let initialBudget = max(1, fullYear * rng.int(in: 80...120) / 100)
            let rate = fullYear == 0 ? Decimal(0) : (Decimal(executed) * 100 / Decimal(fullYear)).rounded(scale: 2)
            var evaluation = PerformanceEvaluation(project: draft.name)
            evaluation.supervisor = department.identity.name
            evaluation.implementer = department.identity.name
            evaluation.initialBudget = amount(initialBudget)
            evaluation.fullYearBudget = amount(fullYear)
            evaluation.executed = amount(executed)
            evaluation.weight = Score(10)
            evaluation.statedExecutionRate = Percent(rate)
            evaluation.score = Score((rate / 10).rounded(scale: 2))
            evaluation.totalScore = Score(Decimal(rng.int(in: 8500...10000)) / 100)
            evaluation.fiscalInitialBudget = evaluation.initialBudget
            evaluation.fiscalFullYearBudget = evaluation.fullYearBudget
            evaluation.fiscalExecuted = evaluation.executed
            evaluations.append(evaluation)
            fullYearSum += fullYear
            executedSum += executed
        }
        account.performance = evaluations
        var summary = PerformanceSummary()
        summary.projects = Count(drafts.count)
        summary.fullYearBudget = amount(fullYearSum)
        summary.executed = amount(executedSum)
        account.performanceSummary = summary
        department.finalAccount = account
    }

    /// (决算数 − 预算数) / 预算数 in percent, rounded half up to 0.01 %.
    static func rate(_ final: Int, _ budget: Int) -> Percent {
        guard budget != 0 else { return Percent(0) }
        return Percent((Decimal(final - budget) * 100 / Decimal(budget)).rounded(scale: 2))
    }
}
