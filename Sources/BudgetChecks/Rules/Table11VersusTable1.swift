import BudgetModel

/// Table 11's 总计 row equals Table 1's 上年结转结余, and its 财政拨款 and
/// 非财政拨款 columns equal 财政拨款结转 and 非财政拨款结转结余.
public struct Table11VersusTable1: CheckRule {
    public static let id = "overlap.table11-vs-table1"
    public static let description = "表11上年结转结余总计应等于表1上年结转结余"
    public init() {}

    public func findings(in department: Department, file: String) -> [Finding] {
        var collector = FindingCollector(Self.self, department: department, file: file)
        guard let table = CarryoverTable(department), let revenue = department.revenue else { return [] }
        let table1: [(CarryoverTable.Column, Amount?, String)] = [
            (.total, revenue.carryover, "上年结转结余"),
            (.fiscal, revenue.carryoverFiscal, "财政拨款结转"),
            (.nonFiscal, revenue.carryoverNonFiscal, "非财政拨款结转结余"),
        ]
        for (column, amount, name) in table1 {
            collector.compare(expected: Term(amount), actual: column.of(table.total),
                              detail: "表11 总计 \(column.name) 对 表1 \(name)")
        }
        return collector.findings
    }
}
