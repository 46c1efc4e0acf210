/// Where a figure was read: the table or section of the disclosure and the
/// 1-based line of its text. The file itself is the department's
/// `identity.source`.
public struct Provenance: Sendable, Hashable, Codable {
    /// 1-based line number in the disclosure text.
    public var line: Int?
    /// Table or section, e.g. "表1", "表6", "说明二", "概况".
    public var table: String?

    public init(line: Int?, table: String? = nil) {
        self.line = line
        self.table = table
    }

    /// "表1 第87行", "第87行" or "表1".
    public var description: String {
        switch (table, line) {
        case let (table?, line?): return "\(table) 第\(line)行"
        case let (nil, line?): return "第\(line)行"
        case let (table?, nil): return table
        case (nil, nil): return ""
        }
    }
}
