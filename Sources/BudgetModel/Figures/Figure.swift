import Foundation
import Yams

/// A figure from a disclosure together with where it was read.
///
/// In a department file a figure is either a bare scalar (`3994.84`,
/// `"3,994.84"`) or a mapping that adds its provenance:
/// `{value: "3,994.84", line: 87, table: 表1}`. Both decode to the same
/// value; the mapping is what the importer writes, so that every number in
/// a report can be traced back to the line of the disclosure it came from.
public struct Figure<Value: FigureValue>: Sendable, Hashable {
    /// The provenance out of line: one pointer instead of 33 bytes inline,
    /// since most figures of a department file have none and a batch holds
    /// every department's figures until its workbook is written
    /// (`Amount?` is 32 bytes instead of 56). Stored before `value` so that
    /// the 20-byte `Decimal` ends the struct (an `Amount` is 28 bytes, not
    /// 32, and a `Bool` or a `Decimal` after it packs into the same 32).
    private var boxedSource: ProvenanceBox?
    public var value: Value
    /// Where the figure was read, if known.
    public var source: Provenance? {
        get { boxedSource?.provenance }
        set { boxedSource = newValue.map(ProvenanceBox.init) }
    }

    public init(_ value: Value, source: Provenance? = nil) {
        self.value = value
        boxedSource = source.map(ProvenanceBox.init)
    }

    public static func == (lhs: Figure, rhs: Figure) -> Bool {
        lhs.value == rhs.value && lhs.source == rhs.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(source)
    }

    public init(_ value: Value, line: Int?, table: String? = nil) {
        self.init(value, source: line == nil && table == nil ? nil : Provenance(line: line, table: table))
    }
}

/// An amount in 万元.
public typealias Amount = Figure<Decimal>
/// A count of people, vehicles, projects….
public typealias Count = Figure<Int>

extension Figure: ExpressibleByIntegerLiteral where Value == Decimal {
    public init(integerLiteral value: Int) { self.init(Decimal(value)) }
}

extension Figure: Codable {
    private enum Keys: String, CodingKey { case value, line, table }

    public init(from decoder: Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: Keys.self) {
            let text = try keyed.decode(String.self, forKey: .value)
            guard let parsed = Value.parseFigure(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .value, in: keyed,
                    debugDescription: "expected \(Value.expectation), found \"\(text)\"")
            }
            let line = try keyed.decodeIfPresent(Int.self, forKey: .line)
            if let line, line < 1 {
                throw DecodingError.dataCorruptedError(
                    forKey: .line, in: keyed,
                    debugDescription: "expected a line number ≥ 1 (the 1-based line of the disclosure text), found \(line)")
            }
            let table = try keyed.decodeIfPresent(String.self, forKey: .table)
            self.init(parsed, line: line, table: table)
            return
        }
        let single = try decoder.singleValueContainer()
        let text: String
        do {
            text = try single.decode(String.self)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: single, debugDescription: "expected \(Value.expectation)")
        }
        guard let parsed = Value.parseFigure(text) else {
            throw DecodingError.dataCorruptedError(
                in: single, debugDescription: "expected \(Value.expectation), found \"\(text)\"")
        }
        self.init(parsed)
    }

    public func encode(to encoder: Encoder) throws {
        guard let source else {
            var single = encoder.singleValueContainer()
            try single.encode(FigureScalar(text: value.figureText))
            return
        }
        var keyed = encoder.container(keyedBy: Keys.self)
        try keyed.encode(FigureScalar(text: value.figureText), forKey: .value)
        try keyed.encodeIfPresent(source.line, forKey: .line)
        try keyed.encodeIfPresent(source.table, forKey: .table)
    }
}

/// Writes a figure as a plain (unquoted) YAML number, and as a string in JSON.
struct FigureScalar: Encodable, YAMLEncodable {
    let text: String
    func encode(to encoder: Encoder) throws {
        var single = encoder.singleValueContainer()
        try single.encode(text)
    }
    func box() -> Node { Node(text, Tag(.float), .plain) }
}

/// A percentage as the disclosure states it, in percent units (0.32 means 0.32 %).
public typealias Percent = Figure<Decimal>
/// A score or weight of a performance evaluation (分值, 得分).
public typealias Score = Figure<Decimal>

/// A figure's provenance, shared and immutable (`Figure.source`).
final class ProvenanceBox: Sendable {
    let provenance: Provenance
    init(_ provenance: Provenance) { self.provenance = provenance }
}
