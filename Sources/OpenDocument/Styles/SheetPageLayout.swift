/// How a spreadsheet prints: paper, orientation, margins and scaling. Written as the
/// page layout of the `Default` master page in styles.xml, which every sheet uses.
///
/// ```swift
/// var styles = SpreadsheetStyles()
/// styles.pageLayout = .a4(landscape: true, scale: .fitToPages(wide: 1, tall: nil))
/// ```
/// With every property nil (the default) the reader's defaults apply (LibreOffice:
/// the locale's paper, portrait, 100 %).
public struct SheetPageLayout: Sendable, Hashable {
    /// How the printed sheet is scaled.
    public enum Scale: Sendable, Hashable {
        /// A fixed zoom, e.g. 80 (`style:scale-to`).
        case percent(Int)
        /// Shrunk to at most `wide` pages across and `tall` pages down; nil leaves that
        /// direction free (`style:scale-to-X`, `style:scale-to-Y`, ODF 1.3). Fit to
        /// width is `.fitToPages(wide: 1, tall: nil)`.
        case fitToPages(wide: Int?, tall: Int?)
    }

    /// Paper size; nil for the reader's default.
    public var width: Length?, height: Length?
    /// Margins on all four sides; nil for the reader's default.
    public var margin: Length?
    /// Scaling; nil for 100 %.
    public var scale: Scale?
    /// Centre the printed cells horizontally on the page.
    public var centredHorizontally: Bool

    /// Creates a page layout; everything defaults to the reader's default.
    public init(width: Length? = nil, height: Length? = nil, margin: Length? = nil, scale: Scale? = nil,
                centredHorizontally: Bool = false) {
        self.width = width
        self.height = height
        self.margin = margin
        self.scale = scale
        self.centredHorizontally = centredHorizontally
    }

    /// A4, portrait or landscape, 1.5 cm margins.
    public static func a4(landscape: Bool, scale: Scale? = nil, margin: Length = .cm(1.5)) -> SheetPageLayout {
        SheetPageLayout(width: landscape ? .mm(297) : .mm(210), height: landscape ? .mm(210) : .mm(297),
                        margin: margin, scale: scale)
    }

    /// `style:page-layout-properties` attributes, writing mode last.
    var attributes: [(String, String)] {
        var result: [(String, String)] = []
        if let width { result.append(("fo:page-width", width.description)) }
        if let height { result.append(("fo:page-height", height.description)) }
        if let width, let height {
            result.append(("style:print-orientation", width.points > height.points ? "landscape" : "portrait"))
        }
        if let margin {
            for side in ["top", "bottom", "left", "right"] { result.append(("fo:margin-\(side)", margin.description)) }
        }
        switch scale {
        case let .percent(percent)?:
            result.append(("style:scale-to", "\(percent)%"))
        case let .fitToPages(wide, tall)?:
            if let wide { result.append(("style:scale-to-X", String(wide))) }
            if let tall { result.append(("style:scale-to-Y", String(tall))) }
        case nil:
            break
        }
        if centredHorizontally { result.append(("style:table-centering", "horizontal")) }
        result.append(("style:writing-mode", "lr-tb"))
        return result
    }
}
