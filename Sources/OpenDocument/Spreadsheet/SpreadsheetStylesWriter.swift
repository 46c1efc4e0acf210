/// Writes the spreadsheet's `styles.xml`: font faces, the default cell style (with
/// zh-CN as the Asian language), the `Default` parent of every cell style, and a page
/// layout with its master page for printing.
struct SpreadsheetStylesWriter {
    let styles: SpreadsheetStyles

    func write(to xml: XMLStreamWriter) throws {
        try xml.startRoot("office:document-styles", namespaces: Namespace.documentParts)
        try xml.fontFaceDecls(styles.fonts)
        try xml.element("office:styles") {
            try xml.element("style:default-style", ["style:family": "table-cell"]) {
                try xml.element("style:text-properties", [
                    "fo:language": "zh", "fo:country": "CN",
                    "style:language-asian": "zh", "style:country-asian": "CN",
                ])
            }
            try xml.element("style:style", ["style:name": "Default", "style:family": "table-cell"])
        }
        try xml.element("office:automatic-styles") {
            try xml.element("style:page-layout", ["style:name": "pm1"]) {
                try xml.element("style:page-layout-properties", ["style:writing-mode": "lr-tb"])
                try xml.element("style:header-style") {
                    try xml.element("style:header-footer-properties", ["fo:min-height": "0.75cm", "fo:margin-bottom": "0.25cm"])
                }
                try xml.element("style:footer-style") {
                    try xml.element("style:header-footer-properties", ["fo:min-height": "0.75cm", "fo:margin-top": "0.25cm"])
                }
            }
        }
        try xml.element("office:master-styles") {
            try xml.element("style:master-page", ["style:name": "Default", "style:page-layout-name": "pm1"])
        }
        try xml.endElement()
    }
}
