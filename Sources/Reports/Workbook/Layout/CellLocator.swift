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
struct CellLocator: Sendable {
    private struct Key: Hashable, Sendable {
        let department: Int
        let path: String
    }

    private var cells: [Key: CellRef] = [:]

    /// Records that `department`'s figure `path` is shown in `cell`.
    mutating func record(_ path: String, department: Int, at cell: CellRef) {
        cells[Key(department: department, path: path)] = cell
    }

    /// Takes in what `other` recorded; where both recorded a figure, `other`'s
    /// cell wins, as when its sheet was laid out after this one's.
    mutating func merge(_ other: CellLocator) {
        cells.merge(other.cells) { _, later in later }
    }

    /// The cell showing `department`'s figure `path`, if a data sheet has one.
    func cell(_ path: String, department: Int) -> CellRef? {
        cells[Key(department: department, path: path)]
    }
}
