import Foundation

/// What `ReportRunner` writes per group and under which names.
public struct ReportOptions: Sendable, Hashable {
    /// The workbook's file name in each group folder (`--workbook-name`).
    public var workbookName: String
    /// The memo's file name in each group folder (`--memo-name`).
    public var memoName: String
    /// The memo templates folder (`--templates`); `nil` looks for `Templates/`
    /// as `MemoTemplates.locate()` does (environment, current folder, beside the program).
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
            if name.isEmpty { return "\(option) must not be empty" }
            if name.contains("/") || name.contains("\0") { return "\(option) must be a file name, not a path: \(name)" }
            if name.hasPrefix(".") { return "\(option) must not start with '.': \(name)" }
        }
        if workbookName == memoName { return "--workbook-name and --memo-name must differ" }
        return nil
    }
}
