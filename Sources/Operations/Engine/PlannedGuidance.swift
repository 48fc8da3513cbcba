public import GuidepostCore

/// A guidance plan the engine made and dispatched: kept for the run's map and report.
public struct PlannedGuidance: Hashable, Sendable {
    public var incident: IncidentID
    public var t: Double
    public var team: String
    /// The team's route to the meeting point and the person's route from there to reception (EPSG:5179).
    public var teamRoute: [Point]
    public var personRoute: [Point]
    public var meeting: Point
    /// Expected seconds, mine risk (probability) and seconds in KPA view of the person's route.
    public var personTime: Double
    public var personMineRisk: Double
    public var personExposure: Double
}
