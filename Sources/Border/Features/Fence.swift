public import GuidepostCore

/// A fence line with its openings. The ROK GOP fence runs on the southern limit line
/// (d = −2000), the KPA fence on the northern (d = +2000); coastal fences run along beaches.
/// A fence is impassable except at its gates and culverts.
public struct Fence: Identifiable, Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case rokGOP = "rok-gop"
        case kpa = "kpa"
        case coastal = "coastal"
    }

    public let id: FenceID
    public var kind: Kind
    public var line: PlanarPolyline
    public var gates: [Gate]
    /// Half the width of the fence footprint, metres (a double fence with its strip).
    public var halfWidth: Double

    public init(id: FenceID, kind: Kind, line: PlanarPolyline, gates: [Gate] = [], halfWidth: Double = 3) {
        self.id = id
        self.kind = kind
        self.line = line
        self.gates = gates
        self.halfWidth = halfWidth
    }
}

/// An opening in a fence: a gate where a road passes, or a culvert (drain) under it.
public struct Gate: Identifiable, Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case gate
        /// A drain under the fence (the 2021 swimmer used a 90 cm × 26 m culvert nobody knew of).
        case culvert
    }

    public let id: GateID
    public var kind: Kind
    public var position: Point
    /// Opening radius, metres: points within it of `position` pass the fence.
    public var radius: Double

    public init(id: GateID, kind: Kind, position: Point, radius: Double = 6) {
        self.id = id
        self.kind = kind
        self.position = position
        self.radius = radius
    }
}
