import Foundation

/// A minimal pull scanner over JSON bytes, for the benchmark workload.
///
/// Numbers are returned as their text's value in integer units (cents), never through
/// `Double`, so amounts stay exact. Strings without escapes are decoded straight from
/// the bytes. Any JSON is accepted structurally (unknown values are skipped).
struct JSONScanner {
    struct Failure: Error, CustomStringConvertible {
        let message: String
        let offset: Int
        var description: String { "JSON error at byte \(offset): \(message)" }
    }

    let base: UnsafePointer<UInt8>
    let count: Int
    var position = 0

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    func fail(_ message: String) -> Failure { Failure(message: message, offset: position) }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < count {
            let b = base[position]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { position += 1 } else { return }
        }
    }

    /// The next non-blank byte (not consumed), or 0 at the end.
    @inline(__always)
    mutating func peek() -> UInt8 {
        skipWhitespace()
        return position < count ? base[position] : 0
    }

    @inline(__always)
    mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw fail("expected '\(Character(UnicodeScalar(byte)))'") }
        position += 1
    }

    /// Consumes `byte` if it is next.
    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Bool {
        if peek() == byte { position += 1; return true }
        return false
    }

    /// A string's raw bytes (between the quotes) and whether it contains escapes.
    mutating func stringBytes() throws -> (range: Range<Int>, escaped: Bool) {
        try expect(0x22)
        let start = position
        var escaped = false
        while position < count {
            let b = base[position]
            if b == 0x22 { position += 1; return (start..<position - 1, escaped) }
            if b == 0x5C { escaped = true; position += 2; continue }
            position += 1
        }
        throw fail("unterminated string")
    }

    /// Whether the bytes in `range` spell `key`.
    @inline(__always)
    func equals(_ range: Range<Int>, _ key: StaticString) -> Bool {
        range.count == key.utf8CodeUnitCount && memcmp(base + range.lowerBound, key.utf8Start, range.count) == 0
    }

    /// A decoded string.
    mutating func string() throws -> String {
        let (range, escaped) = try stringBytes()
        if !escaped { return String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self) }
        // Rare: let Foundation decode the escapes of this one string.
        let data = Data(bytes: base + range.lowerBound - 1, count: range.count + 2)
        guard let text = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? String else {
            throw fail("bad string escape")
        }
        return text
    }

    /// An object key followed by its colon.
    mutating func key() throws -> Range<Int> {
        let (range, _) = try stringBytes()
        try expect(0x3A)
        return range
    }

    /// A JSON number as an integer in units of 10^-scale (exact; rejects more decimals
    /// than `scale` unless they are zeros, and exponents).
    mutating func fixed(scale: Int) throws -> Int64 {
        skipWhitespace()
        var negative = false
        if position < count && base[position] == 0x2D { negative = true; position += 1 }
        var value: Int64 = 0
        var digits = 0
        while position < count, case let b = base[position], b >= 0x30 && b <= 0x39 {
            value = value * 10 + Int64(b - 0x30)
            position += 1
            digits += 1
        }
        guard digits > 0 && digits <= 17 else { throw fail("bad number") }
        var decimals = 0
        if position < count && base[position] == 0x2E {
            position += 1
            while position < count, case let b = base[position], b >= 0x30 && b <= 0x39 {
                if decimals < scale {
                    value = value * 10 + Int64(b - 0x30)
                    decimals += 1
                } else if b != 0x30 {
                    throw fail("more than \(scale) decimals")
                }
                position += 1
            }
        }
        if position < count && (base[position] == 0x65 || base[position] == 0x45) { throw fail("exponent not supported") }
        while decimals < scale { value *= 10; decimals += 1 }
        return negative ? -value : value
    }

    /// A JSON integer.
    mutating func integer() throws -> Int { Int(try fixed(scale: 0)) }

    /// Skips any value.
    mutating func skipValue() throws {
        switch peek() {
        case 0x22: _ = try stringBytes()
        case 0x7B:
            position += 1
            if consume(0x7D) { return }
            repeat { _ = try key(); try skipValue() } while consume(0x2C)
            try expect(0x7D)
        case 0x5B:
            position += 1
            if consume(0x5D) { return }
            repeat { try skipValue() } while consume(0x2C)
            try expect(0x5D)
        default:
            // number, true, false, null
            let start = position
            while position < count {
                let b = base[position]
                if b == 0x2C || b == 0x7D || b == 0x5D || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { break }
                position += 1
            }
            if position == start { throw fail("unexpected character") }
        }
    }
}
