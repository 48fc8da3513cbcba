/// A strict, allocation-light reader for one JSON object on one line, for the hot interchange
/// records (detections, tracks, truth). It walks the bytes once; the caller asks for each
/// key's value in the type it expects, and anything it does not ask for is skipped (unknown
/// fields are ignored, as DESIGN.md requires). Errors carry the 1-based column.
///
/// Numbers use Clinger's fast path (a mantissa below 2⁵³ times an exact power of ten below
/// 10²² is correctly rounded by one multiplication or division) and fall back to the standard
/// library's correctly rounded parser otherwise.
public struct FlatJSONScanner: ~Copyable {
    public let bytes: UnsafeBufferPointer<UInt8>
    public private(set) var index = 0

    public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A parse failure at a 1-based column.
    public struct Failure: Error, Sendable {
        public var column: Int
        public var reason: String
    }

    private func fail(_ reason: String) -> Failure { Failure(column: index + 1, reason: reason) }

    @inline(__always) public mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0A {
            index += 1
        }
    }

    @inline(__always) public mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { throw fail("expected \(what)") }
        index += 1
    }

    /// True (and consumes it) when the next non-space byte is `byte`.
    @inline(__always) public mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        if index < bytes.count, bytes[index] == byte {
            index += 1
            return true
        }
        return false
    }

    /// The next key of an object, as a range of raw bytes (escapes are not decoded: keys are plain).
    public mutating func key() throws(Failure) -> Range<Int> {
        let r = try stringRange()
        try expect(0x3A, "':' after a key")
        return r
    }

    /// Compares a raw byte range with an ASCII literal.
    @inline(__always) public func equals(_ r: Range<Int>, _ literal: StaticString) -> Bool {
        guard r.count == literal.utf8CodeUnitCount else { return false }
        let p = literal.utf8Start
        for k in 0..<r.count where bytes[r.lowerBound + k] != p[k] { return false }
        return true
    }

    /// The byte range of a string's contents (between the quotes).
    public mutating func stringRange() throws(Failure) -> Range<Int> {
        try expect(0x22, "a string")
        let start = index
        while index < bytes.count {
            let b = bytes[index]
            if b == 0x22 {
                index += 1
                return start..<(index - 1)
            }
            if b == 0x5C { index += 1 } else if b < 0x20 { throw fail("control character in a string") }
            index += 1
        }
        throw fail("unterminated string")
    }

    /// A string value, with JSON escapes decoded.
    public mutating func string() throws(Failure) -> String {
        let r = try stringRange()
        var hasEscape = false
        for k in r where bytes[k] == 0x5C { hasEscape = true }
        if !hasEscape { return String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
        var out = [UInt8]()
        var k = r.lowerBound
        while k < r.upperBound {
            if bytes[k] != 0x5C {
                out.append(bytes[k])
                k += 1
                continue
            }
            k += 1
            guard k < r.upperBound else { break }
            switch bytes[k] {
            case 0x6E: out.append(0x0A)
            case 0x74: out.append(0x09)
            case 0x72: out.append(0x0D)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x75:
                var v: UInt32 = 0
                for _ in 0..<4 {
                    k += 1
                    guard k < r.upperBound, let h = Self.hex(bytes[k]) else { throw fail("bad \\u escape") }
                    v = v * 16 + h
                }
                let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: out.append(bytes[k])
            }
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: UInt32(b - 0x30)
        case 0x61...0x66: UInt32(b - 0x61 + 10)
        case 0x41...0x46: UInt32(b - 0x41 + 10)
        default: nil
        }
    }

    /// True when the next value is `null` (and consumes it).
    public mutating func null() -> Bool {
        skipSpace()
        if index + 4 <= bytes.count, bytes[index] == 0x6E, bytes[index + 1] == 0x75, bytes[index + 2] == 0x6C,
            bytes[index + 3] == 0x6C
        {
            index += 4
            return true
        }
        return false
    }

    private static let powers: [Double] = (0...22).map { k in
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// A JSON number.
    public mutating func number() throws(Failure) -> Double {
        skipSpace()
        let start = index
        var negative = false
        if index < bytes.count, bytes[index] == 0x2D {
            negative = true
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0, exponent = 0
        var sawDigit = false
        while index < bytes.count, bytes[index] &- 0x30 < 10 {
            if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[index] - 0x30); if mantissa > 0 { digits += 1 } } else { exponent += 1 }
            sawDigit = true
            index += 1
        }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            while index < bytes.count, bytes[index] &- 0x30 < 10 {
                if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(bytes[index] - 0x30)
                    if mantissa > 0 { digits += 1 }
                    exponent -= 1
                }
                sawDigit = true
                index += 1
            }
        }
        guard sawDigit else { throw fail("expected a number") }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            var expNegative = false
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D {
                expNegative = bytes[index] == 0x2D
                index += 1
            }
            var e = 0, sawExp = false
            while index < bytes.count, bytes[index] &- 0x30 < 10 {
                if e < 100_000 { e = e * 10 + Int(bytes[index] - 0x30) }
                sawExp = true
                index += 1
            }
            guard sawExp else { throw fail("bad exponent in a number") }
            exponent += expNegative ? -e : e
        }
        if mantissa < (1 << 53), exponent >= -22, exponent <= 22 {
            let m = Double(mantissa)
            let v = exponent >= 0 ? m * Self.powers[exponent] : m / Self.powers[-exponent]
            return negative ? -v : v
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let v = Double(text) else { throw fail("bad number") }
        return v
    }

    /// Skips any JSON value (for unknown fields).
    public mutating func skipValue(depth: Int = 0) throws(Failure) {
        guard depth < 64 else { throw fail("nesting too deep") }
        skipSpace()
        guard index < bytes.count else { throw fail("expected a value") }
        switch bytes[index] {
        case 0x22: _ = try stringRange()
        case 0x7B, 0x5B:
            let close: UInt8 = bytes[index] == 0x7B ? 0x7D : 0x5D
            let isObject = close == 0x7D
            index += 1
            if consume(close) { return }
            repeat {
                if isObject { _ = try key() }
                try skipValue(depth: depth + 1)
            } while consume(0x2C)
            try expect(close, isObject ? "'}'" : "']'")
        case 0x74, 0x66, 0x6E:
            let word: StaticString = bytes[index] == 0x74 ? "true" : bytes[index] == 0x66 ? "false" : "null"
            let end = index + word.utf8CodeUnitCount
            guard end <= bytes.count, equals(index..<end, word) else { throw fail("unknown literal") }
            index = end
        default: _ = try number()
        }
    }

    /// True when only spaces remain.
    public mutating func atEnd() -> Bool {
        skipSpace()
        return index == bytes.count
    }
}
