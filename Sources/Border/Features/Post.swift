public import GuidepostCore

/// A guard post: a ROK or KPA guard post (GP) inside the DMZ, or a ROK general-outpost (GOP)
/// platoon post on the southern fence, with the reach of its observation sensors.
public struct Post: Identifiable, Hashable, Sendable {
    /// The kinds there are.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// ROK guard post inside the southern half of the DMZ.
        case rokGuardPost = "rok-gp"
        /// KPA guard post inside the northern half.
        case kpaGuardPost = "kpa-gp"
        /// ROK platoon post on the GOP (southern limit) fence.
        case generalOutpost = "gop"
    }

    /// Whether the post is in use.
    public enum Status: String, Hashable, Sendable {
        case manned
        /// Withdrawn or demolished (the 2018 agreement took down 10–11 a side), or a scenario's dead post.
        case withdrawn
    }

    /// Stable identifier; overrides refer to it.
    public let id: PostID
    /// What kind it is.
    public var kind: Kind
    /// Manned or withdrawn.
    public var status: Status
    /// Position, EPSG:5179 metres.
    public var position: Point
    /// Height of the sensor above the ground, metres (tower or mast).
    public var sensorHeight: Double
    /// Range of the main observation sensor (thermal observation device / cameras), metres.
    public var sensorRange: Double

    /// A feature from its parts.
    public init(id: PostID, kind: Kind, status: Status = .manned, position: Point, sensorHeight: Double, sensorRange: Double) {
        self.id = id
        self.kind = kind
        self.status = status
        self.position = position
        self.sensorHeight = sensorHeight
        self.sensorRange = sensorRange
    }
}
