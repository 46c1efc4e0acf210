import Foundation

/// Builds one internally consistent synthetic department: every total equals
/// the sum of its parts, Tables 1, 3, 4, 5 and 6 agree, the projects add up
/// to Table 7's total, 三公 components to their total, and every stated
/// percentage equals the one recomputed from the stated figures.
///
/// Amounts are drawn in units of 0.01 万元 (integers), so sums are exact.
struct SyntheticDepartmentBuilder {
    typealias Agency = SyntheticCatalogue.Agency

    let name: String
    let shortName: String
    let region: String
    let agency: Agency
    let year: Int
    let kind: DisclosureKind

    /// A function 项 and the basic / project amounts booked to it (0.01 万元).
    struct Booking {
        var code: String
        var basic = 0
        var project = 0
    }

    /// A Table 7 project before it becomes a model `Project`.
    struct ProjectDraft {
        var name: String
        var functionCode: String
        var split: [String: Int]
        var amount: Int { split.values.reduce(0, +) }
    }

    func build(_ rng: inout SplitMix64) -> Department {
        var department = Department(identity: identity(&rng))

        // Staff (人).
        let onDuty = [5...30, 31...120, 121...600][rng.weightedIndex([40, 35, 25])]
        let staffOnDuty = rng.int(in: onDuty)
        let retired = staffOnDuty * rng.int(in: 10...90) / 100
        let separated = staffOnDuty > 100 ? rng.int(in: 0...4) : rng.int(in: 0...1)
        var staff = Staff()
        staff.authorized = Count(max(1, staffOnDuty * rng.int(in: 85...115) / 100))
        staff.actual = Count(staffOnDuty + retired + separated)
        staff.onDuty = Count(staffOnDuty)
        let swing = max(1, staffOnDuty / 20)
        staff.onDutyChange = Count(rng.int(in: -swing...swing))
        staff.retired = Count(retired)
        staff.retiredChange = Count(rng.int(in: -2...3))
        staff.separated = Count(separated)
        staff.separatedChange = Count(separated > 0 ? rng.int(in: -1...0) : 0)
        department.staff = staff

        // Vehicles (辆), used by 三公 and assets.
        let generalVehicles = staffOnDuty / 15 + rng.int(in: 0...2)
        let lawVehicles = agency.lawEnforcement ? staffOnDuty / 20 + rng.int(in: 0...3) : 0
        let otherVehicles = rng.int(in: 0...2)

        // Table 6: economic classes.
        var wages = Self.split(staffOnDuty * rng.int(in: 1200...2200),
                               weights: SyntheticCatalogue.wageItems.map(\.weight), &rng)
        for index in wages.indices where wages[index] == 0 { wages[index] = 1 }
        var household: [Int] = [
            separated * rng.int(in: 1000...2500),
            retired * rng.int(in: 300...800),
            rng.chance(50) ? rng.int(in: 0...(staffOnDuty * 20)) : 0,
        ]
        if household.allSatisfy({ $0 == 0 }) { household[1] = rng.int(in: 10...200) }
        var goods = Self.split(staffOnDuty * rng.int(in: 150...450),
                               weights: SyntheticCatalogue.goodsItems.map(\.weight), &rng)
        for index in goods.indices where goods[index] == 0 { goods[index] = 1 }
        let abroad = rng.chance(15) ? rng.int(in: 300...2000) : 0
        let reception = max(10, staffOnDuty * rng.int(in: 2...15))
        let vehicleRunning = (generalVehicles + lawVehicles) * rng.int(in: 150...300)
        var goodsRows = zip(SyntheticCatalogue.goodsItems, goods).map { ($0.code, $0.name, $1) }
        if abroad > 0 { goodsRows.append(("30212", "因公出国（境）费用", abroad)) }
        goodsRows.append(("30217", "公务接待费", reception))
        if vehicleRunning > 0 { goodsRows.append(("30231", "公务用车运行维护费", vehicleRunning)) }
        goodsRows.sort { $0.0 < $1.0 }

        let wageTotal = wages.reduce(0, +)
        let householdTotal = household.reduce(0, +)
        let publicFunds = goodsRows.reduce(0) { $0 + $1.2 }
        let personnel = wageTotal + householdTotal
        let basicTotal = personnel + publicFunds

        var basic = BasicExpenditure()
        basic.total = amount(basicTotal)
        basic.personnel = amount(personnel)
        basic.publicFunds = amount(publicFunds)
        var economicRows = [EconomicRow(code: "301", name: "工资福利支出", total: amount(wageTotal), personnel: amount(wageTotal))]
        for (item, value) in zip(SyntheticCatalogue.wageItems, wages) {
            economicRows.append(EconomicRow(code: item.code, name: item.name, total: amount(value), personnel: amount(value)))
        }
        economicRows.append(EconomicRow(code: "302", name: "商品和服务支出", total: amount(publicFunds), publicFunds: amount(publicFunds)))
        for (code, name, value) in goodsRows {
            economicRows.append(EconomicRow(code: code, name: name, total: amount(value), publicFunds: amount(value)))
        }
        economicRows.append(EconomicRow(code: "303", name: "对个人和家庭的补助", total: amount(householdTotal), personnel: amount(householdTotal)))
        for (item, value) in zip(SyntheticCatalogue.householdItems, household) where value > 0 {
            economicRows.append(EconomicRow(code: item.code, name: item.name, total: amount(value), personnel: amount(value)))
        }
        basic.byEconomicClass = economicRows
        department.basicExpenditure = basic

        // Basic expenditure by function: personnel-related 项 as in the disclosures.
        let wage = Dictionary(uniqueKeysWithValues: zip(SyntheticCatalogue.wageItems.map(\.code), wages))
        var bookings: [String: Booking] = [:]
        func book(_ code: String, basic: Int = 0, project: Int = 0) {
            guard basic > 0 || project > 0 else { return }
            bookings[code, default: Booking(code: code)].basic += basic
            bookings[code, default: Booking(code: code)].project += project
        }
        let pensionsAndHealth = householdTotal + wage["30108"]! + wage["30109"]! + wage["30110"]! + wage["30111"]! + wage["30113"]!
        book("2080501", basic: householdTotal)
        book("2080505", basic: wage["30108"]!)
        book("2080506", basic: wage["30109"]!)
        book("2101101", basic: wage["30110"]!)
        book("2101103", basic: wage["30111"]!)
        book("2210201", basic: wage["30113"]!)
        let own = basicTotal - pensionsAndHealth
        if rng.chance(30) {
            let institution = own * rng.int(in: 20...50) / 100
            book(agency.itemCode + "01", basic: own - institution)
            book(agency.itemCode + "50", basic: institution)
        } else {
            book(agency.itemCode + "01", basic: own)
        }

        // Table 7 projects (一般公共预算), and projects outside it.
        let projectCount = 1 + rng.int(in: 0...min(7, staffOnDuty / 30 + 2))
        let nameIndices = rng.sample(projectCount + 2, of: SyntheticCatalogue.projectNames.count)
        var drafts: [ProjectDraft] = []
        for index in nameIndices.prefix(projectCount) {
            let size = [500...5000, 5001...30000, 30001...200000][rng.weightedIndex([45, 40, 15])]
            let total = rng.int(in: size)
            var split: [String: Int] = [:]
            if rng.chance(15) { split["301"] = total * rng.int(in: 5...40) / 100 }
            if rng.chance(30) { split["310"] = total * rng.int(in: 5...30) / 100 }
            split["302"] = total - split.values.reduce(0, +)
            split = split.filter { $0.value > 0 }
            let code = agency.itemCode + (rng.chance(60) ? "02" : "99")
            drafts.append(ProjectDraft(name: SyntheticCatalogue.projectNames[index], functionCode: code, split: split))
        }
        for draft in drafts { book(draft.functionCode, project: draft.amount) }
        let generalProjects = drafts.reduce(0) { $0 + $1.amount }

        // 单位资金 project (Table 3 only) and 上年结转 projects (Table 3 and 11).
        let unitFunds = kind == .budget && rng.chance(25) ? rng.int(in: 1000...30000) : 0
        if unitFunds > 0 { book(agency.itemCode + "99", project: unitFunds) }
        var carryovers: [(name: String, amount: Int)] = []
        if kind == .budget && rng.chance(25) {
            for index in nameIndices.dropFirst(projectCount).prefix(rng.int(in: 1...2)) {
                carryovers.append((SyntheticCatalogue.projectNames[index], rng.int(in: 1000...40000)))
            }
        }
        let carryoverTotal = carryovers.reduce(0) { $0 + $1.amount }
        if carryoverTotal > 0 { book(agency.itemCode + "99", project: carryoverTotal) }

        // Table 5 is the 一般公共预算 part: basic plus Table 7.
        var generalBookings = bookings
        if unitFunds + carryoverTotal > 0 {
            generalBookings[agency.itemCode + "99"]!.project -= unitFunds + carryoverTotal
            if generalBookings[agency.itemCode + "99"]!.project == 0 && generalBookings[agency.itemCode + "99"]!.basic == 0 {
                generalBookings[agency.itemCode + "99"] = nil
            }
        }
        let allRows = functionRows(bookings)
        let generalRows = functionRows(generalBookings)
        let generalBudget = basicTotal + generalProjects
        let allProjects = generalProjects + unitFunds + carryoverTotal

        var revenue = Revenue()
        revenue.currentYear = amount(generalBudget + unitFunds)
        revenue.generalBudget = amount(generalBudget)
        if unitFunds > 0 {
            revenue.unitFunds = amount(unitFunds)
            if rng.chance(50) { revenue.otherIncome = amount(unitFunds) } else { revenue.businessIncome = amount(unitFunds) }
        }
        if carryoverTotal > 0 {
            revenue.carryover = amount(carryoverTotal)
            revenue.carryoverFiscal = amount(carryoverTotal)
        }
        revenue.total = amount(generalBudget + unitFunds + carryoverTotal)
        department.revenue = revenue

        var expenditure = Expenditure()
        expenditure.currentYear = amount(basicTotal + allProjects)
        expenditure.basic = amount(basicTotal)
        expenditure.project = amount(allProjects)
        expenditure.total = amount(basicTotal + allProjects)
        expenditure.byClass = classAmounts(allRows)
        expenditure.byFunction = allRows
        department.expenditure = expenditure

        var fiscal = FiscalAppropriation()
        fiscal.revenue = amount(generalBudget)
        fiscal.expenditure = amount(generalBudget)
        fiscal.byClass = classAmounts(generalRows)
        fiscal.generalBudgetTotal = amount(generalBudget)
        fiscal.generalBudgetBasic = amount(basicTotal)
        fiscal.generalBudgetProject = amount(generalProjects)
        fiscal.generalBudgetByFunction = generalRows
        department.fiscal = fiscal

        department.projects = drafts.map {
            Project(name: $0.name, unit: name + "（本级）", functionCode: $0.functionCode, amount: amount($0.amount),
                    economicSplit: $0.split.mapValues(amount))
        }
        var totals = ProjectTotals()
        totals.amount = amount(generalProjects)
        var splitTotals: [String: Int] = [:]
        for draft in drafts { for (code, value) in draft.split { splitTotals[code, default: 0] += value } }
        totals.economicSplit = splitTotals.mapValues(amount)
        department.projectTotals = totals

        var empty = [
            EmptyTableStatement(table: "表8", text: "\(name)\(year)年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。"),
            EmptyTableStatement(table: "表9", text: "\(name)\(year)年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。"),
        ]
        if carryovers.isEmpty {
            empty.append(EmptyTableStatement(table: "表11", text: "\(name)\(year)年没有上年结转结余预算安排的支出，上年结转结余情况明细表为空表。"))
        } else {
            department.carryover = [CarryoverItem(name: "总计", total: amount(carryoverTotal), fiscal: amount(carryoverTotal))]
                + carryovers.map { CarryoverItem(name: $0.name, total: amount($0.amount), fiscal: amount($0.amount)) }
        }
        department.emptyTables = empty

        var sangong = Sangong()
        sangong.total = amount(abroad + reception + vehicleRunning)
        if abroad > 0 { sangong.abroad = amount(abroad) }
        sangong.reception = amount(reception)
        if vehicleRunning > 0 {
            sangong.vehicles = amount(vehicleRunning)
            sangong.vehicleRunning = amount(vehicleRunning)
        }
        department.sangong = sangong
        department.operatingCost = amount(publicFunds)

        var procurement = Procurement()
        let purchases = (generalProjects + publicFunds) * rng.int(in: 20...60) / 100
        let goodsPart = purchases * rng.int(in: 10...40) / 100
        let worksPart = rng.chance(40) ? purchases * rng.int(in: 0...30) / 100 : 0
        procurement.total = amount(purchases)
        procurement.goods = amount(goodsPart)
        procurement.works = amount(worksPart)
        procurement.services = amount(purchases - goodsPart - worksPart)
        let sme = purchases * rng.int(in: 60...100) / 100
        procurement.smeReserved = amount(sme)
        procurement.smallMicroReserved = amount(sme * rng.int(in: 70...100) / 100)
        department.procurement = procurement

        var assets = StateAssets()
        assets.asOf = "\(year - 1)年底"
        let area = staffOnDuty * rng.int(in: 1500...6000)
        assets.floorArea = amount(area)
        assets.buildingValue = amount(area / 100 * rng.int(in: 5...50))
        let vehicles = generalVehicles + lawVehicles + otherVehicles
        assets.vehicles = Count(vehicles)
        assets.vehicleValue = amount(vehicles * rng.int(in: 1500...3000))
        assets.generalOfficialVehicles = Count(generalVehicles)
        assets.lawEnforcementVehicles = Count(lawVehicles)
        assets.otherVehicles = Count(otherVehicles)
        assets.furnitureValue = amount(staffOnDuty * rng.int(in: 30...150))
        assets.otherAssetsValue = amount(staffOnDuty * rng.int(in: 100...1000))
        assets.equipmentOver50 = Count(staffOnDuty > 300 ? rng.int(in: 0...3) : 0)
        assets.equipmentOver100 = Count(Int(0))
        department.assets = assets

        // Year-on-year statements: the same prior for the same quantity.
        var statements: [YearOnYear] = []
        var priors: [String: Int] = [:]
        func statement(_ subject: String, _ current: Int, key: String? = nil) {
            let key = key ?? subject
            let prior = priors[key] ?? (current == 0 ? 0 : max(1, current * rng.int(in: 80...120) / 100))
            priors[key] = prior
            statements.append(Self.yearOnYear(subject, current: current, prior: prior,
                                              basis: kind == .budget ? "上年预算" : "上年"))
        }
        statement(YearOnYear.Subject.revenueGeneralBudget.rawValue, generalBudget, key: "generalBudget")
        if unitFunds > 0 { statement(YearOnYear.Subject.revenueUnitFunds.rawValue, unitFunds) }
        if carryoverTotal > 0 { statement(YearOnYear.Subject.revenueCarryoverFiscal.rawValue, carryoverTotal) }
        statement(YearOnYear.Subject.expenditureBasic.rawValue, basicTotal, key: "basic")
        statement(YearOnYear.Subject.expenditureProject.rawValue, allProjects)
        statement(YearOnYear.Subject.generalBudgetBasic.rawValue, basicTotal, key: "basic")
        statement(YearOnYear.Subject.generalBudgetProject.rawValue, generalProjects)
        for row in generalRows where row.code.count == 7 {
            statement("function.\(row.code)", Self.units(row.total!.value))
            if kind == .final { statements[statements.count - 1].basis = "上年决算" }
        }
        statement(YearOnYear.Subject.sangongTotal.rawValue, abroad + reception + vehicleRunning)
        if abroad > 0 { statement(YearOnYear.Subject.sangongAbroad.rawValue, abroad) }
        statement(YearOnYear.Subject.sangongReception.rawValue, reception)
        if vehicleRunning > 0 { statement(YearOnYear.Subject.sangongVehicleRunning.rawValue, vehicleRunning) }
        statement(YearOnYear.Subject.operatingCost.rawValue, publicFunds)
        department.yearOnYear = statements

        if kind == .final {
            makeFinalAccount(&department, drafts: drafts, rng: &rng)
        }
        return department
    }

    private func identity(_ rng: inout SplitMix64) -> Identity {
        var identity = Identity(name: name, shortName: shortName, region: region, year: year, kind: kind)
        identity.synthetic = true
        identity.budgetUnits = []
        let count = rng.int(in: 3...8)
        identity.divisions = rng.sample(count, of: SyntheticCatalogue.divisions.count).map { SyntheticCatalogue.divisions[$0] }
        return identity
    }

    // MARK: Tables by function

    /// 类, 款 and 项 rows from 项 bookings, in code order (类 before its 款 before its 项).
    func functionRows(_ bookings: [String: Booking]) -> [FunctionRow] {
        var sums: [String: (basic: Int, project: Int)] = [:]
        for booking in bookings.values {
            for code in [String(booking.code.prefix(3)), String(booking.code.prefix(5)), booking.code] {
                let current = sums[code] ?? (0, 0)
                sums[code] = (current.basic + booking.basic, current.project + booking.project)
            }
        }
        return sums.keys.sorted().map { code in
            let sum = sums[code]!
            return FunctionRow(code: code, name: functionName(code), total: amount(sum.basic + sum.project),
                               basic: sum.basic > 0 ? amount(sum.basic) : nil,
                               project: sum.project > 0 ? amount(sum.project) : nil)
        }
    }

    func classAmounts(_ rows: [FunctionRow]) -> [FunctionClassAmount] {
        rows.filter { $0.code.count == 3 }.map { FunctionClassAmount(code: $0.code, name: $0.name, amount: $0.total!) }
    }

    func functionName(_ code: String) -> String {
        if let fixed = SyntheticCatalogue.fixedNames[code] { return fixed }
        switch code {
        case agency.classCode: return agency.className
        case SyntheticCatalogue.socialSecurity.0: return SyntheticCatalogue.socialSecurity.1
        case SyntheticCatalogue.health.0: return SyntheticCatalogue.health.1
        case SyntheticCatalogue.housing.0: return SyntheticCatalogue.housing.1
        case agency.itemCode: return agency.itemName
        default: return SyntheticCatalogue.itemName(String(code.suffix(2)), of: agency)
        }
    }

    // MARK: Numbers

    func amount(_ units: Int) -> Amount { Self.amount(units) }

    /// An amount of `units` × 0.01 万元.
    static func amount(_ units: Int) -> Amount { Amount(Decimal(units) / 100) }

    /// The 0.01 万元 units of an amount.
    static func units(_ value: Decimal) -> Int { NSDecimalNumber(decimal: value * 100).intValue }

    /// Splits `total` into parts roughly proportional to `weights` (±20 %), summing exactly.
    static func split(_ total: Int, weights: [Int], _ rng: inout SplitMix64) -> [Int] {
        let jittered = weights.map { $0 * rng.int(in: 80...120) }
        let sum = jittered.reduce(0, +)
        var parts = jittered.map { total * $0 / sum }
        parts[parts.count - 1] += total - parts.reduce(0, +)
        return parts
    }

    /// A statement whose percentage is recomputed from the stated figures and
    /// rounded half up to 0.01 %, as the disclosures state them.
    static func yearOnYear(_ subject: String, current: Int, prior: Int, basis: String) -> YearOnYear {
        let change = current - prior
        let percent = prior == 0 ? Decimal(0) : (Decimal(change) * 100 / Decimal(prior)).rounded(scale: 2)
        return YearOnYear(subject: subject, current: amount(current), change: amount(change),
                          changePercent: Percent(percent), basis: basis)
    }
}
