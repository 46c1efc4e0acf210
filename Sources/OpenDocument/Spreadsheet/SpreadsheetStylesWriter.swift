/// Writes the spreadsheet's `styles.xml`: font faces, the default cell style (Western
/// text en-US, Asian text zh-CN), the `Default` parent of every cell style, and a page
/// layout (``SheetPageLayout``) with its master page for printing.
struct SpreadsheetStylesWriter {
    let styles: SpreadsheetStyles

    func write(to xml: XMLStreamWriter) throws {
        try xml.startRoot("office:document-styles", namespaces: Namespace.documentParts)
        try xml.fontFaceDecls(styles.fonts)
        try xml.element("office:styles") {
            try xml.element("style:default-style", ["style:family": "table-cell"]) {
                try xml.startElement("style:text-properties")
                for (key, value) in XMLStreamWriter.documentLanguageAttributes { try xml.attribute(key, value) }
                try xml.endElement()
            }
            try xml.element("style:style", ["style:name": "Default", "style:family": "table-cell"])
        }
        try xml.element("office:automatic-styles") {
            try xml.element("style:page-layout", ["style:name": "pm1"]) {
                try xml.startElement("style:page-layout-properties")
                for (key, value) in styles.pageLayout.attributes { try xml.attribute(key, value) }
                try xml.endElement()
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
