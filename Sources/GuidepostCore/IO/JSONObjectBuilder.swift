/// Builds one JSON object as text with its keys in the order they are added and numbers in
/// Swift's shortest round-trip form, so output is byte-identical from run to run and fast to
/// produce. Non-finite numbers are written as `null` (JSON has no inf or NaN).
public struct JSONObjectBuilder: Sendable {
    public private(set) var text = "{"
    private var first = true

    public init() {}

    private mutating func key(_ k: String) {
        if !first { text += ", " }
        first = false
        text += "\""
        text += k
        text += "\": "
    }

    public mutating func add(_ k: String, _ value: Double) {
        key(k)
        text += Self.number(value)
    }

    public mutating func add(_ k: String, _ value: Int) {
        key(k)
        text += String(value)
    }

    public mutating func add(_ k: String, _ value: Bool) {
        key(k)
        text += value ? "true" : "false"
    }

    public mutating func add(_ k: String, _ value: String) {
        key(k)
        text += Self.quoted(value)
    }

    public mutating func add(_ k: String, _ value: Covariance2) {
        key(k)
        text += "[[\(Self.number(value.xx)), \(Self.number(value.xy))], [\(Self.number(value.xy)), \(Self.number(value.yy))]]"
    }

    /// Adds an already-encoded JSON value (an array or nested object) verbatim.
    public mutating func addRaw(_ k: String, json: String) {
        key(k)
        text += json
    }

    /// Adds the key only when `value` is not nil.
    public mutating func add(_ k: String, _ value: Double?) { if let value { add(k, value) } }
    public mutating func add(_ k: String, _ value: String?) { if let value { add(k, value) } }

    /// The finished object, without a trailing newline.
    public var json: String { text + "}" }

    /// Shortest round-trip decimal for a finite Double (`12.0`, `1034512.1`), `null` otherwise.
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) + ".0" }
        return v.description
    }

    /// A JSON string literal with the mandatory escapes.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
