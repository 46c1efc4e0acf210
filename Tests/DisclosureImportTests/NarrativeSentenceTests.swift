import BudgetModel
@testable import DisclosureImport
import XCTest

/// Narrative sentences as other disclosures word them: year-on-year
/// statements, the staff sentence, 机关运行经费, 政府采购, assets, 预决算差异率.
final class NarrativeSentenceTests: XCTestCase {
    /// A minimal disclosure: `profile` lines in 第一部分, then numbered narrative sections.
    private func disclosure(kind: String = "预算", profile: [String] = [], sections: [(String, [String])]) throws -> ImportResult {
        var lines = ["某某局", "2024 年部门\(kind)公开", "第一部分 部门概况", "二、机构设置及人员情况"] + profile
        lines.append("第三部分 2024 年部门\(kind)情况说明")
        for (heading, body) in sections {
            lines.append(heading)
            lines += body
        }
        return try DisclosureImporter.importText(lines.joined(separator: "\n"), file: "t.txt")
    }

    private func yoy(_ result: ImportResult, _ subject: String) -> YearOnYear? {
        result.department.yearOnYear?.first { $0.subject == subject }
    }

    func testYearOnYearWordings() throws {
        let r = try disclosure(sections: [
            ("二、关于某某局 2024 年收入预算情况说明", [
                "某某局部门收入预算 4,161.84 万元，比上年预算增加 1.00 万元，其中：",
                "一般公共预算 3,994.84 万元，占 95.99%，比上年预算增加 12.61 万元，增长 0.32%，主要原因是调资。",
                "单位资金１１３．００万元，较上年减少３．００万元，下降２．６３％。",
                "财政拨款结转 10.00 万元，较 2023 年预算减少 5.00 万元，下降 33.33%。",
            ]),
            ("三、关于某某局 2024 年支出预算情况说明", [
                "基本支出 1,292.84 万元，同比增加 12.61 万元，增长 0.98%。",
                "项目支出 2,869.00 万元，比上年预算减少 77.05",
                "",
                "万元，下降 2.62%，主要原因一是较 2023 年减少 38 万元，二是省管中心增加了 48 万元。",
            ]),
        ])
        let general = try XCTUnwrap(yoy(r, "revenue.generalBudget"))
        XCTAssertEqual(general.current?.value, Decimal(string: "3994.84"))
        XCTAssertEqual(general.change.value, Decimal(string: "12.61"))
        XCTAssertEqual(general.changePercent?.value, Decimal(string: "0.32"))
        XCTAssertEqual(general.basis, "上年预算")
        XCTAssertEqual(general.change.source?.table, "说明二")
        let unit = try XCTUnwrap(yoy(r, "revenue.unitFunds"))
        XCTAssertEqual(unit.change.value, -3)
        XCTAssertEqual(unit.changePercent?.value, Decimal(string: "-2.63"))
        XCTAssertEqual(yoy(r, "revenue.carryoverFiscal")?.change.value, -5, "the prior year named by its number")
        XCTAssertEqual(yoy(r, "revenue.carryoverFiscal")?.basis, "上年预算")
        XCTAssertEqual(yoy(r, "expenditure.basic")?.change.value, Decimal(string: "12.61"))
        let project = try XCTUnwrap(yoy(r, "expenditure.project"))
        XCTAssertEqual(project.change.value, Decimal(string: "-77.05"))
        XCTAssertEqual(project.changePercent?.value, Decimal(string: "-2.62"))
        XCTAssertEqual(project.changePercent?.source?.line, 15, "the percent's own line")
        XCTAssertEqual(yoy(r, "total")?.current?.value, Decimal(string: "4161.84"))
        // Figures inside the stated reasons are not statements about the subject.
        XCTAssertEqual(r.department.yearOnYear?.count, 6, "\(r.department.yearOnYear ?? [])")
    }

    func testSangongComponentsShareTheSentencesComparison() throws {
        let r = try disclosure(sections: [
            ("十、关于某某局 2024 年财政拨款“三公”经费预算情况说明", [
                "2024 年财政拨款“三公”经费预算数为 49.81 万元，其中：因公出国（境）费 0 万元，公务用车购置费 0 万元，公务用车运行费 47.91 万元，公务接待费 1.90 万元。",
                "2024 年财政拨款“三公”经费预算比上年预算减少 1.00 万元，下降 1.97%，其中：因公出国（境）费增加 0.00 万元，增长 0.00%，主要原因是未安排；公务接待费减少1.00万元，下降34.48%，主要原因是压减。",
            ]),
        ])
        XCTAssertEqual(yoy(r, "sangong.total")?.change.value, -1)
        XCTAssertEqual(yoy(r, "sangong.total")?.current?.value, Decimal(string: "49.81"), "the section's figure")
        XCTAssertEqual(yoy(r, "sangong.abroad")?.change.value, 0)
        XCTAssertEqual(yoy(r, "sangong.reception")?.change.value, -1)
        XCTAssertEqual(yoy(r, "sangong.reception")?.current?.value, Decimal(string: "1.90"))
        XCTAssertNil(yoy(r, "sangong.vehicleRunning"))
        // Without Table 10 the narrative's 三公 figures are the department's.
        XCTAssertEqual(r.department.sangong?.total?.value, Decimal(string: "49.81"))
        XCTAssertEqual(r.department.sangong?.vehicleRunning?.value, Decimal(string: "47.91"))
    }

    func testFunctionItemsResolveToCodes() throws {
        let r = try disclosure(sections: [
            ("五、关于某某局 2024 年一般公共预算当年拨款情况说明", [
                "（三）一般公共预算当年拨款具体使用情况",
                "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：2024 年预算数为 568.44 万元，比上年预算增加 29.49 万元，增长 5.47%。",
                "2. 住房保障支出(类)住房改革支出(款)住房公积金(项): 支出决算数为 81.53 万元, 比上年决算减少 2.11 万元, 下降 2.52%。",
                "3、农林水支出（类）某某新款（款）某某新项（项）：2024 年预算数为 1.00 万元，比上年预算增加 1.00 万元。",
            ]),
        ])
        XCTAssertEqual(yoy(r, "function.2010301")?.current?.value, Decimal(string: "568.44"))
        XCTAssertEqual(yoy(r, "function.2210201")?.change.value, Decimal(string: "-2.11"))
        XCTAssertEqual(yoy(r, "function.2210201")?.basis, "上年决算")
        // An unknown 款 is reported, not guessed.
        XCTAssertEqual(r.department.yearOnYear?.count, 2)
        XCTAssertTrue(r.report.notes.contains { $0.contains("某某新款") }, r.report.text)
    }

    func testStaffSentenceVariants() throws {
        let r = try disclosure(profile: [
            "某某局无下属预算单位，内设 3 个科室，分别为：办公室、业务科、财务科。",
            "某某局核定编制数：12 名，实有人数 15 名，其中：在职人员 10 名，增加 2 名；退休人员 5 名，减少 1 名；离休人员 0 名。",
        ], sections: [])
        let staff = try XCTUnwrap(r.department.staff)
        XCTAssertEqual(staff.authorized?.value, 12)
        XCTAssertEqual(staff.actual?.value, 15)
        XCTAssertEqual(staff.onDuty?.value, 10)
        XCTAssertEqual(staff.onDutyChange?.value, 2)
        XCTAssertEqual(staff.retired?.value, 5)
        XCTAssertEqual(staff.retiredChange?.value, -1)
        XCTAssertEqual(staff.separated?.value, 0)
        XCTAssertNil(staff.separatedChange)
        XCTAssertEqual(staff.onDuty?.source, Provenance(line: 6, table: "概况"))
        XCTAssertEqual(r.department.identity.budgetUnits, [])
        XCTAssertEqual(r.department.identity.divisions, ["办公室", "业务科", "财务科"])
    }

    func testOperatingCostProcurementAndAssets() throws {
        let r = try disclosure(sections: [
            ("十二、其他重要事项的情况说明", [
                "（一）机关运行经费情况",
                "2024年机关运行经费财政拨款预算 203.53 万元，比上年预算增加 7.90 万元，增长 4.04%。",
                "（二）政府采购情况",
                "2024年政府采购预算 1,451.49 万元，其中：政府采购货物预算 30.49 万元，政府采购工程预算 287.00 万元，政府采购服务预算 1,134.00 万元。",
                "面向中小企业预留政府采购项目预算金额 499.69 万元，小微企业预留政府采购项目预算金额 400.00 万元。",
                "（三）国有资产占用使用情况",
                "截至 2023 年底，占用使用国有资产总体情况为",
                "1. 房屋 18,834.54 平方米，价值 1,323.00 万元。",
                "2. 车辆 35 辆，价值 1,236.16 万元；其中：一般公务用车 2 辆，价值 10.00 万元；其他车辆 33 辆。",
                "单位价值 50 万元以上大型设备 4 台，单位价值 100 万元以上大型设备 1 台。",
                "2024 年安排购置 50 万元以上大型设备 9 台。",
            ]),
        ])
        let d = r.department
        XCTAssertEqual(d.operatingCost?.value, Decimal(string: "203.53"))
        XCTAssertEqual(yoy(r, "operatingCost")?.change.value, Decimal(string: "7.90"))
        XCTAssertEqual(d.procurement?.total?.value, Decimal(string: "1451.49"))
        XCTAssertEqual(d.procurement?.works?.value, 287)
        XCTAssertEqual(d.procurement?.smallMicroReserved?.value, 400)
        XCTAssertEqual(d.assets?.asOf, "2023年底")
        XCTAssertEqual(d.assets?.floorArea?.value, Decimal(string: "18834.54"))
        XCTAssertEqual(d.assets?.buildingValue?.value, 1323)
        XCTAssertEqual(d.assets?.vehicles?.value, 35)
        XCTAssertEqual(d.assets?.generalOfficialVehicles?.value, 2)
        XCTAssertNil(d.assets?.lawEnforcementVehicles)
        XCTAssertEqual(d.assets?.otherVehicles?.value, 33)
        XCTAssertEqual(d.assets?.equipmentOver50?.value, 4, "holdings, not the purchases planned")
        XCTAssertEqual(d.assets?.equipmentOver100?.value, 1)
    }

    func testFinalAccountComparisons() throws {
        let r = try disclosure(kind: "决算", sections: [
            ("四、财政拨款收入支出决算总体情况说明", [
                "财政拨款收入支出总体与上年相比，增加 195.35 万元，增长 66.10%。与年初预算相比，年初预算数 544.01 万元，决算数 490.88 万元，预决算差异率-9.77%，主要原因是调减。",
            ]),
            ("九、财政拨款“三公”经费支出决算情况说明", [
                "与全年预算相比，财政拨款“三公”经费支出全年预算数 23.40 万元，决算数 23.40 万元，预决算差异率 0.00%。其中：公务接待费全年预算数 1.00 万元，决算数 0.50 万元，预决算差异率-50.00%。",
            ]),
        ])
        let comparisons = try XCTUnwrap(r.department.finalAccount?.budgetComparisons)
        XCTAssertEqual(comparisons.map(\.subject), ["fiscal", "sangong.total", "sangong.reception"])
        XCTAssertEqual(comparisons[0].initialBudget?.value, Decimal(string: "544.01"))
        XCTAssertEqual(comparisons[0].final.value, Decimal(string: "490.88"))
        XCTAssertEqual(comparisons[0].statedVarianceRate?.value, Decimal(string: "-9.77"))
        XCTAssertNil(comparisons[1].initialBudget)
        XCTAssertEqual(comparisons[1].fullYearBudget?.value, Decimal(string: "23.40"))
        XCTAssertEqual(comparisons[2].final.value, Decimal(string: "0.50"))
        XCTAssertEqual(yoy(r, "fiscal")?.change.value, Decimal(string: "195.35"))
    }
}
