/// Writes the spreadsheet's `content.xml` top-down: root, font faces, automatic styles,
/// then the body, whose sheets the caller's closure streams in, then the database
/// ranges (autofilters), which must follow all tables.
struct SpreadsheetContentWriter {
    let styles: SpreadsheetStyles

    func write(to xml: XMLStreamWriter, body: (WorkbookWriter) throws -> Void) throws -> [SheetSummary] {
        try xml.startRoot("office:document-content", namespaces: Namespace.documentParts)
        try xml.fontFaceDecls(styles.fonts)
        try writeAutomaticStyles(xml)
        try xml.startElement("office:body")
        try xml.startElement("office:spreadsheet")
        let workbook = WorkbookWriter(xml: xml, styles: styles)
        try body(workbook)
        let sheets = try workbook.close()
        try writeDatabaseRanges(xml, sheets)
        try xml.endElement()  // office:spreadsheet
        try xml.endElement()  // office:body
        try xml.endElement()  // office:document-content
        return sheets
    }

    /// Column, row, data and cell styles, each family in registration order.
    private func writeAutomaticStyles(_ xml: XMLStreamWriter) throws {
        try xml.element("office:automatic-styles") {
            for (name, style) in styles.columns.named { try xml.columnStyle(style, name: name) }
            for (name, style) in styles.rows.named { try xml.rowStyle(style, name: name) }
            for (name, format) in styles.dataStyles.named { try xml.dataStyle(format, name: name) }
            for (name, style) in styles.cells.named {
                try xml.cellStyle(style, name: name, dataStyle: style.numberFormat.map(styles.dataStyleName))
            }
        }
    }

    /// One anonymous database range per filtered sheet, as LibreOffice names them.
    private func writeDatabaseRanges(_ xml: XMLStreamWriter, _ sheets: [SheetSummary]) throws {
        let filtered = sheets.enumerated().filter { $0.element.autoFilterRange != nil }
        guard !filtered.isEmpty else { return }
        try xml.element("table:database-ranges") {
            for (index, sheet) in filtered {
                try xml.element("table:database-range", [
                    "table:name": "__Anonymous_Sheet_DB__\(index)",
                    "table:target-range-address": sheet.autoFilterRange!.address(sheet: sheet.name),
                    "table:display-filter-buttons": "true",
                ])
            }
        }
    }
}
