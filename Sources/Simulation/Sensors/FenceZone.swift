public import GuidepostCore

/// One alarm zone of the GOP fence: a stretch of `length` metres of optical mesh and top
/// sensors reporting as one (domain.md §3.1). Zones are numbered from 1 at the fence's western
/// end, so a scenario can name "zone 17".
public struct FenceZone: Sendable {
    public let id: String
    /// The zone's extent along the MDL frame, metres.
    public let s: ClosedRange<Double>
    /// Where the fence runs, metres north of the MDL (negative: south).
    public let d: Double
    /// Midpoint and unit direction along the fence (for the alarm's position and covariance).
    public let midpoint: Point
    public let direction: Vector2
    public let length: Double
    /// Dead intervals (no alarm at all).
    public var outages: FaultSchedule = .none
    /// Intervals in which it raises nothing in the control room.
    public var silent: [(start: Double, end: Double)] = []
    /// Stretches (s-ranges) where a climber raises nothing: a loose trigger, a missing top sensor, cut mesh.
    public var defects: [ClosedRange<Double>] = []

    public init(id: String, s: ClosedRange<Double>, d: Double, midpoint: Point, direction: Vector2) {
        self.id = id
        self.s = s
        self.d = d
        self.midpoint = midpoint
        self.direction = direction
        length = s.upperBound - s.lowerBound
    }

    /// Whether the zone can raise an alarm at `t`.
    public func isAlarming(at t: Double) -> Bool {
        outages.isWorking(at: t) && !silent.contains { t >= $0.start && t < $0.end }
    }

    /// The covariance of an alarm's position: uniform along the zone (σ² = L²/12), 5 m across.
    public var covariance: Covariance2 {
        let along = length * length / 12, across = 25.0
        let ux = direction.x, uy = direction.y
        return Covariance2(
            xx: along * ux * ux + across * uy * uy,
            xy: (along - across) * ux * uy,
            yy: along * uy * uy + across * ux * ux)
    }
}
