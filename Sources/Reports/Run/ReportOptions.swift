import Foundation

/// What `ReportRunner` writes per group and under which names.
public struct ReportOptions: Sendable, Hashable {
    /// The workbook's file name in each group folder (`--workbook-name`).
    public var workbookName: String
    /// The memo's file name in each group folder (`--memo-name`).
    public var memoName: String
    /// The memo templates folder (`--templates`); `nil` lets `MemoTemplates.locate()`
    /// choose ($BUDGETCOMPARE_TEMPLATES, ./Templates when present, the bundled defaults).
    public var templates: URL?

    /// The default names: 比较分析表.ods and 对比分析备忘录.odt.
    public static let defaultWorkbookName = "比较分析表.ods"
    public static let defaultMemoName = MemoWriter.fileName

    public init(workbookName: String = ReportOptions.defaultWorkbookName, memoName: String = ReportOptions.defaultMemoName,
                templates: URL? = nil) {
        self.workbookName = workbookName
        self.memoName = memoName
        self.templates = templates
    }

    /// Why a file name cannot be used, or `nil` when it can: a plain name
    /// (no folder), not hidden, distinct from the other file's name.
    public func problem() -> String? {
        for (option, name) in [("--workbook-name", workbookName), ("--memo-name", memoName)] {
            if name.isEmpty { return "\(option) 不能为空" }
            if name.contains("/") || name.contains("\0") { return "\(option) 应为文件名，不能含路径：\(name)" }
            if name.hasPrefix(".") { return "\(option) 不能以“.”开头：\(name)" }
        }
        if workbookName == memoName { return "--workbook-name 与 --memo-name 不能相同" }
        return nil
    }
}
