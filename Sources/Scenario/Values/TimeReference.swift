/// A moment in a scenario, written the way reports give it:
///
/// - a number or duration: seconds after the start (`0`, `5400`, `1h20m`, `+25m`);
/// - a local clock time `HH:MM[:SS]`: its first occurrence at or after the start, in the start's zone
///   (with a start of 23:00, `23:38` is 38 minutes in and `00:10` is 70 minutes in);
/// - a full instant with zone (`2019-08-01T00:10:00+09:00`), for anything a day or more away.
public enum TimeReference: Hashable, Sendable, Codable, CustomStringConvertible {
    case offset(ScenarioDuration)
    case clock(secondsOfDay: Double)
    case instant(LocalInstant)

    /// Seconds after `start` (negative if an instant lies before it).
    /// - Complexity: O(1).
    public func seconds(since start: LocalInstant) -> Double {
        switch self {
        case .offset(let d): return d.seconds
        case .instant(let i): return i.secondsSinceEpoch - start.secondsSinceEpoch
        case .clock(let s):
            var delta = s - start.secondsOfLocalDay
            if delta < 0 { delta += 86400 }
            return delta
        }
    }

    /// Parses any of the three spellings; nil if none fits.
    public init?(text raw: String) {
        var text = String(raw.trimmingCharacters())
        if text.hasPrefix("+") { text.removeFirst() }
        if let d = ScenarioDuration(text: text) {
            self = .offset(d)
        } else if let i = LocalInstant(iso8601: text) {
            self = .instant(i)
        } else {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count == 2 }),
                let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60
            else { return nil }
            let s = parts.count == 3 ? Int(parts[2]) : 0
            guard let s, s < 60, h >= 0, m >= 0, s >= 0 else { return nil }
            self = .clock(secondsOfDay: Double(h * 3600 + m * 60 + s))
        }
    }

    public var description: String {
        switch self {
        case .offset(let d): return d.description
        case .instant(let i): return i.description
        case .clock(let s):
            let v = Int(s)
            let h = v / 3600, m = v % 3600 / 60, sec = v % 60
            func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
            return sec == 0 ? "\(two(h)):\(two(m))" : "\(two(h)):\(two(m)):\(two(sec))"
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let v = TimeReference(text: text) else {
            throw DecodingError.dataCorruptedError(
                in: c,
                debugDescription:
                    "'\(text)' is not a time: write seconds or a duration after the start (5400, 1h20m), a clock time (23:38) or an instant with zone"
            )
        }
        self = v
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
