/// Element, attribute and constant value names used per cell, converted to C once.
enum ODS {
    static let tableRow = XMLName("table:table-row")
    static let tableCell = XMLName("table:table-cell")
    static let coveredCell = XMLName("table:covered-table-cell")
    static let styleName = XMLName("table:style-name")
    static let formula = XMLName("table:formula")
    static let valueType = XMLName("office:value-type")
    static let value = XMLName("office:value")
    static let dateValue = XMLName("office:date-value")
    static let booleanValue = XMLName("office:boolean-value")
    static let stringValue = XMLName("office:string-value")
    static let currency = XMLName("office:currency")
    static let columnsRepeated = XMLName("table:number-columns-repeated")
    static let rowsRepeated = XMLName("table:number-rows-repeated")
    static let columnsSpanned = XMLName("table:number-columns-spanned")
    static let rowsSpanned = XMLName("table:number-rows-spanned")
    static let textP = XMLName("text:p")
    static let annotation = XMLName("office:annotation")
    /// What a `table:formula` value starts with (``Formula/attributeValue``).
    static let formulaPrefix = XMLName("of:=")
    static let headerRows = XMLName("table:table-header-rows")

    // Constant markup for the pre-escaped hot path (see XMLStreamWriter.appendMarkup).
    static let rowOpen = XMLName("<table:table-row")
    static let rowClose = XMLName("</table:table-row>")
    static let cellOpen = XMLName("<table:table-cell")
    static let coveredOpen = XMLName("<table:covered-table-cell")
    static let tagEnd = XMLName(">")
    static let emptyTagEnd = XMLName("/>")
    static let floatType = XMLName(" office:value-type=\"float\"")
    static let percentageType = XMLName(" office:value-type=\"percentage\"")
    static let stringStart = XMLName(" office:value-type=\"string\"><text:p>")
    static let stringEnd = XMLName("</text:p></table:table-cell>")
    /// Between two lines of a cell's text: each line is its own paragraph.
    static let paragraphBreak = XMLName("</text:p><text:p>")
    static let emptyRowTail = XMLName("><table:table-cell/></table:table-row>")

    // Attribute values.
    static let float = XMLName("float")
    static let string = XMLName("string")
    static let percentage = XMLName("percentage")
    static let currencyType = XMLName("currency")
    static let date = XMLName("date")
    static let boolean = XMLName("boolean")
    static let trueValue = XMLName("true")
    static let falseValue = XMLName("false")
}

/// NUL-terminated style names for the writer's hot path; freed with the table.
final class CStringTable {
    // Owned: each pointer was allocated here and is freed in deinit.
    private var storage: [UnsafeMutablePointer<UInt8>] = []

    init(_ names: [String]) {
        for name in names {
            let bytes = Array(name.utf8)
            let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + 1)
            pointer.initialize(from: bytes, count: bytes.count)
            pointer[bytes.count] = 0
            storage.append(pointer)
        }
    }

    deinit { storage.forEach { $0.deallocate() } }

    subscript(index: Int) -> UnsafePointer<UInt8> { UnsafePointer(storage[index]) }
}
