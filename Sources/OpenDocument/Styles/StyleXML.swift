/// Writing styles as ODF elements. Each function writes one element, properties in
/// schema order.
extension XMLStreamWriter {
    /// `style:font-face` declarations.
    func fontFaceDecls(_ fonts: [FontFace]) throws {
        guard !fonts.isEmpty else { return }
        try element("office:font-face-decls") {
            for font in fonts {
                try element("style:font-face", [
                    "style:name": font.name, "svg:font-family": font.familyList,
                    "style:font-family-generic": font.generic?.rawValue,
                ])
            }
        }
    }

    /// A table-cell style: cell, paragraph, then text properties.
    func cellStyle(_ style: CellStyle, name: String, dataStyle: String?) throws {
        try startElement("style:style")
        try attribute("style:name", name)
        try attribute("style:family", "table-cell")
        try attribute("style:parent-style-name", "Default")
        if let dataStyle { try attribute("style:data-style-name", dataStyle) }
        let hasCell = style.background != nil || style.borders != nil || style.wrap
            || style.verticalAlignment != nil || style.alignment != nil
        if hasCell {
            try startElement("style:table-cell-properties")
            if let background = style.background { try attribute("fo:background-color", background.description) }
            for (key, value) in style.borders?.attributes ?? [] { try attribute(key, value) }
            if style.wrap { try attribute("fo:wrap-option", "wrap") }
            if style.alignment != nil { try attribute("style:text-align-source", "fix") }
            if let vertical = style.verticalAlignment { try attribute("style:vertical-align", vertical.rawValue) }
            try endElement()
        }
        if let alignment = style.alignment {
            try element("style:paragraph-properties", ["fo:text-align": alignment.rawValue])
        }
        try textProperties(TextStyle(bold: style.bold, italic: style.italic, fontSize: style.fontSize, font: style.font, color: style.color))
        try endElement()
    }

    /// `style:text-properties` for both Western and Asian scripts (CJK text uses the
    /// Asian slot, so bold or size set only on the Western one would not show).
    func textProperties(_ style: TextStyle, chineseLanguage: Bool = false) throws {
        guard style != TextStyle() || chineseLanguage else { return }
        try startElement("style:text-properties")
        if chineseLanguage {
            try attribute("fo:language", "zh")
            try attribute("fo:country", "CN")
            try attribute("style:language-asian", "zh")
            try attribute("style:country-asian", "CN")
        }
        if let color = style.color { try attribute("fo:color", color.description) }
        if let font = style.font {
            try attribute("style:font-name", font.name)
            try attribute("style:font-name-asian", font.name)
        }
        if let asian = style.asianFont { try attribute("style:font-name-asian", asian.name) }
        if let size = style.fontSize {
            try attribute("fo:font-size", formatPlain(size) + "pt")
            try attribute("style:font-size-asian", formatPlain(size) + "pt")
        }
        if style.italic {
            try attribute("fo:font-style", "italic")
            try attribute("style:font-style-asian", "italic")
        }
        if style.bold {
            try attribute("fo:font-weight", "bold")
            try attribute("style:font-weight-asian", "bold")
        }
        if style.underline {
            try attribute("style:text-underline-style", "solid")
            try attribute("style:text-underline-width", "auto")
            try attribute("style:text-underline-color", "font-color")
        }
        try endElement()
    }

    /// A column style with its width.
    func columnStyle(_ style: ColumnStyle, name: String) throws {
        try element("style:style", ["style:name": name, "style:family": "table-column"]) {
            try self.element("style:table-column-properties", ["fo:break-before": "auto", "style:column-width": style.width.description])
        }
    }

    /// A row style with a fixed height.
    func rowStyle(_ style: RowStyle, name: String) throws {
        try element("style:style", ["style:name": name, "style:family": "table-row"]) {
            try self.element("style:table-row-properties", [
                "style:row-height": style.height.description, "fo:break-before": "auto",
                "style:use-optimal-row-height": "false",
            ])
        }
    }

    /// A data style (`number:*-style`) for `format`.
    func dataStyle(_ format: NumberFormat, name: String) throws {
        switch format {
        case let .number(decimals, grouping):
            try element("number:number-style", ["style:name": name]) {
                try self.numberElement(decimals: decimals, grouping: grouping)
            }
        case let .percent(decimals):
            try element("number:percentage-style", ["style:name": name]) {
                try self.numberElement(decimals: decimals, grouping: false)
                try self.textElement("number:text", text: "%")
            }
        case let .currency(symbol, decimals):
            try element("number:currency-style", ["style:name": name]) {
                try self.textElement("number:currency-symbol", ["number:language": "zh", "number:country": "CN"], text: symbol)
                try self.numberElement(decimals: decimals, grouping: true)
            }
        case .date:
            try element("number:date-style", ["style:name": name]) {
                try self.element("number:year", ["number:style": "long"])
                try self.textElement("number:text", text: "-")
                try self.element("number:month", ["number:style": "long"])
                try self.textElement("number:text", text: "-")
                try self.element("number:day", ["number:style": "long"])
            }
        case .boolean:
            try element("number:boolean-style", ["style:name": name]) {
                try self.element("number:boolean")
            }
        }
    }

    private func numberElement(decimals: Int, grouping: Bool) throws {
        try element("number:number", [
            "number:decimal-places": String(decimals), "number:min-decimal-places": String(decimals),
            "number:min-integer-digits": "1", "number:grouping": grouping ? "true" : nil,
        ])
    }
}
