/// Seconds since the scenario's start (DESIGN.md: `t`).
///
/// Encoded in JSON as a bare number. The scenario names the real instant of `t = 0` for reports.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Seconds since the scenario's start.
    public var seconds: Double

    public init(_ seconds: Double) { self.seconds = seconds }
    public init(seconds: Double) { self.seconds = seconds }

    public static let zero = Timestamp(0)

    public static func < (l: Timestamp, r: Timestamp) -> Bool { l.seconds < r.seconds }
    public static func + (l: Timestamp, r: Double) -> Timestamp { Timestamp(l.seconds + r) }
    public static func - (l: Timestamp, r: Double) -> Timestamp { Timestamp(l.seconds - r) }
    /// The interval from `r` to `l`, in seconds.
    public static func - (l: Timestamp, r: Timestamp) -> Double { l.seconds - r.seconds }

    public init(from decoder: any Decoder) throws {
        seconds = try decoder.singleValueContainer().decode(Double.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(seconds)
    }

    /// `HH:MM:SS` of the elapsed time (hours may exceed 24), for logs and timelines.
    public var description: String {
        let total = Int(seconds.rounded(.down))
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        return "T+\(h):\(m < 10 ? "0" : "")\(m):\(s < 10 ? "0" : "")\(s)"
    }
}
