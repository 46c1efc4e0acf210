/// 支出: totals and the split by function class (支出功能分类).
///
/// A budget has three views of expenditure by function class: Table 3
/// (all funds, 部门支出总体情况表), Table 5 (一般公共预算支出情况表) and
/// the class totals of Table 1 / Table 4. A final account states the totals in
/// its narrative and the 一般公共预算 class totals in 支出决算结构情况.
public struct Expenditure: Sendable, Hashable, Codable {
    /// 本年支出 (合计).
    public var currentYear: Amount?
    /// 基本支出.
    public var basic: Amount?
    /// 项目支出.
    public var project: Amount?
    /// 决算: 上缴上级支出.
    public var remittedToSuperior: Amount?
    /// 决算: 经营支出.
    public var operating: Amount?
    /// 决算: 对附属单位补助支出.
    public var subsidiesToAffiliates: Amount?
    /// 决算: 结余分配.
    public var balanceDistribution: Amount?
    /// 决算: 年末结转和结余.
    public var yearEndCarryover: Amount?
    /// 支出总计.
    public var total: Amount?
    /// Table 1 (right side): expenditure by 类 as listed beside revenue.
    public var byClass: [FunctionClassAmount]?
    /// Table 3: all funds by 类/款/项 with basic/project split.
    public var byFunction: [FunctionRow]?

    public init() {}
}

/// A 类 and its amount, as in Table 1's right column ("201 一般公共服务支出 3,784.35").
public struct FunctionClassAmount: Sendable, Hashable, Codable {
    /// 3-digit 类 code.
    public var code: String
    public var name: String?
    public var amount: Amount

    public init(code: String, name: String? = nil, amount: Amount) {
        self.code = code
        self.name = name
        self.amount = amount
    }
}

/// One row of an expenditure-by-function table (Tables 3 and 5): a 类
/// (3 digits), 款 (5 digits) or 项 (7 digits) code written without spaces
/// ("2010301" for "201 03 01").
public struct FunctionRow: Sendable, Hashable, Codable {
    public var code: String
    public var name: String?
    /// 合计.
    public var total: Amount?
    /// 基本支出.
    public var basic: Amount?
    /// 项目支出.
    public var project: Amount?
    /// Line of the row in the disclosure (the amounts may carry their own).
    public var line: Int?

    public init(code: String, name: String? = nil, total: Amount? = nil, basic: Amount? = nil,
                project: Amount? = nil, line: Int? = nil) {
        self.code = code
        self.name = name
        self.total = total
        self.basic = basic
        self.project = project
        self.line = line
    }

    /// 类 (1), 款 (2) or 项 (3); `nil` when the code is not 3, 5 or 7 digits.
    public var level: Int? { FunctionCode.level(of: code) }
}

/// Function-class codes (政府收支分类科目): 类 3 digits, 款 +2, 项 +2.
public enum FunctionCode {
    public static func level(of code: String) -> Int? {
        guard code.allSatisfy(\.isASCIIDigit) else { return nil }
        switch code.count {
        case 3: return 1
        case 5: return 2
        case 7: return 3
        default: return nil
        }
    }

    /// The code one level up ("2010301" → "20103" → "201"), `nil` for a 类.
    public static func parent(of code: String) -> String? {
        switch code.count {
        case 5, 7: return String(code.prefix(code.count - 2))
        default: return nil
        }
    }
}
