/// Names → codes of the function classification (支出功能分类科目), used to
/// turn the narrative's "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）
/// 行政运行（项）" into "2010301".
///
/// The disclosure's own tables are the first source (Tables 1–5 and 7 pair
/// every code with its name). A final account has no tables in its text, so
/// a small built-in catalogue of the 类, of the 款 common in department
/// disclosures and the standard 项 rules (行政运行 01, 一般行政管理事务 02,
/// 机关服务 03, 事业运行 50, 其他… 99) fills in; a name found in neither is
/// reported, never guessed.
struct FunctionCatalogue {
    /// (parent code or "", name key) → code.
    private var codes: [String: String] = [:]
    /// Codes taken from the built-in list rather than the document.
    private(set) var builtInUses: Set<String> = []

    init() {}

    mutating func add(code: String, name: String) {
        let key = TextClean.key(name)
        guard !key.isEmpty, FunctionCatalogueData.isCode(code) else { return }
        let parent = code.count > 3 ? String(code.prefix(code.count - 2)) : ""
        let slot = parent + "|" + key
        if codes[slot] == nil { codes[slot] = code }
    }

    /// Resolves a 类/款/项 path of names to a code: ["一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"] → "2010301".
    mutating func resolve(_ names: [String]) -> (code: String, builtIn: Bool)? {
        var parent = ""
        var usedBuiltIn = false
        for name in names {
            let key = normalise(TextClean.key(name))
            if let code = codes[parent + "|" + key] {
                parent = code
                continue
            }
            if let code = FunctionCatalogueData.lookup(parent: parent, key: key) {
                parent = code
                usedBuiltIn = true
                continue
            }
            return nil
        }
        if usedBuiltIn { builtInUses.insert(parent) }
        return parent.isEmpty ? nil : (parent, usedBuiltIn)
    }

    private func normalise(_ key: String) -> String {
        var k = key
        for suffix in ["(类)", "(款)", "(项)"] where k.hasSuffix(suffix) { k.removeLast(suffix.count) }
        return k
    }
}

/// The built-in part of the catalogue (see `FunctionCatalogue`).
enum FunctionCatalogueData {
    static func isCode(_ code: String) -> Bool {
        [3, 5, 7].contains(code.count) && code.unicodeScalars.allSatisfy(Folding.isDigit)
    }

    /// 类 (as printed in Table 1 of every budget disclosure).
    static let classes: [String: String] = [
        "一般公共服务支出": "201", "外交支出": "202", "国防支出": "203", "公共安全支出": "204", "教育支出": "205",
        "科学技术支出": "206", "文化旅游体育与传媒支出": "207", "社会保障和就业支出": "208", "社会保险基金支出": "209",
        "卫生健康支出": "210", "节能环保支出": "211", "城乡社区支出": "212", "农林水支出": "213", "交通运输支出": "214",
        "资源勘探工业信息等支出": "215", "商业服务业等支出": "216", "金融支出": "217", "援助其他地区支出": "219",
        "自然资源海洋气象等支出": "220", "住房保障支出": "221", "粮油物资储备支出": "222", "国有资本经营预算支出": "223",
        "灾害防治及应急管理支出": "224", "预备费": "227", "其他支出": "229", "转移性支出": "230", "债务还本支出": "231",
        "债务付息支出": "232", "债务发行费用支出": "233", "抗疫特别国债安排的支出": "234",
    ]

    /// 款 common in department disclosures (key: 类 code + "|" + folded name).
    static let sections: [String: String] = [
        "201|人大事务": "20101", "201|政协事务": "20102", "201|政府办公厅(室)及相关机构事务": "20103",
        "201|发展与改革事务": "20104", "201|统计信息事务": "20105", "201|财政事务": "20106", "201|税收事务": "20107",
        "201|审计事务": "20108", "201|纪检监察事务": "20111", "201|商贸事务": "20113", "201|知识产权事务": "20114",
        "201|民族事务": "20123", "201|档案事务": "20126", "201|群众团体事务": "20129",
        "201|党委办公厅(室)及相关机构事务": "20131", "201|组织事务": "20132", "201|宣传事务": "20133",
        "201|统战事务": "20134", "201|其他共产党事务支出": "20136", "201|网信事务": "20137",
        "201|市场监督管理事务": "20138", "201|其他一般公共服务支出": "20199",
        "208|人力资源和社会保障管理事务": "20801", "208|民政管理事务": "20802", "208|行政事业单位养老支出": "20805",
        "208|抚恤": "20808", "208|其他社会保障和就业支出": "20899",
        "210|行政事业单位医疗": "21011", "210|其他卫生健康支出": "21099",
        "211|能源节约利用": "21110",
        "213|林业和草原": "21302", "213|其他农林水支出": "21399",
        "221|住房改革支出": "22102",
    ]

    /// 项 with their own codes (key: 款 code + "|" + folded name).
    static let items: [String: String] = [
        "20103|专项服务": "2010304",
        "20805|行政单位离退休": "2080501", "20805|事业单位离退休": "2080502", "20805|离退休人员管理机构": "2080503",
        "20805|机关事业单位基本养老保险缴费支出": "2080505", "20805|机关事业单位职业年金缴费支出": "2080506",
        "21011|行政单位医疗": "2101101", "21011|事业单位医疗": "2101102", "21011|公务员医疗补助": "2101103",
        "22102|住房公积金": "2210201", "22102|提租补贴": "2210202", "22102|购房补贴": "2210203",
        "21110|能源节约利用": "2111001",
    ]

    /// Standard 项 under most administrative 款.
    static let standardItems: [String: String] = [
        "行政运行": "01", "一般行政管理事务": "02", "机关服务": "03", "事业运行": "50",
    ]

    static func lookup(parent: String, key: String) -> String? {
        switch parent.count {
        case 0:
            return classes[key]
        case 3:
            if let code = sections[parent + "|" + key] { return code }
            if key.hasPrefix("其他"), key.hasSuffix("支出"), key.count > 4 { return parent + "99" }
            return nil
        case 5:
            if let code = items[parent + "|" + key] { return code }
            if let suffix = standardItems[key] { return parent + suffix }
            if key.hasPrefix("其他"), key.hasSuffix("支出"), key.count > 4 { return parent + "99" }
            return nil
        default:
            return nil
        }
    }
}
