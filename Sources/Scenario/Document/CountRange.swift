/// A whole number or a range of them: `20`, or `{min: 30, max: 50}` (either bound optional).
public struct CountRange: Hashable, Sendable, Codable {
    /// Smallest allowed count.
    public var min: Int
    /// Largest allowed count (nil: no limit).
    public var max: Int?

    /// A range of counts.
    public init(min: Int, max: Int?) {
        self.min = min
        self.max = max
    }

    /// Whether `n` is allowed.
    public func contains(_ n: Int) -> Bool { n >= min && (max.map { n <= $0 } ?? true) }

    enum CodingKeys: String, CodingKey { case min, max }

    public init(from decoder: any Decoder) throws {
        if let c = try? decoder.container(keyedBy: CodingKeys.self) {
            min = try c.decodeIfPresent(Int.self, forKey: .min) ?? 0
            max = try c.decodeIfPresent(Int.self, forKey: .max)
            if let max, max < min {
                throw DecodingError.dataCorruptedError(forKey: .max, in: c, debugDescription: "max is below min")
            }
        } else {
            let n = try decoder.singleValueContainer().decode(Int.self)
            min = n
            max = n
        }
        if min < 0 {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "a count cannot be negative"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if let max, max == min {
            var c = encoder.singleValueContainer()
            try c.encode(min)
        } else {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(min, forKey: .min)
            try c.encodeIfPresent(max, forKey: .max)
        }
    }
}
