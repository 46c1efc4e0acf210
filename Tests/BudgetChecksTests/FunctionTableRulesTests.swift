import BudgetChecks
import BudgetModel
import XCTest

/// Tables 3 and 5 by function class: subtotals, classes to 总计, row splits.
final class FunctionTableRulesTests: XCTestCase {
    private func row(_ code: String, _ total: String?, _ basic: String? = nil, _ project: String? = nil,
                     line: Int) -> FunctionRow {
        FunctionRow(code: code, total: total.map { amount($0, line: line) }, basic: basic.map { amount($0, line: line) },
                    project: project.map { amount($0, line: line) }, line: line)
    }

    /// Seed 000's 201 and 208 as in Table 3, with 208 05's 项 as published (they add up to 193.04).
    private func seedLike(class201: String = "3784.35", project2010399: String? = "2869.00") -> Department {
        department {
            $0.expenditure = Expenditure()
            $0.expenditure?.currentYear = amount("3977.38", line: 178)
            $0.expenditure?.basic = amount("1108.38", line: 178)
            $0.expenditure?.project = amount("2869.00", line: 178)
            $0.expenditure?.byFunction = [
                row("201", class201, "915.35", "2869.00", line: 179),
                row("20103", "3784.35", "915.35", "2869.00", line: 180),
                row("2010301", "568.44", "568.44", line: 181),
                row("2010350", "346.91", "346.91", line: 182),
                row("2010399", "2869.00", nil, project2010399, line: 183),
                row("208", "193.03", "193.03", line: 184),
                row("20805", "193.03", "193.03", line: 185),
                row("2080501", "32.32", "32.32", line: 186),
                row("2080502", "52.01", "52.01", line: 187),
                row("2080505", "108.70", "108.70", line: 188),
            ]
        }
    }

    func testSubtotalsPassRoundAndFail() {
        let rule = FunctionSubtotals()
        XCTAssertEqual(briefs(rule, seedLike()), [])
        var rounding = seedLike()
        rounding.expenditure?.byFunction?[9] = row("2080505", "108.71", "108.71", line: 188)
        XCTAssertEqual(briefs(rule, rounding), [
            "rounding 193.04→193.03 (-0.01) 表3 20805 合计 [185, 186, 187, 188]",
            "rounding 193.04→193.03 (-0.01) 表3 20805 基本支出 [185, 186, 187, 188]",
        ])
        XCTAssertEqual(briefs(rule, seedLike(class201: "3884.35")),
                       ["inconsistency 3784.35→3884.35 (100.00) 表3 201 合计 [179, 180]"])
        assertWellFormed(rule, seedLike(class201: "1"))
    }

    func testSubtotalsNeedTheParentCellAndAStatedPart() {
        var partial = seedLike()
        partial.expenditure?.byFunction?[1].basic = nil
        XCTAssertEqual(briefs(FunctionSubtotals(), partial), [],
                       "20103 基本支出 blank: nothing to check it against, and 201 has no stated part")
        partial = seedLike()
        partial.expenditure?.byFunction?[2].basic = nil
        XCTAssertEqual(briefs(FunctionSubtotals(), partial),
                       ["inconsistency 346.91→915.35 (568.44) 表3 20103 基本支出 [180, 182]"],
                       "a blank part among stated ones counts as nothing")
    }

    func testClassSumsToItemsWhenNoSectionRows() {
        // A final account lists 类 and 项 only (seed 002).
        let final = department(kind: .final) {
            $0.fiscal = FiscalAppropriation()
            $0.fiscal?.generalBudgetTotal = amount("490.88", line: 104)
            $0.fiscal?.generalBudgetByFunction = [
                row("201", "465.76", line: 108), row("2010301", "272.36", line: 113),
                row("2010302", "193.41", line: 115), row("208", "25.13", line: 109), row("2080505", "25.13", line: 117),
            ]
        }
        XCTAssertEqual(briefs(FunctionSubtotals(), final), ["rounding 465.77→465.76 (-0.01) 表5 201 合计 [108, 113, 115]"])
        XCTAssertEqual(briefs(FunctionClassesSum(), final), ["rounding 490.89→490.88 (-0.01) 表5 总计 合计 [104, 108, 109]"])
    }

    func testClassesSumToTotal() {
        let rule = FunctionClassesSum()
        XCTAssertEqual(briefs(rule, seedLike()), [])
        var wrong = seedLike()
        wrong.expenditure?.basic = amount("1108.48", line: 178)
        XCTAssertEqual(briefs(rule, wrong), ["inconsistency 1108.38→1108.48 (0.10) 表3 总计 基本支出 [178, 179, 184]"])
        wrong.expenditure?.basic = amount("1108.39", line: 178)
        XCTAssertEqual(briefs(rule, wrong), ["rounding 1108.38→1108.39 (0.01) 表3 总计 基本支出 [178, 179, 184]"])
        wrong.expenditure?.basic = nil
        XCTAssertEqual(briefs(rule, wrong), [])
        XCTAssertEqual(briefs(rule, department { $0.expenditure = Expenditure() }), [])
    }

    func testRowSplit() {
        let rule = FunctionRowSplit()
        XCTAssertEqual(briefs(rule, seedLike()), [])
        XCTAssertEqual(briefs(rule, seedLike(project2010399: "2869.01")),
                       ["rounding 2869.01→2869.00 (-0.01) 表3 2010399 合计 [183]"])
        XCTAssertEqual(briefs(rule, seedLike(class201: "3000.00")),
                       ["inconsistency 3784.35→3000.00 (-784.35) 表3 201 合计 [179]"])
        XCTAssertEqual(briefs(rule, seedLike(project2010399: nil)), [], "a row with only its 合计 has no split")
    }
}
