import GuidepostCore

/// A parsed JSON value with the line and column where it starts, for small documents such as
/// task.json that must name the line of a bad field (RFC 8259; no Foundation needed).
struct JSONValue {
    enum Kind {
        case object([(key: String, value: JSONValue)])
        case array([JSONValue])
        case number(Double)
        case string(String)
        case bool(Bool)
        case null
    }
    var kind: Kind
    var line: Int
    var column: Int

    /// Parses one JSON document from `bytes`; errors name `file`, line and column.
    static func parse(_ bytes: [UInt8], file: String) throws(InputError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, file: file)
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.i == bytes.count else { throw parser.fail("unexpected text after the JSON value") }
        return value
    }
}

/// Recursive-descent JSON parser over bytes that tracks line and column.
private struct JSONParser {
    let bytes: [UInt8]
    let file: String
    var i = 0
    var line = 1
    var lineStart = 0

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    func fail(_ reason: String) -> InputError {
        InputError(file: file, line: line, column: i - lineStart + 1, reason: reason)
    }

    mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x0A: line += 1; i += 1; lineStart = i
            case 0x20, 0x09, 0x0D: i += 1
            default: return
            }
        }
    }

    mutating func value(depth: Int) throws(InputError) -> JSONValue {
        skipSpace()
        guard depth < 64 else { throw fail("nested too deeply") }
        guard i < bytes.count else { throw fail("unexpected end of file: expected a value") }
        let (l, c) = (line, i - lineStart + 1)
        func make(_ k: JSONValue.Kind) -> JSONValue { JSONValue(kind: k, line: l, column: c) }
        switch bytes[i] {
        case 0x7B:  // {
            i += 1
            var members: [(key: String, value: JSONValue)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == 0x7D { i += 1; return make(.object(members)) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a quoted key") }
                let key = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected ':' after \"\(key)\"") }
                i += 1
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end of file: expected ',' or '}'") }
                if bytes[i] == 0x2C { i += 1; continue }
                guard bytes[i] == 0x7D else { throw fail("expected ',' or '}'") }
                i += 1
                return make(.object(members))
            }
        case 0x5B:  // [
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < bytes.count, bytes[i] == 0x5D { i += 1; return make(.array(items)) }
            while true {
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard i < bytes.count else { throw fail("unexpected end of file: expected ',' or ']'") }
                if bytes[i] == 0x2C { i += 1; continue }
                guard bytes[i] == 0x5D else { throw fail("expected ',' or ']'") }
                i += 1
                return make(.array(items))
            }
        case 0x22:
            return make(.string(try string()))
        case 0x74, 0x66, 0x6E:  // t f n
            for (word, kind) in [("true", JSONValue.Kind.bool(true)), ("false", .bool(false)), ("null", .null)] {
                let w = Array(word.utf8)
                if i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w {
                    i += w.count
                    return make(kind)
                }
            }
            throw fail("unknown literal; expected true, false or null")
        default:
            return make(.number(try number()))
        }
    }

    mutating func string() throws(InputError) -> String {
        i += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        while i < bytes.count, bytes[i] != 0x22 {
            if bytes[i] == 0x5C {  // backslash: keep escapes simple, keys and values here are ASCII
                i += 1
                guard i < bytes.count else { break }
                switch bytes[i] {
                case 0x6E: raw.append(0x0A)
                case 0x74: raw.append(0x09)
                case 0x72: raw.append(0x0D)
                case 0x62: raw.append(0x08)
                case 0x66: raw.append(0x0C)
                case 0x75: throw fail("\\u escapes are not supported in task files")
                default: raw.append(bytes[i])
                }
            } else {
                guard bytes[i] >= 0x20 else { throw fail("control character in a string") }
                raw.append(bytes[i])
            }
            i += 1
        }
        guard i < bytes.count else { throw fail("unterminated string") }
        i += 1
        scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
        return String(scalars)
    }

    mutating func number() throws(InputError) -> Double {
        let start = i
        while i < bytes.count, let c = Optional(bytes[i]),
            (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2B || c == 0x2E || c == 0x65 || c == 0x45
        {
            i += 1
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        guard !text.isEmpty, let v = Double(text), v.isFinite else {
            i = start
            throw fail("expected a value, found '\(text.isEmpty ? String(UnicodeScalar(bytes[start])) : text)'")
        }
        return v
    }
}
