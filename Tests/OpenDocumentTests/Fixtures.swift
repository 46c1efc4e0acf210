import Foundation
@testable import OpenDocument
import TestSupport

/// Documents shared by several tests.
enum Fixtures {
    /// A workbook with every cell type, formulas (cross-sheet, SUM, AVERAGE, MEDIAN, RANK,
    /// IF, IFERROR with a text result), styles, merged cells, 3 sheets, CJK text, a
    /// U+0001 control character, a frozen header and an autofilter.
    static func writeRepresentativeWorkbook(to url: URL) throws {
        var styles = SpreadsheetStyles()
        let header = styles.add(CellStyle(bold: true, alignment: .center, verticalAlignment: .middle, wrap: true,
                                          background: Color(hex: "#DDEBF7"), borders: .all(.thin)))
        let amount = styles.add(CellStyle(numberFormat: .amount))
        let percent = styles.add(CellStyle(numberFormat: .percent(decimals: 2)))
        let twoDecimals = styles.add(CellStyle(numberFormat: .number(decimals: 2, grouping: false)))
        let integer = styles.add(CellStyle(numberFormat: .integer))
        let date = styles.add(CellStyle(numberFormat: .date))
        let yuan = styles.add(CellStyle(numberFormat: .yuan))
        let flag = styles.add(CellStyle(numberFormat: .boolean))
        let total = styles.add(CellStyle(bold: true, borders: Borders(top: .thin)))
        let title = styles.add(CellStyle(bold: true, fontSize: 16, alignment: .center))
        let wide = styles.add(ColumnStyle(width: .cm(6)))
        let narrow = styles.add(ColumnStyle(width: .cm(2.4)))
        let tall = styles.add(RowStyle(height: .cm(1)))

        let departments: [(String, Int, Int, Decimal, Decimal)] = [
            ("自治区财政厅", 120, 110, Decimal(string: "1234.50")!, Decimal(string: "12.34")!),
            ("某某市教育局 & <附属>", 80, 80, Decimal(string: "2345.67")!, Decimal(string: "0.00")!),
            ("控制\u{0001}字符中心", 45, 40, Decimal(string: "345.01")!, Decimal(string: "3.3")!),
        ]
        let document = SpreadsheetDocument(styles: styles, metadata: DocumentMetadata(title: "代表性工作簿"))
        try document.write(to: url) { book in
            try book.addSheet("指标汇总", columns: [
                Column(style: wide), Column(style: narrow, defaultCellStyle: integer, count: 2),
                Column(style: narrow, defaultCellStyle: amount, count: 2), Column(style: narrow, defaultCellStyle: percent),
                Column(style: narrow, count: 5),
            ], options: SheetOptions(frozenRows: 1, autoFilter: true)) { sheet in
                try sheet.appendRow(style: tall) { row in
                    for text in ["单位名称", "编制数", "在职人数", "公用经费", "三公经费", "在职占编制比",
                                 "排名", "规模", "三公占比", "日期", "已核对"] {
                        try row.string(text, style: header)
                    }
                }
                let n = departments.count
                let publics = departments.map { NSDecimalNumber(decimal: $0.3).doubleValue }
                for (i, d) in departments.enumerated() {
                    let r = i + 2
                    let rank = publics.filter { $0 > publics[i] }.count + 1
                    try sheet.appendRow { row in
                        try row.string(d.0)
                        try row.float(d.1)
                        try row.float(d.2)
                        try row.float(d.3)
                        try row.float(d.4)
                        try row.formula(Formula("[.C\(r)]/[.B\(r)]"), cached: .percentage(NumericValue(Double(d.2) / Double(d.1))))
                        try row.formula(Formula("RANK([.D\(r)];[.D$2:.D$\(n + 1)];0)"), cached: .float(NumericValue(rank)))
                        try row.formula(Formula("IF([.D\(r)]>1000;\"大\";\"小\")"), cached: .string(publics[i] > 1000 ? "大" : "小"))
                        let ratio = NSDecimalNumber(decimal: d.4).doubleValue / publics[i]
                        try row.formula(Formula("IFERROR([.E\(r)]/[.D\(r)];\"—\")"), cached: .percentage(NumericValue(ratio)), style: percent)
                        try row.cell(Cell(.date(CalendarDate(year: 2024, month: 3, day: 15 + i)), style: date))
                        try row.cell(Cell(.boolean(i != 1), style: flag))
                    }
                }
                let sum = departments.reduce(Decimal(0)) { $0 + $1.3 }
                let sorted = publics.sorted()
                try sheet.appendRow { row in
                    try row.string("合计", style: total)
                    try row.formula(Formula("SUM([.B2:.B\(n + 1)])"), cached: .float(NumericValue(departments.reduce(0) { $0 + $1.1 })), style: total)
                    try row.formula(Formula("SUM([.C2:.C\(n + 1)])"), cached: .float(NumericValue(departments.reduce(0) { $0 + $1.2 })), style: total)
                    try row.formula(Formula("SUM([.D2:.D\(n + 1)])"), cached: .float(NumericValue(sum)))
                    try row.formula(Formula("AVERAGE([.D2:.D\(n + 1)])"), cached: .float(NumericValue(publics.reduce(0, +) / Double(n))))
                    try row.formula(Formula("MEDIAN([.D2:.D\(n + 1)])"), cached: .float(NumericValue(sorted[1])), style: twoDecimals)
                    try row.empty(3)
                    try row.cell(Cell(.currency(NumericValue(Decimal(string: "9876.5")!), code: "CNY"), style: yuan))
                }
            }
            try book.addSheet("支出明细", columns: [Column(style: wide), Column(defaultCellStyle: amount), Column(style: wide)]) { sheet in
                try sheet.appendRow([.string("项目", style: header), .string("金额", style: header)])
                try sheet.appendRow { row in
                    try row.string("引用汇总表公用经费")
                    try row.formula(Formula("[$'指标汇总'.D2]*2"), cached: .float(NumericValue(Decimal(string: "2469")!)))
                }
                try sheet.appendEmptyRows(3)
                try sheet.appendRow { row in
                    try row.empty(2)
                    try row.string("间隔之后  两个空格\t制表")
                }
            }
            try book.addSheet("说明", columns: [Column(style: narrow, count: 4)]) { sheet in
                try sheet.appendRow([Cell(.string("比较分析说明"), style: title, columnsSpanned: 4, rowsSpanned: 2)])
                try sheet.appendRow { _ in }
                try sheet.appendRow { row in
                    try row.cell(Cell(.string("数据来源"), annotation: "表1 第87行"))
                    try row.string("引号 \"双\" 与 '单' & <尖括号>")
                }
            }
        }
    }

    /// A short workbook for golden files.
    static func writeTinyWorkbook(to url: URL) throws {
        var styles = SpreadsheetStyles()
        let bold = styles.add(CellStyle(bold: true))
        let amount = styles.add(CellStyle(numberFormat: .amount))
        let width = styles.add(ColumnStyle(width: .cm(3)))
        try SpreadsheetDocument(styles: styles).write(to: url) { book in
            try book.addSheet("表", columns: [Column(style: width), Column(defaultCellStyle: amount)], options: SheetOptions(frozenRows: 1)) { sheet in
                try sheet.appendRow([.string("名称", style: bold), .string("金额", style: bold)])
                try sheet.appendRow([.string("甲"), .float(Decimal(string: "1234.5")!)])
                try sheet.appendRow([.string("乙"), .float(Decimal(string: "-0.0123")!)])
                try sheet.appendRow { row in
                    try row.string("合计", style: bold)
                    try row.formula(Formula("SUM([.B2:.B3])"), cached: .float(NumericValue(Decimal(string: "1234.4877")!)))
                }
            }
        }
    }
}
