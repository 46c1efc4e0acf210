import OpenDocument

/// A cell of the workbook: its sheet and address.
struct CellRef: Hashable, Sendable {
    let sheet: String
    let address: CellAddress

    /// `[$'人员'.C2]`.
    var reference: String { address.reference(sheet: sheet) }
}

/// Where each input figure of each department sits in the data sheets.
///
/// Inputs are named by their model path, exactly as BudgetMetrics names them
/// (`InputValue.field`: "staff.onDuty", "finalAccount.performance[1].executed",
/// "yearOnYear[sangong.total].change"), so a metric's numerator and
/// denominator become formulas over the very cells that show those figures.
///
/// Kept as one array per path, indexed by department: a lookup hashes the
/// path once, and a 16,000-department group's million figures take about 40
/// bytes each (a dictionary keyed by department and path took twice that).
/// The data sheets, laid out side by side, record into locators of their
/// own, merged afterwards; a sheet's paths are mostly its own, so merging
/// moves their arrays rather than copying them.
struct CellLocator: Sendable {
    private var cells: [String: [CellRef?]] = [:]

    /// Records that `department`'s figure `path` is shown in `cell`.
    mutating func record(_ path: String, department: Int, at cell: CellRef) {
        cells[path, default: []].set(department, cell)
    }

    /// Takes in what `other` recorded; where both recorded a figure, `other`'s
    /// cell wins, as when its sheet was laid out after this one's.
    mutating func merge(_ other: consuming CellLocator) {
        for (path, column) in other.cells {
            guard var existing = cells.removeValue(forKey: path) else {
                cells[path] = column
                continue
            }
            for (department, cell) in column.enumerated() {
                if let cell { existing.set(department, cell) }
            }
            cells[path] = existing
        }
    }

    /// The cell showing `department`'s figure `path`, if a data sheet has one.
    func cell(_ path: String, department: Int) -> CellRef? {
        guard let column = cells[path], department < column.count else { return nil }
        return column[department]
    }
}

private extension Array where Element == CellRef? {
    /// Sets element `index`, growing the array with `nil`s as needed.
    mutating func set(_ index: Int, _ cell: CellRef) {
        if index >= count { append(contentsOf: repeatElement(nil, count: index + 1 - count)) }
        self[index] = cell
    }
}
