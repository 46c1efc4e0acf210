import OpenDocument

/// How a cell's value is shown: decides its number format, alignment and
/// the display text used to size its column.
enum ValueKind: Hashable, CaseIterable {
    /// Plain text, one line.
    case text
    /// Longer text that wraps inside its column (descriptions, formulas in words).
    case paragraph
    /// 万元 with two decimals and thousands separators: `#,##0.00`.
    case amount
    /// A count of people or projects: `#,##0`.
    case count
    /// A share or rate stored as the fraction and shown as `0.00%`.
    case percent
    /// A quotient that is not a share (万元/人, 人/人): `#,##0.00`.
    case ratio
    /// A rank: whole number, centred.
    case rank
    /// A difference in percentage points as the checks report it (0.32 means 0.32 个百分点): `0.0000`.
    case percentagePoints

    var numberFormat: NumberFormat? {
        switch self {
        case .text, .paragraph: return nil
        case .amount, .ratio: return .amount
        case .count: return .number(decimals: 0, grouping: true)
        case .percent: return .percent(decimals: 2)
        case .rank: return .integer
        case .percentagePoints: return .number(decimals: 4, grouping: false)
        }
    }

    var alignment: HorizontalAlignment? {
        switch self {
        case .text, .paragraph: return nil
        case .rank: return .center
        default: return .end
        }
    }
}

/// How a row stands out from the data rows around it.
enum Emphasis: Hashable, CaseIterable {
    /// A data row.
    case normal
    /// A total or group-statistics row (合计, 平均值, 中位数…): bold on a grey-blue ground.
    case total
    /// A value that BudgetMetrics flags as an outlier (outside the interquartile
    /// fences): an orange ground. Applied when the workbook is written, because
    /// strict ODF has no conditional formats (LibreOffice keeps those in its own
    /// `calcext:` namespace, which a strictly conforming file may not use); the
    /// highlight therefore does not follow later edits of the inputs.
    case outlier
}

/// Every cell, column and row style of the comparison workbook, registered
/// in a fixed order so that the same input always gives the same style names.
struct WorkbookStyles {
    private(set) var registry = SpreadsheetStyles()

    /// Column headers (bold, wrapped, centred, blue ground).
    let header: CellStyleID
    /// Column headers of every other metric block on 指标汇总 (green ground), so
    /// that the three columns of one metric read as one block.
    let headerAlternate: CellStyleID
    /// The title line of 说明.
    let title: CellStyleID
    /// Section headings of 说明.
    let heading: CellStyleID
    /// Running text of 说明: one line, overflowing into the empty cells to its right.
    let prose: CellStyleID
    /// Labels in the scope table of 说明 (bold, no border).
    let label: CellStyleID
    private var body: [BodyKey: CellStyleID] = [:]
    private var columnWidths: [Int: ColumnStyleID] = [:]

    private struct BodyKey: Hashable {
        var kind: ValueKind
        var emphasis: Emphasis
    }

    static let headerGround = Color(hex: "#DDEBF7")!
    static let alternateGround = Color(hex: "#E2EFDA")!
    static let totalGround = Color(hex: "#D9E1F2")!
    static let outlierGround = Color(hex: "#F8CBAD")!
    static let gridLine = Border(width: .pt(0.5), color: Color(hex: "#A6A6A6")!)

    init() {
        var registry = SpreadsheetStyles()
        let grid = Borders.all(Self.gridLine)
        header = registry.add(CellStyle(bold: true, alignment: .center, verticalAlignment: .middle, wrap: true,
                                        background: Self.headerGround, borders: grid))
        headerAlternate = registry.add(CellStyle(bold: true, alignment: .center, verticalAlignment: .middle, wrap: true,
                                                 background: Self.alternateGround, borders: grid))
        title = registry.add(CellStyle(bold: true, fontSize: 14))
        heading = registry.add(CellStyle(bold: true, fontSize: 11))
        prose = registry.add(CellStyle(verticalAlignment: .top))
        label = registry.add(CellStyle(bold: true, verticalAlignment: .top))
        for emphasis in Emphasis.allCases {
            for kind in ValueKind.allCases {
                let ground: Color? = switch emphasis {
                case .normal: nil
                case .total: Self.totalGround
                case .outlier: Self.outlierGround
                }
                let style = CellStyle(
                    bold: emphasis == .total, alignment: kind.alignment, verticalAlignment: .middle,
                    wrap: kind == .paragraph, background: ground, borders: grid, numberFormat: kind.numberFormat)
                body[BodyKey(kind: kind, emphasis: emphasis)] = registry.add(style)
            }
        }
        // Printing: A4 landscape, at most four pages wide (as many pages down as
        // needed). One page wide shrank the ~50-column 指标汇总 to unreadable
        // print; four keeps it near full size, and narrower sheets are not scaled.
        // See ComparisonWorkbook.write for the repeated header rows.
        registry.pageLayout = .a4(landscape: true, scale: .fitToPages(wide: 4, tall: nil))
        self.registry = registry
    }

    /// The style of a table cell holding a value of `kind`.
    func cell(_ kind: ValueKind, _ emphasis: Emphasis = .normal) -> CellStyleID {
        body[BodyKey(kind: kind, emphasis: emphasis)]!
    }

    /// A column style `centimetres` wide, rounded to 0.1 cm so that similar
    /// columns share one style.
    mutating func column(centimetres: Double) -> ColumnStyleID {
        let tenths = Int((centimetres * 10).rounded())
        if let known = columnWidths[tenths] { return known }
        let id = registry.add(ColumnStyle(width: .cm(Double(tenths) / 10)))
        columnWidths[tenths] = id
        return id
    }
}
