import Foundation
import Yams

/// Rules a department file must satisfy beyond its shape: counts are not
/// negative, codes are well-formed and unique, line numbers are positive,
/// year-on-year subjects are known, the year is plausible. The first problem
/// is thrown, located at its field.
enum DepartmentValidation {
    private typealias Problem = (path: [String], message: String)

    /// Throws the first problem of `department`, located through `root`, the
    /// node it was decoded from.
    static func validate(_ department: Department, root: Node, file: String) throws {
        guard let first = firstProblem(of: department) else { return }
        let keys: [CodingKey] = first.path.map { part in
            if part.hasPrefix("["), let index = Int(part.dropFirst().dropLast()) { return IndexKey(index) }
            return NameKey(part)
        }
        let mark = DepartmentFileError.mark(for: keys, in: root)
        throw DepartmentFileError(file: file, line: mark?.line, column: mark?.column,
                                  field: DepartmentFileError.fieldPath(keys), message: first.message)
    }

    /// Whether `department` has no problem: the fast path needs no node to
    /// locate one, as a file with a problem takes the Yams path.
    static func isValid(_ department: Department) -> Bool { firstProblem(of: department) == nil }

    /// The first problem, by field path ("identity", "year") and message.
    private static func firstProblem(of department: Department) -> Problem? {
        var problems: [Problem] = []
        let identity = department.identity
        if identity.name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append((["identity", "name"], "expected the department's full name (部门全称), found an empty text"))
        }
        if !(1990...2100).contains(identity.year) {
            problems.append((["identity", "year"], "expected a year between 1990 and 2100, found \(identity.year)"))
        }
        if let staff = department.staff {
            let counts: [(String, Count?)] = [
                ("authorized", staff.authorized), ("actual", staff.actual), ("onDuty", staff.onDuty),
                ("retired", staff.retired), ("separated", staff.separated),
            ]
            for (key, count) in counts {
                if let count, count.value < 0 {
                    problems.append((["staff", key], "expected a number of people ≥ 0, found \(count.value) (changes go in \(key)Change)"))
                }
            }
        }
        if let assets = department.assets {
            let counts: [(String, Count?)] = [
                ("vehicles", assets.vehicles), ("generalOfficialVehicles", assets.generalOfficialVehicles),
                ("lawEnforcementVehicles", assets.lawEnforcementVehicles), ("otherVehicles", assets.otherVehicles),
                ("equipmentOver50", assets.equipmentOver50), ("equipmentOver100", assets.equipmentOver100),
            ]
            for (key, count) in counts {
                if let count, count.value < 0 {
                    problems.append((["assets", key], "expected a number of vehicles or items ≥ 0, found \(count.value)"))
                }
            }
        }
        if let projects = department.finalAccount?.performanceSummary?.projects, projects.value < 0 {
            problems.append((["finalAccount", "performanceSummary", "projects"],
                             "expected a number of projects ≥ 0, found \(projects.value)"))
        }
        checkCodes(department.expenditure?.byClass?.map(\.code), path: ["expenditure", "byClass"], levels: [1], into: &problems)
        checkCodes(department.expenditure?.byFunction?.map(\.code), path: ["expenditure", "byFunction"], into: &problems)
        checkCodes(department.fiscal?.byClass?.map(\.code), path: ["fiscal", "byClass"], levels: [1], into: &problems)
        checkCodes(department.fiscal?.generalBudgetByFunction?.map(\.code),
                   path: ["fiscal", "generalBudgetByFunction"], into: &problems)
        if let rows = department.basicExpenditure?.byEconomicClass {
            var seen: Set<String> = []
            for (index, row) in rows.enumerated() {
                if !(row.code.count == 3 || row.code.count == 5) || !row.code.allSatisfy(\.isASCIIDigit) {
                    problems.append((["basicExpenditure", "byEconomicClass", "[\(index)]", "code"],
                                     "expected an economic class code of 3 or 5 digits (e.g. 301 or 30101), found \"\(row.code)\""))
                } else if !seen.insert(row.code).inserted {
                    problems.append((["basicExpenditure", "byEconomicClass", "[\(index)]", "code"],
                                     "duplicate economic class code \(row.code); expected each code once"))
                }
            }
        }
        for (index, project) in (department.projects ?? []).enumerated() {
            if let code = project.functionCode, FunctionCode.level(of: code) == nil {
                problems.append((["projects", "[\(index)]", "functionCode"],
                                 "expected a function class code of 3, 5 or 7 digits (e.g. 2010399), found \"\(code)\""))
            }
        }
        checkSubjects(department.yearOnYear?.map(\.subject), path: ["yearOnYear"], into: &problems)
        checkSubjects(department.finalAccount?.budgetComparisons?.map(\.subject),
                      path: ["finalAccount", "budgetComparisons"], into: &problems)
        checkLines(department, into: &problems)
        return problems.first
    }

    private static func checkCodes(_ codes: [String]?, path: [String], levels: Set<Int> = [1, 2, 3],
                                   into problems: inout [Problem]) {
        guard let codes else { return }
        var seen: Set<String> = []
        for (index, code) in codes.enumerated() {
            if let level = FunctionCode.level(of: code), levels.contains(level) {
                if !seen.insert(code).inserted {
                    problems.append((path + ["[\(index)]", "code"], "duplicate function code \(code); expected each code once"))
                }
            } else if levels == [1] {
                problems.append((path + ["[\(index)]", "code"],
                                 "expected a function class (类) code of 3 digits (e.g. 201), found \"\(code)\""))
            } else {
                problems.append((path + ["[\(index)]", "code"],
                                 "expected a function class code of 3, 5 or 7 digits (类/款/项, e.g. 2010301), found \"\(code)\""))
            }
        }
    }

    /// Subjects must be one of `YearOnYear.Subject` or `function.<code>`: a
    /// misspelt subject would never be found by the metrics.
    private static func checkSubjects(_ subjects: [String]?, path: [String], into problems: inout [Problem]) {
        guard let subjects else { return }
        let known = YearOnYear.Subject.allCases.map(\.rawValue)
        for (index, subject) in subjects.enumerated() {
            if known.contains(subject) { continue }
            if subject.hasPrefix("function."), FunctionCode.level(of: String(subject.dropFirst("function.".count))) != nil {
                continue
            }
            let hint = DepartmentStructure.suggestion(for: subject, among: known.map { ($0, "") })
                .map { " (did you mean `\($0)`?)" } ?? ""
            problems.append((path + ["[\(index)]", "subject"],
                             "expected a subject such as revenue.generalBudget, sangong.total or function.2010301, found \"\(subject)\"\(hint)"))
        }
    }

    /// Line numbers of rows are 1-based (figures check their own when decoded).
    private static func checkLines(_ department: Department, into problems: inout [Problem]) {
        func check(_ lines: [Int?]?, _ path: [String]) {
            for (index, line) in (lines ?? []).enumerated() {
                if let line, line < 1 {
                    problems.append((path + ["[\(index)]", "line"], "expected a line number ≥ 1, found \(line)"))
                }
            }
        }
        check(department.expenditure?.byFunction?.map(\.line), ["expenditure", "byFunction"])
        check(department.fiscal?.generalBudgetByFunction?.map(\.line), ["fiscal", "generalBudgetByFunction"])
        check(department.basicExpenditure?.byEconomicClass?.map(\.line), ["basicExpenditure", "byEconomicClass"])
        check(department.projects?.map(\.line), ["projects"])
        check(department.carryover?.map(\.line), ["carryover"])
        check(department.emptyTables?.map(\.line), ["emptyTables"])
        check(department.yearOnYear?.map(\.line), ["yearOnYear"])
        check(department.finalAccount?.budgetComparisons?.map(\.line), ["finalAccount", "budgetComparisons"])
        check(department.finalAccount?.performance?.map(\.line), ["finalAccount", "performance"])
        if let line = department.projectTotals?.line, line < 1 {
            problems.append((["projectTotals", "line"], "expected a line number ≥ 1, found \(line)"))
        }
    }

    private struct NameKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "\(intValue!)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }
}
