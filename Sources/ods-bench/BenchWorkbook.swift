import Foundation
import OpenDocument

/// The benchmark workbook: sheet 指标汇总 (one row per department, ratio formulas,
/// totals) and sheet 支出明细 (one row per line item).
struct BenchWorkbook {
    let workload: Workload
    let compressionLevel: Int

    func write(to url: URL) throws {
        var styles = SpreadsheetStyles()
        let header = styles.add(CellStyle(bold: true))
        let integer = styles.add(CellStyle(numberFormat: .integer))
        let amount = styles.add(CellStyle(numberFormat: .amount))
        let ratio = styles.add(CellStyle(numberFormat: .number(decimals: 2, grouping: false)))
        let percent = styles.add(CellStyle(numberFormat: .percent(decimals: 2)))
        let cm6 = styles.add(ColumnStyle(width: .cm(6)))
        let cm24 = styles.add(ColumnStyle(width: .cm(2.4)))
        let cm3 = styles.add(ColumnStyle(width: .cm(3)))
        let cm7 = styles.add(ColumnStyle(width: .cm(7)))

        let document = SpreadsheetDocument(styles: styles, compressionLevel: compressionLevel)
        let departments = workload.departments
        let n = departments.count
        try document.write(to: url) { book in
            try book.addSheet("指标汇总", columns: [
                Column(style: cm6),
                Column(style: cm24, defaultCellStyle: integer, count: 6),
                Column(style: cm24, defaultCellStyle: amount, count: 6),
                Column(style: cm3, defaultCellStyle: ratio),
                Column(style: cm3, defaultCellStyle: percent, count: 3),
            ], options: SheetOptions(frozenRows: 1)) { sheet in
                try sheet.appendRow { row in
                    for title in ["单位名称", "年度", "编制数", "在职人数", "退休人数", "离休人数", "明细条数",
                                  "基本支出(万元)", "人员经费(万元)", "公用经费(万元)", "项目支出(万元)",
                                  "财政拨款合计(万元)", "三公经费合计(万元)", "人均公用经费(万元/人)",
                                  "三公经费占财政拨款比", "退休人员比", "在职占编制比"] {
                        try row.string(title, style: header)
                    }
                }
                var totals = [Int64](repeating: 0, count: 11)  // C…M
                for (i, d) in departments.enumerated() {
                    let counts = [d.authorized, d.active, d.retired, d.separated, d.itemCount]
                    let money = [d.basic, d.personnel, d.publicFunds, d.project, d.fiscal, d.sangong]
                    for (k, v) in counts.enumerated() { totals[k] += Int64(v) }
                    for (k, v) in money.enumerated() { totals[5 + k] += v }
                    try sheet.appendRow { row in
                        try row.string(d.name)
                        try row.float(d.year)
                        for v in counts { try row.float(v) }
                        for v in money { try row.float(NumericValue(units: v, scale: 2)) }
                        try ratios(row, r: i + 2, publicFunds: d.publicFunds, active: Int64(d.active), sangong: d.sangong,
                                   fiscal: d.fiscal, retired: Int64(d.retired), authorized: Int64(d.authorized))
                    }
                }
                try sheet.appendRow { row in
                    try row.string("合计", style: header)
                    try row.empty()
                    for (k, total) in totals.enumerated() {
                        let column = CellAddress.columnName(2 + k)
                        let formula = Formula("SUM([.\(column)2:.\(column)\(n + 1)])")
                        try row.formula(formula, cached: .float(k < 5 ? NumericValue(Int(total)) : NumericValue(units: total, scale: 2)))
                    }
                    try ratios(row, r: n + 2, publicFunds: totals[7], active: totals[1], sangong: totals[10],
                               fiscal: totals[9], retired: totals[2], authorized: totals[0])
                }
            }
            try book.addSheet("支出明细", columns: [
                Column(style: cm6), Column(style: cm3), Column(style: cm7),
                Column(style: cm3, defaultCellStyle: amount, count: 3),
            ], options: SheetOptions(frozenRows: 1)) { sheet in
                try sheet.appendRow { row in
                    for title in ["单位名称", "功能分类科目编码", "科目名称", "金额合计(万元)", "基本支出(万元)", "项目支出(万元)"] {
                        try row.string(title, style: header)
                    }
                }
                for (i, d) in departments.enumerated() {
                    try workload.forEachItem(of: d) { item in
                        try sheet.appendRow { row in
                            try row.string(d.name)
                            try row.string(try workload.string(item.code, escaped: item.codeEscaped))
                            try row.string(try workload.string(item.name, escaped: item.nameEscaped))
                            try row.float(NumericValue(units: item.amount, scale: 2))
                            try row.float(NumericValue(units: item.basic, scale: 2))
                            try row.float(NumericValue(units: item.project, scale: 2))
                        }
                    }
                    if i % 256 == 255 { workload.release(before: d.itemsOffset) }
                }
            }
        }
    }

    /// N…Q: the four ratio formulas of row `r`, cached as LibreOffice computes them
    /// (each operand as the double of its decimal text, then one division).
    private func ratios(_ row: RowWriter, r: Int, publicFunds: Int64, active: Int64, sangong: Int64,
                        fiscal: Int64, retired: Int64, authorized: Int64) throws {
        let j = Double(publicFunds) / 100, m = Double(sangong) / 100, l = Double(fiscal) / 100
        try row.formula(Formula("[.J\(r)]/[.D\(r)]"), cached: .float(NumericValue(j / Double(active))))
        try row.formula(Formula("[.M\(r)]/[.L\(r)]"), cached: .percentage(NumericValue(m / l)))
        try row.formula(Formula("[.E\(r)]/[.D\(r)]"), cached: .percentage(NumericValue(Double(retired) / Double(active))))
        try row.formula(Formula("[.D\(r)]/[.C\(r)]"), cached: .percentage(NumericValue(Double(active) / Double(authorized))))
    }
}
