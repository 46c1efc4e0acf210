import Yams

/// The `DecodingError`s `NodeDecoder` throws: the same kinds, types, coding
/// paths and descriptions as Yams' `YAMLDecoder`, so that
/// `DepartmentFileError(decoding:root:file:)` words every problem as before.
enum NodeDecodingError {
    /// "Expected to decode Mapping but found Node instead."
    static func typeMismatch(_ expected: Any.Type, found: Any.Type, at path: NodeCodingPath) -> DecodingError {
        .typeMismatch(expected, .init(codingPath: path.keys, debugDescription: description(expected, found)))
    }

    static func keyNotFound(_ key: CodingKey, at path: NodeCodingPath) -> DecodingError {
        .keyNotFound(key, .init(codingPath: path.keys,
                                debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
    }

    static func valueNotFound(_ type: Any.Type, at path: [CodingKey], _ description: String) -> DecodingError {
        .valueNotFound(type, .init(codingPath: path, debugDescription: description))
    }

    /// A figure written as a bare number is first tried as a mapping, so
    /// this mismatch is thrown (and caught) for most figures: its text is
    /// built once.
    private static let mappingFoundNode = "Expected to decode \(Node.Mapping.self) but found \(Node.self) instead."

    private static func description(_ expected: Any.Type, _ found: Any.Type) -> String {
        if expected == Node.Mapping.self && found == Node.self { return mappingFoundNode }
        return "Expected to decode \(expected) but found \(found) instead."
    }
}
