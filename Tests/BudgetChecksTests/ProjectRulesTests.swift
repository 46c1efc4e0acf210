import BudgetChecks
import BudgetModel
import XCTest

/// Table 7: projects to 总计, each project's economic split.
final class ProjectRulesTests: XCTestCase {
    private func project(_ name: String, _ total: String, _ split: [String: String], line: Int) -> Project {
        Project(name: name, amount: amount(total, line: line),
                economicSplit: split.mapValues { amount($0, line: line) }, line: line)
    }

    private func table7(first: String = "2175.00", firstWages: String = "1984.00", totalAmount: String? = "3316.00")
        -> Department {
        department {
            $0.projects = [
                project("昆仑宾馆定额补助项目", first, ["301": firstWages, "302": "191.00"], line: 363),
                project("机关车队定额补助项目", "1141.00", ["301": "998.00", "302": "143.00"], line: 373),
            ]
            var totals = ProjectTotals()
            totals.amount = totalAmount.map { amount($0, line: 351) }
            totals.economicSplit = ["301": amount("2982.00", line: 351), "302": amount("334.00", line: 351)]
            totals.line = 351
            $0.projectTotals = totals
        }
    }

    func testProjectsSumToTotal() {
        let rule = ProjectsSum()
        XCTAssertEqual(briefs(rule, table7()), [])
        XCTAssertEqual(briefs(rule, table7(first: "2175.01", firstWages: "1984.01")), [
            "rounding 3316.01→3316.00 (-0.01) 表7 总计 项目支出合计 [351, 363, 373]",
            "rounding 2982.01→2982.00 (-0.01) 表7 总计 301 工资福利支出 [351, 363, 373]",
        ])
        XCTAssertEqual(briefs(rule, table7(totalAmount: "3300.00")),
                       ["inconsistency 3316.00→3300.00 (-16.00) 表7 总计 项目支出合计 [351, 363, 373]"])
        var noTotals = table7()
        noTotals.projectTotals = nil
        XCTAssertEqual(briefs(rule, noTotals), [])
        assertWellFormed(rule, table7(totalAmount: "1"))
    }

    func testProjectEconomicSplit() {
        let rule = ProjectEconomicSplit()
        XCTAssertEqual(briefs(rule, table7()), [])
        XCTAssertEqual(briefs(rule, table7(firstWages: "1984.01")),
                       ["rounding 2175.01→2175.00 (-0.01) 表7 昆仑宾馆定额补助项目 [363]"])
        XCTAssertEqual(briefs(rule, table7(totalAmount: "3000.00")),
                       ["inconsistency 3316.00→3000.00 (-316.00) 表7 总计 [351]"])
        var noSplit = table7()
        noSplit.projects?[0].economicSplit = nil
        noSplit.projects?[0].amount = amount("1.00")
        XCTAssertEqual(briefs(rule, noSplit), [], "a project without its split is not checked")
    }

    func testTable7VersusTable5() {
        let rule = Table7VersusTable5()
        var departmentWith5 = table7()
        departmentWith5.fiscal = FiscalAppropriation()
        departmentWith5.fiscal?.generalBudgetProject = amount("3316.00", line: 268)
        XCTAssertEqual(briefs(rule, departmentWith5), [])
        departmentWith5.fiscal?.generalBudgetProject = amount("3316.01", line: 268)
        XCTAssertEqual(briefs(rule, departmentWith5),
                       ["rounding 3316.01→3316.00 (-0.01) 表7 项目支出 对 表5 总计 项目支出 [268, 363, 373]"])
        departmentWith5.fiscal?.generalBudgetProject = amount("10343.17", line: 268)
        XCTAssertEqual(briefs(rule, departmentWith5).first?.hasPrefix("inconsistency 10343.17→3316.00"), true)
        departmentWith5.projects = nil
        XCTAssertEqual(briefs(rule, departmentWith5),
                       ["inconsistency 10343.17→3316.00 (-7027.17) 表7 项目支出 对 表5 总计 项目支出 [268, 351]"],
                       "without projects, Table 7's 总计 stands for them")
        departmentWith5.fiscal = nil
        XCTAssertEqual(briefs(rule, departmentWith5), [])
    }
}
