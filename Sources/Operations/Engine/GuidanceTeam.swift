public import GuidepostCore

/// A guidance team Operations can send: its name on the radio and the post it leaves from.
public struct GuidanceTeam: Hashable, Sendable {
    public var name: String
    public var base: Point
    /// The incident it is working on, if any.
    public var incident: IncidentID?
    /// Where the team last reported itself, and when (feed seconds); nil until it does.
    public var reported: Point?
    public var reportedAt: Double?

    public init(name: String, base: Point) {
        self.name = name
        self.base = base
    }

    /// Where a plan for the team starts at `t`: where it last reported itself, when that report
    /// is at most `freshness` seconds old and the team is out (on an incident); else its post.
    public func origin(at t: Double, freshness: Double = 120) -> Point {
        guard incident != nil, let reported, let reportedAt, t - reportedAt <= freshness else { return base }
        return reported
    }
}
