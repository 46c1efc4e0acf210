/// `DepartmentStructure.check` over a `FastYAMLTree`, as a yes or no: the
/// decoder ignores keys it does not ask for, so without this check a typo
/// such as `onDutty:` would be dropped on the fast path instead of reported.
/// A file it rejects takes the Yams path, where the check words the error.
enum FastStructure {
    typealias Schema = DepartmentSchema

    /// Whether `DepartmentStructure.check` accepts the file.
    static func accepts(_ tree: FastYAMLTree) -> Bool {
        tree.kind(FastYAMLTree.root) == .mapping && object(FastYAMLTree.root, Schema.department, in: tree)
    }

    private static func object(_ node: Int, _ object: Schema.Object, in tree: FastYAMLTree) -> Bool {
        if tree.isNull(node) { return true }
        guard tree.kind(node) == .mapping else { return false }
        for pair in 0..<tree.count(node) {
            guard let key = tree.string(tree.key(node, pair: pair)), let field = object.field(key),
                  self.field(tree.value(node, pair: pair), field.shape, in: tree) else { return false }
        }
        return true
    }

    private static func field(_ node: Int, _ shape: Schema.Shape, in tree: FastYAMLTree) -> Bool {
        if tree.isNull(node) { return true }
        switch shape {
        case .scalar:
            return tree.kind(node) == .scalar
        case .texts:
            guard tree.kind(node) == .sequence else { return false }
            return (0..<tree.count(node)).allSatisfy { tree.kind(tree.item(node, $0)) == .scalar }
        case .figure:
            return figure(node, in: tree)
        case let .object(object):
            return self.object(node, object, in: tree)
        case let .list(object):
            guard tree.kind(node) == .sequence else { return false }
            return (0..<tree.count(node)).allSatisfy { self.object(tree.item(node, $0), object, in: tree) }
        case .figuresByCode:
            guard tree.kind(node) == .mapping else { return false }
            for pair in 0..<tree.count(node) {
                guard let key = tree.string(tree.key(node, pair: pair)), key.utf8.count == 3,
                      key.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                      figure(tree.value(node, pair: pair), in: tree) else { return false }
            }
            return true
        }
    }

    /// A scalar, null, or a mapping of `value`, `line` and `table` to scalars.
    private static func figure(_ node: Int, in tree: FastYAMLTree) -> Bool {
        switch tree.kind(node) {
        case .scalar: return true
        case .sequence: return false
        case .mapping:
            for pair in 0..<tree.count(node) {
                guard let key = tree.string(tree.key(node, pair: pair)), Schema.figureKeys.contains(key),
                      tree.kind(tree.value(node, pair: pair)) == .scalar else { return false }
            }
            return true
        }
    }
}
