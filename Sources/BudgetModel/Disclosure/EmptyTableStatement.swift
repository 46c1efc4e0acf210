/// A sentence saying a table is intentionally empty, e.g.
/// "… 2024 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。"
/// Kept so that "empty by statement" is distinguishable from "not found".
public struct EmptyTableStatement: Sendable, Hashable, Codable {
    /// 表8 / 表9 or the table's title.
    public var table: String
    public var text: String?
    public var line: Int?

    public init(table: String, text: String? = nil, line: Int? = nil) {
        self.table = table
        self.text = text
        self.line = line
    }
}
