import BudgetModel
import Foundation

/// How to obtain one operand of a metric (a numerator or a denominator):
/// a term (在职, 退休 + 离休) and the ways to read it from the model, tried
/// in order. The first way whose inputs are all stated wins; when none is,
/// the operand is missing and the reason names the inputs of the first way.
public struct OperandSpec: Sendable {
    /// The operand's name in the formula, e.g. "退休 + 离休".
    public let term: String
    /// The ways to read it, in order of preference.
    public let sources: [OperandSource]
    /// Each source's term and route, made once and shared by every
    /// department's operand (`sources` order).
    private let labels: [OperandLabel]

    public init(term: String, sources: [OperandSource]) {
        self.term = term
        self.sources = sources
        labels = sources.map { OperandLabel(term: term, route: $0.expression) }
    }

    /// The ways that apply to a disclosure of `kind`, in order.
    public func sources(for kind: DisclosureKind) -> [OperandSource] {
        sources.filter { $0.kinds.contains(kind) }
    }

    /// The operand for `department`, or the inputs its first applicable way lacks.
    func resolve(_ department: Department) -> Result<Operand, MissingInputs> {
        let kind = department.identity.kind
        var firstMissing: [MissingInput]?
        for (source, label) in zip(sources, labels) where source.kinds.contains(kind) {
            switch source.resolve(department) {
            case .found(let terms):
                return .success(Operand(label, terms: terms))
            case .missing(let missing):
                if firstMissing == nil { firstMissing = missing }
            }
        }
        return .failure(MissingInputs(inputs: firstMissing ?? []))
    }
}

/// The inputs an operand lacks.
struct MissingInputs: Error {
    var inputs: [MissingInput]
}

/// One way to read an operand: a signed sum of model fields, or a sum over
/// the rows of a list (projects), or a statement (an empty table).
public struct OperandSource: Sendable {
    /// The way as model paths, e.g. "staff.actual − staff.onDuty",
    /// "Σ finalAccount.performance[].executed".
    public let expression: String
    /// The disclosure kinds this way applies to.
    public let kinds: Set<DisclosureKind>
    /// Why this way is used (documented in docs/METRICS.md).
    public let note: String?
    /// The fixed fields the way reads (empty for row sums and statements).
    public let fields: [ModelField]
    /// Where a disclosure states the figures of a row sum or statement (for
    /// fixed fields, see each field's `disclosure`).
    public let disclosure: String?
    let resolve: @Sendable (Department) -> SourceResolution

    init(expression: String, kinds: Set<DisclosureKind> = Set(DisclosureKind.allCases), note: String? = nil,
         fields: [ModelField] = [], disclosure: String? = nil,
         resolve: @escaping @Sendable (Department) -> SourceResolution) {
        self.expression = expression
        self.kinds = kinds
        self.note = note
        self.fields = fields
        self.disclosure = disclosure
        self.resolve = resolve
    }

    /// A signed sum of fixed fields; every field must be stated.
    static func sum(_ parts: [SignedField], kinds: Set<DisclosureKind> = Set(DisclosureKind.allCases),
                    note: String? = nil) -> OperandSource {
        var expression = ""
        for (index, part) in parts.enumerated() {
            if index > 0 { expression += part.subtracted ? " − " : " + " } else if part.subtracted { expression += "−" }
            expression += part.field.path
        }
        return OperandSource(expression: expression, kinds: kinds, note: note, fields: parts.map(\.field)) { department in
            var terms: [OperandTerm] = []
            terms.reserveCapacity(parts.count)
            var missing: [MissingInput] = []
            for part in parts {
                if let input = part.field.value(in: department) {
                    terms.append(OperandTerm(input, subtracted: part.subtracted))
                } else {
                    missing.append(part.field.missing)
                }
            }
            return missing.isEmpty ? .found(terms) : .missing(missing)
        }
    }

    /// A single fixed field.
    static func field(_ field: ModelField, kinds: Set<DisclosureKind> = Set(DisclosureKind.allCases),
                      note: String? = nil) -> OperandSource {
        sum([.add(field)], kinds: kinds, note: note)
    }
}

/// A field added to or subtracted from an operand.
struct SignedField: Sendable {
    let field: ModelField
    let subtracted: Bool

    static func add(_ field: ModelField) -> SignedField { SignedField(field: field, subtracted: false) }
    static func subtract(_ field: ModelField) -> SignedField { SignedField(field: field, subtracted: true) }
}

/// The outcome of one way of reading an operand.
enum SourceResolution: Sendable {
    case found([OperandTerm])
    case missing([MissingInput])
}

extension Set where Element == DisclosureKind {
    static let budgetOnly: Set<DisclosureKind> = [.budget]
    static let finalOnly: Set<DisclosureKind> = [.final]
}
