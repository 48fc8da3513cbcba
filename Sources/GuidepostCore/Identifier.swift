/// A typed string identifier: a sensor id cannot be passed where a track id is expected.
///
/// `Tag` is a phantom type (an empty enum) naming what is identified. Encoded as a bare string.
public struct Identifier<Tag>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public var rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }
    public static func < (l: Self, r: Self) -> Bool { l.rawValue < r.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// Tags for `Identifier`.
public enum SensorTag {}
public enum TrackTag {}
public enum ActorTag {}
public enum IncidentTag {}
public enum PostTag {}
public enum FenceZoneTag {}

public typealias SensorID = Identifier<SensorTag>
public typealias TrackID = Identifier<TrackTag>
public typealias ActorID = Identifier<ActorTag>
public typealias IncidentID = Identifier<IncidentTag>
public typealias PostID = Identifier<PostTag>
public typealias FenceZoneID = Identifier<FenceZoneTag>
