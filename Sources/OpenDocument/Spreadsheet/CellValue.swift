/// A calendar date without time or time zone (`office:date-value="2024-03-15"`).
public struct CalendarDate: Sendable, Hashable, CustomStringConvertible {
    /// The date's components (month and day 1-based).
    public var year: Int, month: Int, day: Int

    /// Creates a date; components are not range-checked beyond month 1–12 and day 1–31.
    public init(year: Int, month: Int, day: Int) {
        precondition((1...12).contains(month) && (1...31).contains(day), "invalid date")
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 `YYYY-MM-DD`.
    public var description: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// What a cell holds, with its ODF value type.
public enum CellValue: Sendable, Hashable {
    /// No value (written as an empty cell).
    case empty
    /// Text, shown in a `text:p`.
    case string(String)
    /// A number (`office:value-type="float"`).
    case float(NumericValue)
    /// A fraction shown as a percentage: 0.25 is 25%.
    case percentage(NumericValue)
    /// An amount with an ISO 4217 currency code, e.g. `CNY`.
    case currency(NumericValue, code: String)
    /// A date.
    case date(CalendarDate)
    /// TRUE or FALSE.
    case boolean(Bool)
}
