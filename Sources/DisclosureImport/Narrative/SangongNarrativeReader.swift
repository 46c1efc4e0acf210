import BudgetModel
import Foundation

/// 三公 figures stated in the narrative (说明九 of a final account, whose
/// figures are all in the narrative; 说明十 of a budget).
///
/// A budget's 三公 are Table 10's. Where Table 10 gives no figure for an item
/// (its 合计 cell is empty, its row is missing, or the table is missing) and
/// the 三公 section states the item explicitly as an amount — including 0
/// ("因公出国（境）费 0 万元") — the section's figure is taken, with its own line
/// and section (说明十); the report says which figures came from there. A
/// figure stated nowhere stays absent. A figure Table 10 gives is never
/// replaced by the narrative's.
enum SangongNarrativeReader {
    static var fields: [(WritableKeyPath<Sangong, Amount?>, [String], String)] { [
        (\.total, ["“三公”经费", "三公经费"], "sangong.total"),
        (\.abroad, ["因公出国（境）费", "因公出国费"], "sangong.abroad"),
        (\.reception, ["公务接待费"], "sangong.reception"),
        (\.vehicles, ["公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置和运行维护费"], "sangong.vehicles"),
        (\.vehiclePurchase, ["公务用车购置费"], "sangong.vehiclePurchase"),
        (\.vehicleRunning, ["公务用车运行维护费", "公务用车运行费"], "sangong.vehicleRunning"),
    ] }

    static func read(_ state: inout ImportState) {
        let paragraphs = state.narrative.filter { $0.context == .sangong }
        guard !paragraphs.isEmpty else { return }
        var sangong = state.department.sangong ?? Sangong()
        var filled: [(field: String, amount: Amount)] = []
        for (path, words, field) in fields where sangong[keyPath: path] == nil {
            // The figure right after the word (allowing 预算数为 / 支出 / 数为 between).
            if let amount = state.findAmount(words, in: paragraphs, maxGap: 6) {
                sangong[keyPath: path] = amount
                filled.append((field, amount))
            }
        }
        if state.kind == .budget, !filled.isEmpty {
            if let block = state.table(.sangong) {
                for (field, amount) in filled {
                    let stated = "\(amount.source?.description ?? "the narrative") states \(amount.value.figureText) 万元; that figure is used"
                    if let line = state.emptyCells[field] {
                        // The row is there with an empty cell: the narrative's explicit figure fills it.
                        state.emptyCells[field] = nil
                        state.report.add(.statedEmpty, field: field, at: block.label, line: line, "empty cell; " + stated)
                    } else {
                        state.report.add(.info, field: field, at: block.label, line: block.titleLine,
                                         "not given in the table; " + stated)
                    }
                }
            } else {
                state.report.add(.info, field: "sangong",
                                 "表10 not found; \(filled.map(\.field).joined(separator: ", ")) taken from the narrative")
            }
        }
        if sangong != Sangong() { state.department.sangong = sangong }
    }
}

/// 机关运行经费 (budget: 单位运行经费情况; final account: 机关运行经费支出).
enum OperatingCostReader {
    static func read(_ state: inout ImportState) {
        let sections = state.narrative.filter { $0.context == .operating }
        let candidates = sections.isEmpty ? state.narrative : sections
        state.department.operatingCost = state.findAmount(["机关运行经费", "单位运行经费", "运行经费"], in: candidates, maxGap: 10)
    }
}

/// 政府采购: total, goods, works, services, and the shares reserved for
/// (budget) or awarded to (final account) small and micro enterprises.
enum ProcurementReader {
    static func read(_ state: inout ImportState) {
        let word = Words.w("政府采购")
        var paragraphs = state.narrative.filter { ($0.subheading ?? "").has("政府采购") }
        if paragraphs.isEmpty { paragraphs = state.narrative.filter { $0.find(word) != nil } }
        guard !paragraphs.isEmpty else { return }
        var procurement = Procurement()
        procurement.total = state.findAmount(["政府采购预算总额", "政府采购支出总额", "政府采购预算", "政府采购总额"],
                                             in: paragraphs, maxGap: 4)
        procurement.goods = state.findAmount(["采购货物预算", "采购货物支出", "采购货物", "货物预算", "货物支出"],
                                             in: paragraphs, maxGap: 4)
        procurement.works = state.findAmount(["采购工程预算", "采购工程支出", "采购工程", "工程预算", "工程支出"],
                                             in: paragraphs, maxGap: 4)
        procurement.services = state.findAmount(["采购服务预算", "采购服务支出", "采购服务", "服务预算", "服务支出"],
                                                in: paragraphs, maxGap: 4)
        procurement.smeReserved = state.findAmount(["中小企业预留政府采购项目预算金额", "授予中小企业合同金额", "中小企业"],
                                                   in: paragraphs, maxGap: 14)
        procurement.smallMicroReserved = state.findAmount(["小微企业预留政府采购项目预算金额", "授予小微企业合同金额", "小微企业"],
                                                          in: paragraphs, maxGap: 14)
        if procurement != Procurement() { state.department.procurement = procurement }
    }
}

/// 国有资产占用使用情况: floor area, vehicles and their values, furniture,
/// other assets, large equipment.
enum AssetsReader {
    static func read(_ state: inout ImportState) {
        var paragraphs = state.narrative.filter { ($0.subheading ?? "").has("国有资产") }
        if paragraphs.isEmpty {
            paragraphs = state.narrative.filter { $0.find(Words.w("国有资产占用")) != nil || $0.find(Words.w("平方米")) != nil }
        }
        guard !paragraphs.isEmpty else { return }
        var assets = StateAssets()
        assets.asOf = asOf(paragraphs)
        if let floor = state.findNumber(["房屋", "办公用房"], in: paragraphs, maxGap: 4, unit: "平方米") {
            assets.floorArea = floor.amount
            assets.buildingValue = valueAfter(floor, paragraphs, state)
        }
        if let cars = state.findNumber(["车辆"], in: paragraphs, maxGap: 2, unit: "辆") {
            assets.vehicles = count(cars.amount)
            assets.vehicleValue = valueAfter(cars, paragraphs, state)
        }
        assets.generalOfficialVehicles = state.findCount(["一般公务用车"], in: paragraphs, unit: "辆", maxGap: 2)
        assets.lawEnforcementVehicles = state.findCount(["执法执勤用车"], in: paragraphs, unit: "辆", maxGap: 2)
        assets.otherVehicles = state.findCount(["其他车辆", "其他用车"], in: paragraphs, unit: "辆", maxGap: 2)
        assets.furnitureValue = state.findAmount(["办公家具价值", "办公家具"], in: paragraphs, maxGap: 4)
        assets.otherAssetsValue = state.findAmount(["其他资产价值", "其他资产"], in: paragraphs, maxGap: 4)
        assets.equipmentOver50 = state.findCount(["50万元以上大型设备", "50万元以上设备", "50万元(含)以上设备"],
                                                 in: paragraphs, unit: "台", maxGap: 8)
        assets.equipmentOver100 = state.findCount(["100万元以上大型设备", "100万元以上设备", "100万元(含)以上设备"],
                                                  in: paragraphs, unit: "台", maxGap: 8)
        if assets != StateAssets() { state.department.assets = assets }
    }

    /// "…，价值 1,323.00 万元" right after a figure.
    private static func valueAfter(_ figure: (amount: Amount, paragraph: Int, end: Int), _ paragraphs: [Paragraph],
                                   _ state: ImportState) -> Amount? {
        let p = paragraphs[figure.paragraph]
        guard let value = p.amount(after: Words.w("价值"), in: figure.end..<Swift.min(p.count, figure.end + 8), maxGap: 2)
        else { return nil }
        let line = p.line(at: value.start)
        return state.amount(value.value, line: line, table: state.label(ofLine: line))
    }

    private static func count(_ amount: Amount) -> Count? {
        guard let value = Int(exactly: NSDecimalNumber(decimal: amount.value).doubleValue), Decimal(value) == amount.value
        else { return nil }
        return Count(value, source: amount.source)
    }

    /// "截至 2023 年底" → "2023年底"; "截至 2024 年 12 月 31 日" → "2024年12月31日".
    private static func asOf(_ paragraphs: [Paragraph]) -> String? {
        let words = [Words.w("截至"), Words.w("截止")]
        for p in paragraphs {
            for word in words {
                guard let at = p.find(word) else { continue }
                var end = at + word.count
                let start = end
                while end < p.count, end - start < 16 {
                    let c = p.f[end]
                    if c == "," || c == ":" || c == "。" { break }
                    end += 1
                    if c == "底" || c == "日" { break }
                }
                guard end > start else { continue }
                return String(String.UnicodeScalarView(p.f[start..<end]))
            }
        }
        return nil
    }
}
