/// Projects are written with their economic split in code order ("301",
/// "302", "310"…): a `Dictionary` encodes in hash order, which changes from
/// one process to the next, and department files must be byte-identical when
/// written twice from the same data.
extension Project {
    private enum EncodingKeys: String, CodingKey { case name, unit, functionCode, amount, economicSplit, line }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: EncodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encodeIfPresent(functionCode, forKey: .functionCode)
        try container.encode(amount, forKey: .amount)
        try container.encodeIfPresent(economicSplit.map(FiguresByCode.init), forKey: .economicSplit)
        try container.encodeIfPresent(line, forKey: .line)
    }
}

extension ProjectTotals {
    private enum EncodingKeys: String, CodingKey { case amount, economicSplit, line }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: EncodingKeys.self)
        try container.encodeIfPresent(amount, forKey: .amount)
        try container.encodeIfPresent(economicSplit.map(FiguresByCode.init), forKey: .economicSplit)
        try container.encodeIfPresent(line, forKey: .line)
    }
}

/// Figures keyed by code, encoded in ascending code order.
struct FiguresByCode: Encodable {
    let figures: [String: Amount]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for code in figures.keys.sorted() {
            try container.encode(figures[code]!, forKey: Key(stringValue: code))
        }
    }
}
