/// A font declaration (`style:font-face`) with fallbacks.
///
/// `name` is how styles refer to the font; `families` is written to `svg:font-family`
/// as a CSS-style list (`'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC'`), which is valid ODF
/// and what other readers may honour. Measured with LibreOffice 7.4 (headless, Debian 12):
/// it effectively uses only the **first** family; when that one is missing it asks
/// fontconfig, which picks its default CJK face (Noto Sans CJK SC) whatever follows in
/// the list. Put first the family most readers have.
public struct FontFace: Sendable, Hashable {
    /// The declaration's `style:name`, referred to by styles.
    public var name: String
    /// Font families in order of preference.
    public var families: [String]
    /// `style:font-family-generic`.
    public var generic: Generic?

    /// The generic family, used when none of the families is installed.
    public enum Generic: String, Sendable, Hashable { case roman, swiss, modern, decorative, script, system }

    /// Creates a font declaration.
    public init(name: String, families: [String], generic: Generic? = nil) {
        self.name = name
        self.families = families
        self.generic = generic
    }

    /// `svg:font-family` value: names quoted when they contain spaces.
    var familyList: String {
        families.map { $0.contains(" ") || $0.contains("-") ? "'\($0)'" : $0 }.joined(separator: ", ")
    }

    /// Serif CJK (宋体/仿宋 class) from fonts-noto-cjk.
    public static let notoSerifCJK = FontFace(name: "Noto Serif CJK SC", families: ["Noto Serif CJK SC"], generic: .roman)
    /// Sans CJK (黑体 class) from fonts-noto-cjk.
    public static let notoSansCJK = FontFace(name: "Noto Sans CJK SC", families: ["Noto Sans CJK SC"], generic: .swiss)
}
