/// A length of time, written as seconds (`5400`) or with units (`1h30m`, `20h`, `90s`, `1.5h`).
public struct ScenarioDuration: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Seconds, finite and not negative.
    public var seconds: Double

    /// A duration of `seconds`.
    public init(seconds: Double) { self.seconds = seconds }

    public static func < (l: Self, r: Self) -> Bool { l.seconds < r.seconds }

    /// Parses `5400`, `90s`, `20m`, `1h20m`, `1.5h`, `2d`; nil if malformed, negative or not finite.
    public init?(text: String) {
        let t = text.trimmingCharacters()
        if let v = Double(String(t)) {
            guard v.isFinite, v >= 0 else { return nil }
            self.init(seconds: v)
            return
        }
        var total = 0.0
        var number = ""
        var sawUnit = false
        for c in t {
            if c.isNumber || c == "." {
                number.append(c)
            } else if let unit = ["d": 86400.0, "h": 3600, "m": 60, "s": 1][String(c)] {
                guard let v = Double(number), v.isFinite else { return nil }
                total += v * unit
                number = ""
                sawUnit = true
            } else if c != " " {
                return nil
            }
        }
        guard number.isEmpty, sawUnit else { return nil }
        self.init(seconds: total)
    }

    /// `1h20m`, `45s`, `0s`: the shortest spelling with units.
    public var description: String {
        if seconds != seconds.rounded() || seconds > 1e15 { return "\(seconds)s" }
        var rest = Int(seconds)
        var s = ""
        for (unit, size) in [("h", 3600), ("m", 60), ("s", 1)] where rest >= size {
            s += "\(rest / size)\(unit)"
            rest %= size
        }
        return s.isEmpty ? "0s" : s
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let v = ScenarioDuration(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: c,
                debugDescription: "'\(text)' is not a duration such as 5400, 90s, 20m or 1h20m (finite, not negative)")
        }
        self = v
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
