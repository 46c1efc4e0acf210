import Foundation
import Yams

/// Rules a department file must satisfy beyond its shape: counts are not
/// negative, codes are well-formed and unique, the year is plausible.
enum DepartmentValidation {
    static func validate(_ department: Department, text: String, file: String) throws {
        var problems: [(path: [String], message: String)] = []
        let identity = department.identity
        if identity.name.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append((["identity", "name"], "expected the department's full name, found an empty text"))
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
                    problems.append((["staff", key], "expected a number of people ≥ 0, found \(count.value)"))
                }
            }
        }
        checkCodes(department.expenditure?.byFunction?.map(\.code), path: ["expenditure", "byFunction"], into: &problems)
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
                                     "duplicate economic class code \(row.code)"))
                }
            }
        }
        guard let first = problems.first else { return }
        let keys: [CodingKey] = first.path.map { part in
            if part.hasPrefix("["), let index = Int(part.dropFirst().dropLast()) { return IndexKey(index) }
            return NameKey(part)
        }
        let mark = DepartmentFileError.mark(for: keys, in: text)
        throw DepartmentFileError(file: file, line: mark?.line, column: mark?.column,
                                  field: DepartmentFileError.fieldPath(keys), message: first.message)
    }

    private static func checkCodes(_ codes: [String]?, path: [String],
                                   into problems: inout [(path: [String], message: String)]) {
        guard let codes else { return }
        var seen: Set<String> = []
        for (index, code) in codes.enumerated() {
            if FunctionCode.level(of: code) == nil {
                problems.append((path + ["[\(index)]", "code"],
                                 "expected a function class code of 3, 5 or 7 digits (类/款/项, e.g. 2010301), found \"\(code)\""))
            } else if !seen.insert(code).inserted {
                problems.append((path + ["[\(index)]", "code"], "duplicate function code \(code)"))
            }
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
