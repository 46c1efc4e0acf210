/// How a cell displays its number: written as a data style (`number:number-style`,
/// `number:percentage-style`, …) that cell styles link with `style:data-style-name`.
public enum NumberFormat: Sendable, Hashable {
    /// Fixed decimals, optionally with thousands separators: `#,##0.00` is
    /// `.number(decimals: 2, grouping: true)`, `0.00` is `.number(decimals: 2, grouping: false)`.
    case number(decimals: Int, grouping: Bool)
    /// A percentage with fixed decimals (`0.00%`); the cell's value is the fraction.
    case percent(decimals: Int)
    /// An amount with a currency symbol, e.g. `¥#,##0.00`.
    case currency(symbol: String, decimals: Int)
    /// An ISO-like date, `YYYY-MM-DD`.
    case date
    /// `TRUE` / `FALSE`.
    case boolean

    /// `#,##0.00`: 万元 amounts.
    public static let amount = NumberFormat.number(decimals: 2, grouping: true)
    /// `0`: integers, no separators (years, head counts).
    public static let integer = NumberFormat.number(decimals: 0, grouping: false)
    /// `¥#,##0.00`.
    public static let yuan = NumberFormat.currency(symbol: "¥", decimals: 2)
}
