/// Writes the text document's `content.xml` top-down: root, font faces, automatic
/// styles (paragraphs, runs, tables), then the body blocks in order.
struct TextContentWriter {
    let document: TextDocument

    /// The automatic styles of one table: its own, its columns', its cells'.
    /// Cells draw left, top and bottom borders, and the right one only in the last
    /// column, as LibreOffice does: adjacent cells would otherwise both draw the line
    /// between them, twice as thick.
    private struct TableCellStyle: Hashable, Sendable {
        var border: Border?
        var padding: Length
        var background: Color?
        var lastColumn: Bool
    }

    /// The cells of a row with their style keys.
    private static func cellStyles(_ row: [TextTableCell], _ table: TextTable) -> [(TextTableCell, TableCellStyle)] {
        var column = 0
        return row.map { cell in
            column += cell.columnsSpanned
            return (cell, TableCellStyle(border: table.border, padding: table.padding, background: cell.background,
                                         lastColumn: column >= table.columns.count))
        }
    }

    private struct TableStyle: Hashable, Sendable {
        var width: Length
        var alignment: HorizontalAlignment
    }

    func write(to xml: XMLStreamWriter) throws {
        // First walk: name every automatic style in first-use order.
        var names = TextStyleNames(paragraphPrefix: "P", textPrefix: "T")
        var tables = StyleTable<TableStyle>(prefix: "Tab")
        var columns = StyleTable<ColumnStyle>(prefix: "TabCol")
        var cells = StyleTable<TableCellStyle>(prefix: "TabCell")
        for block in document.body {
            switch block {
            case let .paragraph(p), let .heading(p, _):
                names.collect(p)
            case let .table(table):
                _ = tables.intern(Self.tableStyle(table))
                table.columns.forEach { _ = columns.intern(ColumnStyle(width: $0)) }
                for row in table.headerRows + table.rows {
                    for (cell, style) in Self.cellStyles(row, table) {
                        _ = cells.intern(style)
                        cell.paragraphs.forEach { names.collect($0) }
                    }
                }
            }
        }

        try xml.startRoot("office:document-content", namespaces: Namespace.documentParts)
        try xml.fontFaceDecls(document.fonts)
        try xml.element("office:automatic-styles") {
            try names.writeStyles(to: xml)
            for (name, style) in tables.named {
                try xml.element("style:style", ["style:name": name, "style:family": "table"]) {
                    try xml.element("style:table-properties", [
                        "style:width": style.width.description,
                        "table:align": Self.tableAlign(style.alignment),
                    ])
                }
            }
            for (name, style) in columns.named {
                try xml.element("style:style", ["style:name": name, "style:family": "table-column"]) {
                    try xml.element("style:table-column-properties", ["style:column-width": style.width.description])
                }
            }
            for (name, style) in cells.named {
                try xml.element("style:style", ["style:name": name, "style:family": "table-cell"]) {
                    try xml.startElement("style:table-cell-properties")
                    if let background = style.background { try xml.attribute("fo:background-color", background.description) }
                    try xml.attribute("fo:padding", style.padding.description)
                    if let border = style.border {
                        if style.lastColumn {
                            try xml.attribute("fo:border", border.description)
                        } else {
                            try xml.attribute("fo:border-left", border.description)
                            try xml.attribute("fo:border-right", "none")
                            try xml.attribute("fo:border-top", border.description)
                            try xml.attribute("fo:border-bottom", border.description)
                        }
                    }
                    try xml.endElement()
                }
            }
        }
        try xml.element("office:body") {
            try xml.element("office:text") {
                var tableNumber = 0
                for block in document.body {
                    switch block {
                    case let .paragraph(p):
                        try names.writeParagraph(p, to: xml)
                    case let .heading(p, level):
                        try names.writeParagraph(p, headingLevel: max(1, min(level, 10)), to: xml)
                    case let .table(table):
                        tableNumber += 1
                        try writeTable(table, number: tableNumber, names: names, tables: tables, columns: columns, cells: cells, to: xml)
                    }
                }
            }
        }
        try xml.endElement()
    }

    private func writeTable(_ table: TextTable, number: Int, names: TextStyleNames, tables: StyleTable<TableStyle>,
                            columns: StyleTable<ColumnStyle>, cells: StyleTable<TableCellStyle>, to xml: XMLStreamWriter) throws {
        func name<T>(_ table: StyleTable<T>, _ value: T) -> String { table.name(of: value) }
        try xml.startElement("table:table")
        try xml.attribute("table:name", "Table\(number)")
        try xml.attribute("table:style-name", name(tables, Self.tableStyle(table)))
        for width in table.columns {
            try xml.element("table:table-column", ["table:style-name": name(columns, ColumnStyle(width: width))])
        }
        func writeRow(_ row: [TextTableCell]) throws {
            try xml.element("table:table-row") {
                for (cell, style) in Self.cellStyles(row, table) {
                    try xml.startElement("table:table-cell")
                    try xml.attribute("table:style-name", name(cells, style))
                    if cell.columnsSpanned > 1 { try xml.attribute("table:number-columns-spanned", String(cell.columnsSpanned)) }
                    if cell.paragraphs.isEmpty {
                        try xml.element("text:p", ["text:style-name": "Standard"])
                    }
                    for paragraph in cell.paragraphs { try names.writeParagraph(paragraph, to: xml) }
                    try xml.endElement()
                    if cell.columnsSpanned > 1 {
                        try xml.element("table:covered-table-cell", [
                            "table:number-columns-repeated": cell.columnsSpanned > 2 ? String(cell.columnsSpanned - 1) : nil,
                        ])
                    }
                }
            }
        }
        if !table.headerRows.isEmpty {
            try xml.element("table:table-header-rows") { try table.headerRows.forEach(writeRow) }
        }
        try table.rows.forEach(writeRow)
        try xml.endElement()
    }

    private static func tableStyle(_ table: TextTable) -> TableStyle {
        let units = Set(table.columns.map(\.unit))
        let width: Length = units.count == 1
            ? Length(table.columns.reduce(0) { $0 + $1.value }, units.first!)
            : .pt(table.columns.reduce(0) { $0 + $1.points })
        return TableStyle(width: width, alignment: table.alignment)
    }

    private static func tableAlign(_ alignment: HorizontalAlignment) -> String {
        switch alignment {
        case .start: "left"
        case .center: "center"
        case .end: "right"
        case .justify: "margins"
        }
    }
}
