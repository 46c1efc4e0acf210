import BudgetModel
import Foundation
import XCTest

/// Checks every fixture against the seed disclosure it was entered from:
/// each figure that names a line must appear on that line of the seed text
/// (with or without thousands separators, "2,702.00" = "2702.00" = "2702"),
/// and each named row must be on the line it claims. A wrong line number or a
/// typo in a value fails here.
final class FixtureProvenanceTests: XCTestCase {
    func testThereIsOneFixturePerSeed() throws {
        let fixtures = try FixtureFiles.all()
        XCTAssertEqual(fixtures.count, 4, "\(fixtures.map(\.lastPathComponent))")
        let sources = try fixtures.map { try DepartmentFile.load($0).identity.source ?? "" }
        XCTAssertEqual(Set(sources), ["000_48bb68b1a07c75d5.txt", "001_0566f4c83be83170.txt",
                                      "002_4ec144158e136e59.txt", "004_a42ce23be4573852.txt"])
    }

    func testEveryFigureIsOnItsLine() throws {
        for url in try FixtureFiles.all() {
            let department = try DepartmentFile.load(url)
            let source = try XCTUnwrap(department.identity.source, url.lastPathComponent)
            let lines = try FixtureFiles.seedLines(source)
            let figures = FigureWalk.figures(in: department)
            // Every `{value: …, line: …}` mapping of the file was reached by the walk.
            let text = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(figures.count, text.components(separatedBy: "{value:").count - 1,
                           "\(url.lastPathComponent): figures reached by the walk")
            XCTAssertGreaterThan(figures.count, 50, url.lastPathComponent)
            for figure in figures {
                let line = try XCTUnwrap(figure.source?.line, "\(url.lastPathComponent) \(figure.path): no line")
                guard line >= 1, line <= lines.count else {
                    XCTFail("\(url.lastPathComponent) \(figure.path): line \(line) outside \(source)")
                    continue
                }
                let numbers = SeedNumbers.numbers(in: lines[line - 1])
                XCTAssertTrue(numbers.contains(abs(figure.value)),
                              "\(url.lastPathComponent) \(figure.path) = \(figure.value): not on \(source):\(line): \(lines[line - 1].prefix(160))")
                XCTAssertNotNil(figure.source?.table, "\(url.lastPathComponent) \(figure.path): no table/section")
            }
            for row in FigureWalk.namedRows(in: department) {
                guard row.line >= 1, row.line <= lines.count else {
                    XCTFail("\(url.lastPathComponent) \(row.path): line \(row.line) outside \(source)")
                    continue
                }
                let squeezed = lines[row.line - 1].filter { !$0.isWhitespace }
                XCTAssertTrue(squeezed.contains(row.name.filter { !$0.isWhitespace }),
                              "\(url.lastPathComponent) \(row.path): \"\(row.name)\" not on \(source):\(row.line)")
            }
        }
    }

    func testSeedNumbersToleratesGrouping() {
        let numbers = SeedNumbers.numbers(in: "项目支出 2,702.00 万元，比上年预算减少 1,672.81 万元，下降 82.15%；2702")
        XCTAssertTrue(numbers.contains(Decimal(string: "2702")!))
        XCTAssertTrue(numbers.contains(Decimal(string: "1672.81")!))
        XCTAssertTrue(numbers.contains(Decimal(string: "82.15")!))
        XCTAssertFalse(numbers.contains(Decimal(string: "2.70")!))
        XCTAssertFalse(numbers.contains(Decimal(string: "672.81")!))
    }

    // MARK: Key totals per fixture

    func test000KeyTotals() throws {
        let d = try load("000")
        XCTAssertEqual(d.identity.kind, .budget)
        XCTAssertEqual(d.identity.year, 2024)
        XCTAssertEqual(d.identity.shortName, "新疆驻北京办事处")
        XCTAssertEqual(d.revenue?.total?.value, dec("4161.84"))
        XCTAssertEqual(d.revenue?.generalBudget?.value, dec("3994.84"))
        XCTAssertEqual(d.expenditure?.total?.value, dec("4161.84"))
        XCTAssertEqual(d.basicExpenditure?.personnel?.value, dec("1089.31"))
        XCTAssertEqual(d.basicExpenditure?.publicFunds?.value, dec("203.53"))
        XCTAssertEqual(d.sangong?.total?.value, dec("49.81"))
        // Table 10 leaves 因公出国（境）费 and 公务用车购置费 empty; 说明十 (line 515) states both as 0.
        XCTAssertEqual(d.sangong?.abroad, Amount(0, line: 515, table: "说明十"))
        XCTAssertEqual(d.sangong?.vehiclePurchase, Amount(0, line: 515, table: "说明十"))
        XCTAssertEqual(d.sangong?.reception?.source, Provenance(line: 375, table: "表10"), "Table 10's figure is kept")
        XCTAssertEqual(d.staff?.onDuty?.value, 44)
        XCTAssertEqual(d.staff?.onDutyChange?.value, -5)
        XCTAssertEqual(d.staff?.authorized?.value, 60)
        XCTAssertEqual(d.expenditure?.byFunction?.count, 18)
        XCTAssertEqual(d.fiscal?.generalBudgetByFunction?.count, 18)
        XCTAssertEqual(d.basicExpenditure?.byEconomicClass?.count, 29)
        XCTAssertEqual(d.projects?.count, 1)
        XCTAssertEqual(d.projects?.first?.economicSplit?["310"]?.value, dec("88.10"))
        XCTAssertEqual(d.operatingCost?.value, dec("203.53"))
        XCTAssertEqual(d.yearOnYear(.revenueCarryoverFiscal)?.change.value, dec("-77.05"))
        XCTAssertEqual(d.yearOnYear?.count, 24)
        XCTAssertEqual(d.emptyTables?.map(\.table), ["表8", "表9"])
        XCTAssertNil(d.finalAccount)
    }

    func test001KeyTotals() throws {
        let d = try load("001")
        XCTAssertEqual(d.identity.kind, .budget)
        XCTAssertEqual(d.revenue?.total?.value, dec("18304.02"))
        XCTAssertEqual(d.revenue?.unitFunds?.value, dec("1940.10"))
        XCTAssertEqual(d.revenue?.operatingIncome?.value, dec("1933.70"))
        XCTAssertEqual(d.staff?.onDuty?.value, 586)
        XCTAssertEqual(d.staff?.retiredChange?.value, -2)
        // Table 6 as printed: 5,348.93 + 308.42 = 5,657.35, not the stated 5,657.34.
        XCTAssertEqual(d.basicExpenditure?.total?.value, dec("5657.34"))
        XCTAssertEqual(d.basicExpenditure?.personnel?.value, dec("5348.93"))
        XCTAssertEqual(d.basicExpenditure?.publicFunds?.value, dec("308.42"))
        XCTAssertEqual(d.projects?.count, 18)
        XCTAssertEqual(d.projects?.reduce(Decimal(0)) { $0 + $1.amount.value }, dec("10343.17"))
        XCTAssertEqual(d.projectTotals?.amount?.value, dec("10343.17"))
        XCTAssertEqual(d.sangong?.total?.value, dec("68.30"))
        // Table 10 leaves 出国, 接待 and 购置 empty; 说明十 (line 837) states each as 0.
        XCTAssertEqual(d.sangong?.abroad, Amount(0, line: 837, table: "说明十"))
        XCTAssertEqual(d.sangong?.reception, Amount(0, line: 837, table: "说明十"))
        XCTAssertEqual(d.sangong?.vehiclePurchase, Amount(0, line: 837, table: "说明十"))
        XCTAssertEqual(d.assets?.floorArea?.value, dec("222237.72"))
        XCTAssertEqual(d.procurement?.smallMicroReserved?.value, dec("4549.40"))
        XCTAssertEqual(d.yearOnYear?.first { $0.subject == "function.2139999" }?.change.value, dec("-300.00"))
    }

    func test002FinalAccount() throws {
        let d = try load("002")
        XCTAssertEqual(d.identity.kind, .final)
        XCTAssertEqual(d.revenue?.total?.value, dec("550.53"))
        XCTAssertEqual(d.revenue?.otherIncome?.value, dec("59.65"))
        XCTAssertEqual(d.expenditure?.basic?.value, dec("297.49"))
        XCTAssertEqual(d.expenditure?.project?.value, dec("253.04"))
        XCTAssertEqual(d.staff?.onDuty?.value, 13)
        XCTAssertNil(d.staff?.authorized, "the 决算 states no 编制数")
        XCTAssertEqual(d.sangong?.total?.value, dec("23.40"))
        XCTAssertEqual(d.sangong?.abroad?.value, 0)
        let account = try XCTUnwrap(d.finalAccount)
        let fiscal = try XCTUnwrap(account.budgetComparisons?.first { $0.subject == "fiscal" })
        XCTAssertEqual(fiscal.initialBudget?.value, dec("544.01"))
        XCTAssertEqual(fiscal.final.value, dec("490.88"))
        XCTAssertEqual(fiscal.statedVarianceRate?.value, dec("-9.77"))
        XCTAssertEqual(account.budgetComparisons?.count, 7)
        XCTAssertEqual(account.performance?.count, 2)
        XCTAssertEqual(account.performance?.map(\.project), ["驻京联工作运行经费", "运行补助经费"])
        XCTAssertEqual(account.performance?.first?.initialBudget?.value, dec("453.29"))
        XCTAssertEqual(account.performance?.first?.fiscalInitialBudget?.value, 0)
        XCTAssertEqual(account.performance?.last?.fiscalExecuted?.value, dec("193.40"))
        XCTAssertEqual(account.performanceSummary?.projects?.value, 2)
        XCTAssertEqual(account.performanceSummary?.fullYearBudget?.value, dec("253.05"))
    }

    func test004KeyTotals() throws {
        let d = try load("004")
        XCTAssertEqual(d.identity.year, 2025)
        XCTAssertEqual(d.revenue?.total?.value, dec("318.10"))
        XCTAssertEqual(d.revenue?.otherIncome?.value, dec("113.00"))
        XCTAssertNil(d.revenue?.carryover, "Table 1 leaves 上年结转结余 empty")
        XCTAssertEqual(d.basicExpenditure?.personnel?.value, dec("126.71"))
        XCTAssertEqual(d.basicExpenditure?.publicFunds?.value, dec("18.39"))
        XCTAssertEqual(d.sangong?.total?.value, dec("4.96"))
        // Table 10 leaves 出国 and 购置 empty; 说明十 (line 482) states both as 0.00.
        XCTAssertEqual(d.sangong?.abroad, Amount(0, line: 482, table: "说明十"))
        XCTAssertEqual(d.sangong?.vehiclePurchase, Amount(0, line: 482, table: "说明十"))
        XCTAssertEqual(d.staff?.onDuty?.value, 7)
        XCTAssertEqual(d.staff?.retiredChange?.value, 1)
        XCTAssertNil(d.carryover, "Table 11 is stated to be empty")
        XCTAssertEqual(d.emptyTables?.map(\.table), ["表8", "表9", "表11"])
    }

    private func load(_ prefix: String) throws -> Department {
        let url = try XCTUnwrap(try FixtureFiles.named(prefix), "no fixture \(prefix)-*.yaml")
        return try DepartmentFile.load(url)
    }

    private func dec(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
}

/// The numbers written on a line of disclosure text, thousands separators removed.
enum SeedNumbers {
    private static let pattern = try! NSRegularExpression(pattern: #"[0-9][0-9,]*(?:\.[0-9]+)?"#)

    static func numbers(in line: String) -> Set<Decimal> {
        let range = NSRange(line.startIndex..., in: line)
        var result: Set<Decimal> = []
        for match in pattern.matches(in: line, range: range) {
            guard let r = Range(match.range, in: line) else { continue }
            var token = String(line[r])
            while token.hasSuffix(",") { token.removeLast() }
            if let value = Decimal(string: token.replacingOccurrences(of: ",", with: ""),
                                   locale: Locale(identifier: "en_US_POSIX")) {
                result.insert(value)
            }
        }
        return result
    }
}

/// Walks a department by reflection and collects every figure with its field
/// path, so that a new model field is checked without changing this test.
enum FigureWalk {
    struct Found {
        var path: String
        var value: Decimal
        var source: Provenance?
    }

    struct NamedRow {
        var path: String
        var name: String
        var line: Int
    }

    static func figures(in department: Department) -> [Found] {
        var found: [Found] = []
        visit(department, path: "", into: &found)
        return found
    }

    private static func visit(_ value: Any, path: String, into found: inout [Found]) {
        if let amount = value as? Amount {
            found.append(Found(path: path, value: amount.value, source: amount.source))
            return
        }
        if let count = value as? Count {
            found.append(Found(path: path, value: Decimal(count.value), source: count.source))
            return
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let child = mirror.children.first { visit(child.value, path: path, into: &found) }
        case .collection:
            for (index, child) in mirror.children.enumerated() {
                visit(child.value, path: "\(path)[\(index)]", into: &found)
            }
        case .dictionary:
            for child in mirror.children {
                let pair = Array(Mirror(reflecting: child.value).children)
                guard pair.count == 2 else { continue }
                visit(pair[1].value, path: "\(path)[\(pair[0].value)]", into: &found)
            }
        case .struct, .class:
            for child in mirror.children {
                guard let label = child.label else { continue }
                visit(child.value, path: path.isEmpty ? label : "\(path).\(label)", into: &found)
            }
        default:
            return
        }
    }

    /// Rows that name themselves and their line: function and economic rows,
    /// projects, carryover rows.
    static func namedRows(in department: Department) -> [NamedRow] {
        var rows: [NamedRow] = []
        func add(_ path: String, _ name: String?, _ line: Int?) {
            if let name, let line { rows.append(NamedRow(path: path, name: name, line: line)) }
        }
        for (i, row) in (department.expenditure?.byFunction ?? []).enumerated() {
            add("expenditure.byFunction[\(i)]", row.name, row.line)
        }
        for (i, row) in (department.fiscal?.generalBudgetByFunction ?? []).enumerated() {
            add("fiscal.generalBudgetByFunction[\(i)]", row.name, row.line)
        }
        for (i, row) in (department.basicExpenditure?.byEconomicClass ?? []).enumerated() {
            add("basicExpenditure.byEconomicClass[\(i)]", row.name, row.line)
        }
        for (i, project) in (department.projects ?? []).enumerated() {
            add("projects[\(i)]", project.name, project.line)
        }
        for (i, item) in (department.carryover ?? []).enumerated() {
            add("carryover[\(i)]", item.name, item.line)
        }
        for (i, statement) in (department.emptyTables ?? []).enumerated() {
            add("emptyTables[\(i)]", statement.text, statement.line)
        }
        for (i, evaluation) in (department.finalAccount?.performance ?? []).enumerated() {
            add("finalAccount.performance[\(i)]", evaluation.project, evaluation.line)
        }
        return rows
    }
}
