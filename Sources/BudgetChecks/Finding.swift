import BudgetModel
import Foundation

/// One disagreement found when a disclosure is checked against itself: two
/// figures that must agree and do not.
///
/// `expected` is the value the checked figure should have, derived from the
/// reference (the sum of the parts, the table figure, the recomputed
/// percentage); `actual` is the figure the disclosure states;
/// `difference` = `actual` − `expected`, in `unit`.
///
/// In JSON (the stable interface of `budget-compare check --format json`)
/// amounts are decimal strings and `lines` an array of integers:
/// `{"file", "department", "rule", "description", "severity", "expected",
/// "actual", "difference", "lines", "unit", "tolerance", "detail"}`.
public struct Finding: Sendable, Hashable {
    /// The input file the department came from.
    public var file: String
    /// The department's full name (`identity.name`).
    public var department: String
    /// Rule id, e.g. `totals.revenue-equals-expenditure`.
    public var rule: String
    /// The rule in Chinese, e.g. 收入总计应等于支出总计.
    public var description: String
    public var severity: Severity
    public var expected: Decimal
    public var actual: Decimal
    /// `actual` − `expected`.
    public var difference: Decimal
    /// 万元 for amounts, percentage points for stated percentages.
    public var unit: Unit
    /// The largest difference that is not a finding at all (0 for amounts:
    /// only exact equality passes; half a unit of the last stated decimal for
    /// percentages).
    public var tolerance: Decimal
    /// Which figures were compared, e.g. "表3 20103 政府办公厅（室）及相关机构事务 基本支出".
    public var detail: String
    /// Source lines of every figure involved, ascending; empty when the file
    /// records no provenance.
    public var lines: [Int]

    public init(file: String, department: String, rule: String, description: String, severity: Severity,
                expected: Decimal, actual: Decimal, unit: Unit, tolerance: Decimal = 0, detail: String,
                lines: [Int]) {
        self.file = file
        self.department = department
        self.rule = rule
        self.description = description
        self.severity = severity
        self.expected = expected
        self.actual = actual
        self.difference = actual - expected
        self.unit = unit
        self.tolerance = tolerance
        self.detail = detail
        self.lines = Array(Set(lines)).sorted()
    }

    /// How serious a disagreement is.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
        /// Explained by rounding: at most 0.01 万元, or a percentage that the
        /// rounding of its own amounts to 0.01 万元 can explain.
        case rounding
        /// Anything larger: the disclosure contradicts itself.
        case inconsistency

        /// 尾差 / 不一致.
        public var chineseName: String { self == .rounding ? "尾差" : "不一致" }
    }

    /// The unit of `expected`, `actual`, `difference` and `tolerance`.
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        /// 万元.
        case wanYuan = "wanyuan"
        /// Percentage points (a stated 0.32 % against a recomputed 0.3167 %).
        case percentagePoint = "percentage-point"

        /// 万元 / 个百分点.
        public var chineseName: String { self == .wanYuan ? "万元" : "个百分点" }
    }
}

extension Finding: Codable {
    private enum Keys: String, CodingKey {
        case file, department, rule, description, severity, expected, actual, difference, lines, unit, tolerance, detail
    }

    public func encode(to encoder: Encoder) throws {
        var keyed = encoder.container(keyedBy: Keys.self)
        try keyed.encode(file, forKey: .file)
        try keyed.encode(department, forKey: .department)
        try keyed.encode(rule, forKey: .rule)
        try keyed.encode(description, forKey: .description)
        try keyed.encode(severity, forKey: .severity)
        try keyed.encode(Finding.text(expected, unit: unit), forKey: .expected)
        try keyed.encode(Finding.text(actual, unit: unit), forKey: .actual)
        try keyed.encode(Finding.text(difference, unit: unit), forKey: .difference)
        try keyed.encode(lines, forKey: .lines)
        try keyed.encode(unit, forKey: .unit)
        try keyed.encode(DecimalText.canonical(tolerance), forKey: .tolerance)
        try keyed.encode(detail, forKey: .detail)
    }

    public init(from decoder: Decoder) throws {
        let keyed = try decoder.container(keyedBy: Keys.self)
        func decimal(_ key: Keys) throws -> Decimal {
            let text = try keyed.decode(String.self, forKey: key)
            guard let value = DecimalText.parse(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: keyed,
                                                       debugDescription: "expected a decimal string, found \"\(text)\"")
            }
            return value
        }
        file = try keyed.decode(String.self, forKey: .file)
        department = try keyed.decode(String.self, forKey: .department)
        rule = try keyed.decode(String.self, forKey: .rule)
        description = try keyed.decode(String.self, forKey: .description)
        severity = try keyed.decode(Severity.self, forKey: .severity)
        expected = try decimal(.expected)
        actual = try decimal(.actual)
        difference = try decimal(.difference)
        lines = try keyed.decode([Int].self, forKey: .lines)
        unit = try keyed.decodeIfPresent(Unit.self, forKey: .unit) ?? .wanYuan
        tolerance = keyed.contains(.tolerance) ? try decimal(.tolerance) : 0
        detail = try keyed.decodeIfPresent(String.self, forKey: .detail) ?? ""
    }

    /// The value as a decimal string: amounts with (at least) two decimals as
    /// the disclosures print them ("167.00"), percentages in full precision.
    public static func text(_ value: Decimal, unit: Unit) -> String {
        let canonical = DecimalText.canonical(value)
        guard unit == .wanYuan else { return canonical }
        let parts = canonical.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count < 2 else { return canonical }
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: 2 - fraction.count)
    }
}
