/// Writes the text document's `styles.xml` top-down: font faces; the default paragraph
/// style (document font, zh-CN language) and `Standard`; the page layout with header
/// and footer styles; the `Standard` master page with its header and footer.
struct TextStylesWriter {
    let document: TextDocument

    func write(to xml: XMLStreamWriter) throws {
        var names = TextStyleNames(paragraphPrefix: "MP", textPrefix: "MT")
        (document.header + document.footer).forEach { names.collect($0) }
        let page = document.page

        try xml.startRoot("office:document-styles", namespaces: Namespace.documentParts)
        try xml.fontFaceDecls(document.fonts)
        try xml.element("office:styles") {
            try xml.element("style:default-style", ["style:family": "paragraph"]) {
                try xml.textProperties(document.defaultText, chineseLanguage: true)
            }
            try xml.element("style:style", ["style:name": "Standard", "style:family": "paragraph", "style:class": "text"])
        }
        try xml.element("office:automatic-styles") {
            try names.writeStyles(to: xml)
            try xml.element("style:page-layout", ["style:name": "pm1"]) {
                try xml.element("style:page-layout-properties", [
                    "fo:page-width": page.width.description, "fo:page-height": page.height.description,
                    "style:print-orientation": page.width.points > page.height.points ? "landscape" : "portrait",
                    "fo:margin-top": page.marginTop.description, "fo:margin-bottom": page.marginBottom.description,
                    "fo:margin-left": page.marginLeft.description, "fo:margin-right": page.marginRight.description,
                ])
                // Both areas are described even when unused: LibreOffice 7.4 otherwise
                // invents an empty header on re-save.
                try xml.element("style:header-style") {
                    try xml.element("style:header-footer-properties", [
                        "fo:min-height": document.header.isEmpty ? "0mm" : page.headerHeight.description,
                        "fo:margin-bottom": document.header.isEmpty ? "0mm" : page.headerSpacing.description,
                    ])
                }
                try xml.element("style:footer-style") {
                    try xml.element("style:header-footer-properties", [
                        "fo:min-height": document.footer.isEmpty ? "0mm" : page.footerHeight.description,
                        "fo:margin-top": document.footer.isEmpty ? "0mm" : page.footerSpacing.description,
                    ])
                }
            }
        }
        try xml.element("office:master-styles") {
            try xml.element("style:master-page", ["style:name": "Standard", "style:page-layout-name": "pm1"]) {
                if !document.header.isEmpty {
                    try xml.element("style:header") {
                        for p in document.header { try names.writeParagraph(p, to: xml) }
                    }
                }
                if !document.footer.isEmpty {
                    try xml.element("style:footer") {
                        for p in document.footer { try names.writeParagraph(p, to: xml) }
                    }
                }
            }
        }
        try xml.endElement()
    }
}
