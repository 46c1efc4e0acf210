/// Figures straight from the tree: what `Figure.init(from:)` does through
/// `NodeDecoder`, without a keyed container per figure and the thrown
/// mismatch for each bare number. `FastPathTests` compares every figure of
/// the fixtures and synthetic regions with the Yams path's.
extension FastNodeDecoder {
    /// A bare scalar (`3994.84`, `"3,994.84"`) or `{value:, line:, table:}`;
    /// anything `Figure.init(from:)` rejects is a miss.
    func figure<Value: FigureValue>(_ type: Value.Type) throws -> Figure<Value> {
        switch tree.kind(node) {
        case .scalar:
            return Figure(try parse(node, as: Value.self))
        case .mapping:
            guard let valueNode = tree.value(node, forKey: "value") else { throw FastPathMiss() }
            let value = try parse(valueNode, as: Value.self)
            var line: Int?
            if let lineNode = tree.value(node, forKey: "line"), !tree.isNull(lineNode) {
                guard let number = tree.plainDecimalInt(lineNode), number >= 1 else { throw FastPathMiss() }
                line = number
            }
            var table: String?
            if let tableNode = tree.value(node, forKey: "table"), !tree.isNull(tableNode) {
                table = try decoder(for: tableNode).decode(String.self)
            }
            return Figure(value, line: line, table: table)
        case .sequence:
            throw FastPathMiss()
        }
    }

    /// The figure value of a scalar; its text is shared as `Figure.init(from:)`'s
    /// `decode(String.self)` shares it.
    private func parse<Value: FigureValue>(_ scalar: Int, as type: Value.Type) throws -> Value {
        let text = try decoder(for: scalar).decode(String.self)
        guard let value = Value.parseFigure(text) else { throw FastPathMiss() }
        return value
    }
}
