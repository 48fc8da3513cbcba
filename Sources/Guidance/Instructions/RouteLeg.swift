public import GuidepostCore

/// One leg of a route: a straight-enough stretch along one feature in one compass direction,
/// ending at a waypoint.
public struct RouteLeg: Sendable, Equatable {
    /// Index in the route's cells where the leg starts and ends.
    public var from: Int, to: Int
    /// Start and end points, EPSG:5179 metres.
    public var start: Point, end: Point
    /// Length walked along the cells, metres (legs add up to the route's length).
    public var length: Double
    /// Compass direction from start to end.
    public var direction: CompassDirection
    /// What the leg follows.
    public var feature: RouteFeature
    /// What the leg passes on its way ("through gate-GOP-12 in the GOP fence", "across the MDL").
    public var crossings: [String]
    /// What the leg ends at, if anything worth naming ("gate-GOP-12", "ROK-GP-31", "the road").
    public var landmark: String?

    /// The length rounded to tens of metres (at least 10).
    public var roundedLength: Int { Swift.max(10, Int((length / 10).rounded()) * 10) }

    /// The spoken instruction: "Walk south-east 300 m along the stream bed to gate-GOP-12."
    public var sentence: String {
        var s = "Walk \(direction.rawValue) \(roundedLength) m \(feature.phrase)"
        if !crossings.isEmpty { s += ", " + crossings.joined(separator: ", ") }
        if let landmark { s += ", to " + landmark }
        return s + "."
    }
}
