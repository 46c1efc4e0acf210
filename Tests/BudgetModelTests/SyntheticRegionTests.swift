import BudgetModel
import Foundation
import XCTest

/// The synthetic region generator: deterministic, loadable, internally
/// consistent unless asked otherwise, and each injected error detectable.
final class SyntheticRegionTests: XCTestCase {
    func testSameSeedGivesTheSameBytes() throws {
        let options = SyntheticRegion.Options(count: 40, seed: 20240601, inconsistencies: 5, badFiles: 3)
        let first = try SyntheticRegion.generate(options)
        let second = try SyntheticRegion.generate(options)
        XCTAssertEqual(first.map(\.name), second.map(\.name))
        XCTAssertEqual(first.map(\.text), second.map(\.text))

        let base = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let a = base.appendingPathComponent("a"), b = base.appendingPathComponent("b")
        try SyntheticRegion.write(first, to: a)
        try SyntheticRegion.write(second, to: b)
        let names = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
        XCTAssertEqual(names.count, 43)
        XCTAssertEqual(names, try FileManager.default.contentsOfDirectory(atPath: b.path).sorted())
        for name in names {
            XCTAssertEqual(try Data(contentsOf: a.appendingPathComponent(name)),
                           try Data(contentsOf: b.appendingPathComponent(name)), name)
        }
    }

    func testDifferentSeedsGiveDifferentRegions() throws {
        let one = try SyntheticRegion.generate(.init(count: 5, seed: 1))
        let two = try SyntheticRegion.generate(.init(count: 5, seed: 2))
        XCTAssertNotEqual(one.map(\.text), two.map(\.text))
    }

    func testInconsistenciesChangeOnlyTheFiguresTheyAlter() throws {
        let clean = try SyntheticRegion.generate(.init(count: 20, seed: 99))
        let broken = try SyntheticRegion.generate(.init(count: 20, seed: 99, inconsistencies: 6))
        XCTAssertEqual(broken.reduce(0) { $0 + $1.injected.count }, 6)
        for (a, b) in zip(clean, broken) where b.injected.isEmpty {
            XCTAssertEqual(a.text, b.text, a.name)
        }
    }

    func testEveryFileLoadsAndIsMarkedSynthetic() throws {
        let files = try SyntheticRegion.generate(.init(count: 60, seed: 7, inconsistencies: 8))
        var finals = 0, omitted = 0
        for file in files {
            let department = try DepartmentFile.decode(file.text, file: file.name)
            XCTAssertEqual(department, file.department, file.name)
            XCTAssertEqual(department.identity.synthetic, true, file.name)
            XCTAssertTrue(department.identity.name.hasPrefix("（模拟）"), department.identity.name)
            XCTAssertTrue(file.text.hasPrefix("# 模拟数据 (synthetic)"), file.name)
            let onDuty = try XCTUnwrap(department.staff?.onDuty?.value, file.name)
            XCTAssertTrue((5...600).contains(onDuty), "\(file.name): \(onDuty) staff")
            if department.identity.kind == .final {
                finals += 1
                XCTAssertFalse(department.finalAccount?.performance?.isEmpty ?? true, file.name)
                XCTAssertEqual(department.identity.year, 2024)
            } else {
                XCTAssertFalse(department.projects?.isEmpty ?? true, file.name)
                XCTAssertEqual(department.identity.year, 2025)
            }
            if !file.omitted.isEmpty { omitted += 1 }
        }
        XCTAssertEqual(Set(files.map(\.department!.identity.name)).count, 60, "names are unique")
        XCTAssertGreaterThan(finals, 3)
        XCTAssertLessThan(finals, 25)
        XCTAssertGreaterThan(omitted, 0)
    }

    func testConsistentUnlessAnInconsistencyWasInjected() throws {
        let files = try SyntheticRegion.generate(.init(count: 80, seed: 31337, missingPercent: 0, inconsistencies: 25))
        var injectedKinds: Set<InjectedInconsistency.Kind> = []
        for file in files {
            let department = try XCTUnwrap(file.department)
            let violations = ConsistencyProbe.violations(in: department)
            if file.injected.isEmpty {
                XCTAssertEqual(violations, [], file.name)
            } else {
                XCTAssertFalse(violations.isEmpty, "\(file.name): \(file.injected) not detectable")
                injectedKinds.formUnion(file.injected.map(\.kind))
            }
        }
        XCTAssertGreaterThanOrEqual(injectedKinds.count, 5, "\(injectedKinds)")
    }

    func testMalformedFilesFailWithLocatedErrors() throws {
        let files = try SyntheticRegion.generate(.init(count: 2, seed: 5, badFiles: SyntheticMalformedFile.allCases.count))
        let bad = files.filter { $0.malformed != nil }
        XCTAssertEqual(Set(bad.compactMap(\.malformed)), Set(SyntheticMalformedFile.allCases))
        for file in bad {
            XCTAssertThrowsError(try DepartmentFile.decode(file.text, file: file.name), file.name) { error in
                let error = error as? DepartmentFileError
                XCTAssertNotNil(error?.line, "\(file.name): \(String(describing: error))")
            }
        }
    }

    func testSplitMix64KnownValues() {
        // Reference values of SplitMix64 for seed 0 (Vigna's splitmix64.c).
        var rng = SplitMix64(seed: 0)
        XCTAssertEqual(rng.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(rng.next(), 0x6E78_9E6A_A1B9_65F4)
        var bounded = SplitMix64(seed: 42)
        for _ in 0..<1000 { XCTAssertTrue((5...600).contains(bounded.int(in: 5...600))) }
    }
}

/// An independent check of the identities a consistent department satisfies,
/// written here (not shared with the generator) so the test can fail.
enum ConsistencyProbe {
    static func violations(in d: Department) -> [String] {
        var found: [String] = []
        func equal(_ a: Decimal?, _ b: Decimal?, _ rule: String) {
            guard let a, let b else { return }
            if a != b { found.append("\(rule): \(a) ≠ \(b)") }
        }
        func sum(_ values: [Decimal?]) -> Decimal { values.compactMap { $0 }.reduce(0, +) }

        equal(d.revenue?.total?.value, d.expenditure?.total?.value, "收入总计 = 支出总计")
        if let revenue = d.revenue {
            let sources = sum([revenue.generalBudget?.value, revenue.fiscal?.value, revenue.unitFunds?.value])
            equal(revenue.currentYear?.value, sources, "本年收入 = 来源之和")
            equal(revenue.total?.value, sum([revenue.currentYear?.value, revenue.carryover?.value]), "收入总计")
        }
        if let e = d.expenditure {
            equal(e.currentYear?.value, sum([e.basic?.value, e.project?.value]), "基本 + 项目 = 本年支出")
        }
        if let b = d.basicExpenditure {
            equal(b.total?.value, sum([b.personnel?.value, b.publicFunds?.value]), "人员 + 公用 = 基本")
            if let rows = b.byEconomicClass {
                for parent in rows where parent.code.count == 3 {
                    equal(parent.total?.value, sum(rows.filter { $0.code.count == 5 && $0.code.hasPrefix(parent.code) }.map { $0.total?.value }),
                          "经济分类 \(parent.code)")
                }
                let byCode = Dictionary(uniqueKeysWithValues: rows.map { ($0.code, $0.total?.value) })
                equal(b.personnel?.value, sum([byCode["301"] ?? nil, byCode["303"] ?? nil]), "人员经费 = 301 + 303")
                equal(b.publicFunds?.value, byCode["302"] ?? nil, "公用经费 = 302")
            }
        }
        func checkFunctionTable(_ rows: [FunctionRow]?, total: Decimal?, name: String) {
            guard let rows else { return }
            for row in rows {
                if row.basic != nil || row.project != nil {
                    equal(row.total?.value, sum([row.basic?.value, row.project?.value]), "\(name) \(row.code) 合计")
                }
                let children = rows.filter { FunctionCode.parent(of: $0.code) == row.code }
                if !children.isEmpty {
                    equal(row.total?.value, sum(children.map { $0.total?.value }), "\(name) \(row.code) 汇总")
                }
            }
            equal(total, sum(rows.filter { $0.code.count == 3 }.map { $0.total?.value }), "\(name) 总计")
        }
        checkFunctionTable(d.expenditure?.byFunction, total: d.expenditure?.currentYear?.value, name: "表3")
        checkFunctionTable(d.fiscal?.generalBudgetByFunction, total: d.fiscal?.generalBudgetTotal?.value, name: "表5")
        if let classes = d.expenditure?.byClass, let rows = d.expenditure?.byFunction {
            for item in classes { equal(item.amount.value, rows.first { $0.code == item.code }?.total?.value, "表1 = 表3 \(item.code)") }
        }
        if let projects = d.projects {
            for project in projects {
                equal(project.amount.value, sum(project.economicSplit?.values.map(\.value) ?? []), "项目 \(project.name)")
            }
            equal(d.projectTotals?.amount?.value, sum(projects.map(\.amount.value)), "表7 总计")
            equal(d.fiscal?.generalBudgetProject?.value, sum(projects.map(\.amount.value)), "表5 项目 = 表7")
        }
        if let s = d.sangong {
            equal(s.total?.value, sum([s.abroad?.value, s.reception?.value, s.vehicles?.value]), "三公合计")
            if s.vehicles != nil {
                equal(s.vehicles?.value, sum([s.vehiclePurchase?.value, s.vehicleRunning?.value]), "公务用车")
            }
        }
        for statement in d.yearOnYear ?? [] {
            guard let current = statement.current?.value, let percent = statement.changePercent?.value else { continue }
            let prior = current - statement.change.value
            guard prior != 0 else { continue }
            equal(percent, (statement.change.value * 100 / prior).rounded(scale: 2), "增长率 \(statement.subject)")
        }
        if let account = d.finalAccount {
            for comparison in account.budgetComparisons ?? [] {
                guard let budget = comparison.initialBudget?.value ?? comparison.fullYearBudget?.value, budget != 0 else { continue }
                equal(comparison.statedVarianceRate?.value,
                      ((comparison.final.value - budget) * 100 / budget).rounded(scale: 2), "差异率 \(comparison.subject)")
            }
            let evaluations = account.performance ?? []
            for evaluation in evaluations {
                guard let executed = evaluation.executed?.value, let full = evaluation.fullYearBudget?.value, full != 0 else { continue }
                equal(evaluation.statedExecutionRate?.value, (executed * 100 / full).rounded(scale: 2), "执行率 \(evaluation.project)")
            }
            equal(account.performanceSummary?.executed?.value, sum(evaluations.map { $0.executed?.value }), "绩效 执行数")
            equal(account.performanceSummary?.fullYearBudget?.value, sum(evaluations.map { $0.fullYearBudget?.value }), "绩效 预算数")
            equal(d.expenditure?.project?.value, sum(evaluations.map { $0.executed?.value }), "项目支出 = Σ执行数")
        }
        return found
    }
}
