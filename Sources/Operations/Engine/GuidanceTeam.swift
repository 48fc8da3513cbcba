public import GuidepostCore

/// A guidance team Operations can send: its name on the radio and the post it leaves from.
public struct GuidanceTeam: Hashable, Sendable {
    public var name: String
    public var base: Point
    /// The incident it is working on, if any.
    public var incident: IncidentID?

    public init(name: String, base: Point) {
        self.name = name
        self.base = base
    }
}
