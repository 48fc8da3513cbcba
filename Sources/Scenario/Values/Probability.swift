/// A probability or fraction in [0, 1] (detection probability, moon illumination, cover density).
public struct Probability: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The value, in [0, 1].
    public let value: Double

    /// nil unless `value` is in [0, 1].
    public init?(_ value: Double) {
        guard (0.0...1.0).contains(value) else { return nil }
        self.value = value
    }

    public static func < (l: Self, r: Self) -> Bool { l.value < r.value }
    public var description: String { "\(value)" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let v = try c.decode(Double.self)
        guard let p = Probability(v) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "\(v) is not between 0 and 1")
        }
        self = p
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }
}
