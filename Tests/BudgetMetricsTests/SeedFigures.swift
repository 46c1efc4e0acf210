import BudgetModel
import Foundation

/// Departments entered by hand from the four seed disclosures (Tests/Seeds),
/// with the line of each figure, holding what the metrics read. They stand in
/// for Fixtures/ where a test needs a department without files.
enum SeedFigures {
    /// 000: 新疆维吾尔自治区人民政府驻北京办事处, 2024 预算.
    static let beijingOffice2024 = """
    identity:
      name: 新疆维吾尔自治区人民政府驻北京办事处
      shortName: 新疆驻京办
      year: 2024
      kind: 预算
      group: 驻京机构
      source: 000_48bb68b1a07c75d5.txt
    staff:
      authorized: {value: 60, line: 81, table: 概况}
      actual: 76
      onDuty: {value: 44, line: 81, table: 概况}
      retired: 31
      separated: 1
    revenue:
      currentYear: "3,994.84"
      generalBudget: "3,994.84"
      fiscal: "3,994.84"
      carryover: 167.00
      carryoverFiscal: 167.00
      total: {value: "4,161.84", line: 125, table: 表1}
    expenditure:
      basic: "1,292.84"
      project: "2,869.00"
      total: {value: "4,161.84", line: 125, table: 表1}
    fiscal:
      revenue: "3,994.84"
      expenditure: {value: "3,994.84", line: 238, table: 表4}
      generalBudgetTotal: "3,994.84"
    basicExpenditure:
      total: "1,292.84"
      personnel: {value: "1,089.31", line: 284, table: 表6}
      publicFunds: {value: 203.53, line: 284, table: 表6}
    sangong:
      total: {value: 49.81, line: 373, table: 表10}
      abroad: 0
      reception: 1.90
      vehicles: 47.91
      vehiclePurchase: 0
      vehicleRunning: 47.91
    operatingCost: {value: 203.53, line: 531, table: 说明十二}
    yearOnYear:
      - {subject: revenue.generalBudget, current: 3994.84, change: 12.61, changePercent: 0.32, basis: 上年预算}
      - {subject: expenditure.basic, current: 1292.84, change: 12.61, changePercent: 0.98, basis: 上年预算}
      - {subject: expenditure.project, current: 2869.00, change: -77.05, changePercent: -2.62, basis: 上年预算}
      - {subject: sangong.total, change: 0.00, changePercent: 0.00, basis: 上年预算, line: 517}
      - {subject: operatingCost, current: 203.53, change: 7.90, changePercent: 4.04, basis: 上年预算}
    """

    /// 001: 新疆维吾尔自治区机关事务管理局, 2024 预算.
    static let agencyAffairs2024 = """
    identity:
      name: 新疆维吾尔自治区机关事务管理局
      shortName: 机关事务管理局
      year: 2024
      kind: 预算
      source: 001_0566f4c83be83170.txt
    staff:
      authorized: {value: 362, line: 83}
      actual: 887
      onDuty: 586
      retired: 299
      separated: 2
    revenue:
      currentYear: "17,940.61"
      generalBudget: "16,000.51"
      fiscal: "16,000.51"
      unitFunds: "1,940.10"
      carryover: 363.41
      carryoverFiscal: 363.41
      total: {value: "18,304.02", line: 127, table: 表1}
    expenditure:
      basic: "5,657.34"
      project: "12,646.68"
      total: {value: "18,304.02", line: 127, table: 表1}
    fiscal:
      revenue: "16,000.51"
      expenditure: {value: "16,000.51", line: 254, table: 表4}
      generalBudgetTotal: "16,000.51"
    basicExpenditure:
      total: "5,657.34"
      personnel: "5,348.93"
      publicFunds: {value: 308.42, line: 307, table: 表6}
    sangong:
      total: {value: 68.30, line: 444, table: 表10}
      vehicles: 68.30
      vehicleRunning: 68.30
    operatingCost: 308.42
    yearOnYear:
      - {subject: sangong.total, change: 3.30, changePercent: 5.08, basis: 上年预算}
      - {subject: expenditure.basic, current: 5657.34, change: 310.15, changePercent: 5.80}
      - {subject: expenditure.project, current: 12646.68, change: -1569.88, changePercent: -11.04}
      - {subject: revenue.generalBudget, current: 16000.51, change: 314.15, changePercent: 2.00}
      - {subject: operatingCost, current: 308.42, change: 17.88, changePercent: 6.16}
    """

    /// 002: 乌鲁木齐市人民政府驻北京联络处, 2024 决算 (no 编制数 stated).
    static let urumqiOffice2024Final = """
    identity:
      name: 乌鲁木齐市人民政府驻北京联络处
      year: 2024
      kind: 决算
      group: 驻京机构
      source: 002_4ec144158e136e59.txt
    staff:
      actual: 13
      onDuty: {value: 13, line: 72}
      retired: 0
      separated: 0
    revenue:
      currentYear: 550.53
      fiscal: {value: 490.88, line: 88}
      otherIncome: 59.65
      carryover: 0.00
      total: {value: 550.53, line: 80}
    expenditure:
      currentYear: {value: 550.53, line: 92}
      basic: {value: 297.49, line: 92}
      project: 253.04
      yearEndCarryover: 0.00
      total: 550.53
    fiscal:
      revenue: 490.88
      expenditure: 490.88
    basicExpenditure:
      total: 297.49
      personnel: {value: 240.78, line: 121}
      publicFunds: {value: 56.71, line: 123}
    sangong:
      total: 23.40
      abroad: 0.00
      reception: 0.00
      vehicles: 23.40
      vehiclePurchase: 0.00
      vehicleRunning: 23.40
    operatingCost: {value: 56.71, line: 155}
    yearOnYear:
      - {subject: sangong.total, current: 23.40, change: -1.30, changePercent: -5.26, basis: 上年, line: 135}
      - {subject: generalBudget, current: 490.88, change: 195.35, changePercent: 66.10, basis: 上年}
      - {subject: operatingCost, current: 56.71, change: 0.20, changePercent: 0.35, basis: 上年}
    finalAccount:
      budgetComparisons:
        - {subject: fiscal, initialBudget: 544.01, final: 490.88, statedVarianceRate: -9.77, line: 98}
        - {subject: generalBudget, initialBudget: 544.01, final: 490.88, statedVarianceRate: -9.77, line: 104}
        - {subject: sangong.total, fullYearBudget: 23.40, final: 23.40, statedVarianceRate: 0.00}
      performance:
        - {project: 驻京联工作运行经费, initialBudget: 453.29, fullYearBudget: 59.65, executed: 59.65, statedExecutionRate: 100.00, line: 181}
        - {project: 运行补助经费, initialBudget: 270.32, fullYearBudget: 193.40, executed: 193.40, statedExecutionRate: 100.00, line: 203}
      performanceSummary: {projects: 2, fullYearBudget: 253.05, executed: 253.05}
    """

    /// 004: 昌吉回族自治州人民政府驻北京联络处, 2025 预算 (Table 11 stated empty,
    /// no 上年结转结余 in Table 1).
    static let changjiOffice2025 = """
    identity:
      name: 昌吉回族自治州人民政府驻北京联络处
      year: 2025
      kind: 预算
      group: 驻京机构
      source: 004_a42ce23be4573852.txt
    staff:
      authorized: {value: 8, line: 65}
      actual: 11
      onDuty: 7
      retired: 4
      separated: 0
    revenue:
      currentYear: 318.10
      generalBudget: 205.10
      fiscal: 205.10
      unitFunds: 113.00
      otherIncome: 113.00
      total: {value: 318.10, line: 108}
    expenditure:
      basic: 145.10
      project: 173.00
      total: 318.10
    fiscal:
      revenue: 205.10
      expenditure: 205.10
      generalBudgetTotal: 205.10
    basicExpenditure:
      total: 145.10
      personnel: 126.71
      publicFunds: {value: 18.39, line: 263}
    sangong:
      total: 4.96
      reception: 0.16
      vehicles: 4.80
      vehicleRunning: 4.80
    operatingCost: 18.39
    emptyTables:
      - {table: 表11, text: 昌吉回族自治州人民政府驻北京联络处 2025 年没有上年结转结余预算安排的支出，上年结转结余情况明细表为空表。, line: 367}
    yearOnYear:
      - {subject: sangong.total, change: 0.00, changePercent: 0.00, basis: 上年预算}
      - {subject: expenditure.basic, current: 145.10, change: -15.21, changePercent: -9.49}
      - {subject: expenditure.project, current: 173.00, change: -9.00, changePercent: -4.95}
      - {subject: revenue.generalBudget, current: 205.10, change: -27.21, changePercent: -11.71}
      - {subject: operatingCost, current: 18.39, change: -1.05, changePercent: -5.40}
    """
}
