public import GuidepostCore

/// A fence line with its openings. The ROK GOP fence runs on the southern limit line
/// (d = −2000), the KPA fence on the northern (d = +2000); coastal fences run along beaches.
/// A fence is impassable except at its gates and culverts.
public struct Fence: Identifiable, Hashable, Sendable {
    /// The kinds there are.
    public enum Kind: String, Hashable, Sendable {
        case rokGOP = "rok-gop"
        case kpa = "kpa"
        case coastal = "coastal"
        /// A local fence: an "advance fence" linking GPs, or one a scenario adds.
        case advance = "advance"
    }

    /// Stable identifier; overrides refer to it.
    public let id: FenceID
    /// What kind it is.
    public var kind: Kind
    /// Centre line, EPSG:5179 metres.
    public var line: PlanarPolyline
    /// Openings in the fence.
    public var gates: [Gate]
    /// Half the width of the fence footprint, metres (a double fence with its strip).
    public var halfWidth: Double

    /// A feature from its parts.
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
    /// The kinds there are.
    public enum Kind: String, Hashable, Sendable {
        case gate
        /// A drain under the fence (the 2021 swimmer used a 90 cm × 26 m culvert nobody knew of).
        case culvert
    }

    /// Stable identifier; overrides refer to it.
    public let id: GateID
    /// What kind it is.
    public var kind: Kind
    /// Position, EPSG:5179 metres.
    public var position: Point
    /// Opening radius, metres: points within it of `position` pass the fence.
    public var radius: Double

    /// A feature from its parts.
    public init(id: GateID, kind: Kind, position: Point, radius: Double = 6) {
        self.id = id
        self.kind = kind
        self.position = position
        self.radius = radius
    }
}
