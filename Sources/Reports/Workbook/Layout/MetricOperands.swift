import BudgetMetrics
import BudgetModel
import Foundation

/// The numerator and denominator of one metric for one department as
/// formulas over the data sheets, following the way BudgetMetrics read them
/// (including its fallbacks, e.g. 实有人数 → 在职 + 退休 + 离休).
///
/// When an operand is not stated, the formula still refers to the cells the
/// metric's first way of reading it would use (they show "—"), so an analyst
/// who types the missing figure into the data sheet sees the ratio appear.
/// Inputs read from lists without a fixed cell (a year-on-year statement the
/// disclosure does not make) leave the operand without a formula.
struct MetricOperands {
    let numerator: OperandFormula?
    let denominator: OperandFormula?
    /// Fallbacks used for this department, in words (for annotations).
    let notes: [String]

    init(_ value: MetricValue, department: Int, kind: DisclosureKind, locator: CellLocator) {
        let definition = value.definition
        let route = Self.route(of: value, in: definition, kind: kind)
        func formula(_ operand: Operand?, spec: OperandSpec) -> OperandFormula? {
            if let operand {
                let terms = operand.terms.map {
                    OperandFormula.Term(path: $0.input.field, subtracted: $0.subtracted, value: $0.input.value)
                }
                return OperandFormula(terms, department: department, locator: locator)
            }
            // Not stated: the cells of the first applicable way, when it is a plain sum of fields.
            guard let source = spec.sources(for: kind).first, !source.fields.isEmpty,
                  source.expression == source.fields.map(\.path).joined(separator: " + ") else { return nil }
            let terms = source.fields.map { OperandFormula.Term(path: $0.path, subtracted: false, value: nil) }
            return OperandFormula(terms, department: department, locator: locator)
        }
        numerator = formula(value.numerator, spec: route.numerator)
        denominator = formula(value.denominator, spec: route.denominator)
        var notes: [String] = []
        if let note = route.note, !Self.isSameRoute(route, definition.routes[0]) {
            notes.append(note)
        }
        for (operand, spec) in [(value.numerator, route.numerator), (value.denominator, route.denominator)] {
            guard let operand else { continue }
            let sources = spec.sources(for: kind)
            if let index = sources.firstIndex(where: { $0.expression == operand.route }), index > 0,
               let note = sources[index].note {
                notes.append(note)
            }
        }
        self.notes = notes
    }

    /// The route whose operands `value` was read with (the first route when none was).
    private static func route(of value: MetricValue, in definition: MetricDefinition, kind: DisclosureKind) -> MetricRoute {
        guard let numerator = value.numerator, let denominator = value.denominator else { return definition.routes[0] }
        return definition.routes.first { route in
            route.numerator.sources(for: kind).contains { $0.expression == numerator.route }
                && route.denominator.sources(for: kind).contains { $0.expression == denominator.route }
        } ?? definition.routes[0]
    }

    private static func isSameRoute(_ a: MetricRoute, _ b: MetricRoute) -> Bool {
        a.numerator.sources.map(\.expression) == b.numerator.sources.map(\.expression)
            && a.denominator.sources.map(\.expression) == b.denominator.sources.map(\.expression)
    }
}
