/// Writes the spreadsheet's `settings.xml`: the active sheet and, per sheet, frozen
/// header rows/columns (`VerticalSplitMode=2` freezes rows, `HorizontalSplitMode=2`
/// columns), which LibreOffice reads from view settings, not from content.xml.
struct SpreadsheetSettingsWriter {
    let sheets: [SheetSummary]

    func write(to xml: XMLStreamWriter) throws {
        try xml.startRoot("office:document-settings", namespaces: [.office, .config])
        try xml.element("office:settings") {
            try xml.element("config:config-item-set", ["config:name": "ooo:view-settings"]) {
                try xml.element("config:config-item-map-indexed", ["config:name": "Views"]) {
                    try xml.element("config:config-item-map-entry") {
                        try item(xml, "ViewId", "string", "view1")
                        try tables(xml)
                        if let first = sheets.first { try item(xml, "ActiveTable", "string", first.name) }
                    }
                }
            }
        }
        try xml.endElement()
    }

    private func tables(_ xml: XMLStreamWriter) throws {
        let frozen = sheets.filter { $0.options.frozenRows > 0 || $0.options.frozenColumns > 0 }
        guard !frozen.isEmpty else { return }
        try xml.element("config:config-item-map-named", ["config:name": "Tables"]) {
            for sheet in frozen {
                let rows = sheet.options.frozenRows, columns = sheet.options.frozenColumns
                try xml.element("config:config-item-map-entry", ["config:name": sheet.name]) {
                    try item(xml, "HorizontalSplitMode", "short", columns > 0 ? "2" : "0")
                    try item(xml, "VerticalSplitMode", "short", rows > 0 ? "2" : "0")
                    try item(xml, "HorizontalSplitPosition", "int", String(columns))
                    try item(xml, "VerticalSplitPosition", "int", String(rows))
                    // Active pane: 2 bottom-left (rows only), 1 top-right (columns only), 3 both.
                    try item(xml, "ActiveSplitRange", "short", rows > 0 ? (columns > 0 ? "3" : "2") : "1")
                    try item(xml, "PositionLeft", "int", "0")
                    try item(xml, "PositionRight", "int", String(columns))
                    try item(xml, "PositionTop", "int", "0")
                    try item(xml, "PositionBottom", "int", String(rows))
                }
            }
        }
    }

    private func item(_ xml: XMLStreamWriter, _ name: String, _ type: String, _ value: String) throws {
        try xml.textElement("config:config-item", ["config:name": name, "config:type": type], text: value)
    }
}
