public import GuidepostCore
public import Tracking

/// One moment of the feed: the detections of a scan (ready for the tracker), what the field
/// reported since the last scan, and where the own (blue-force) teams are.
public struct FieldScan: Sendable {
    public var t: Double
    public var detections: [Detection]
    /// The sensor kind of each detection (parallel to `detections`), for the after-action counts.
    public var kinds: [SensorKind]
    public var reports: [FieldReport]
    /// Positions of own teams (blue-force tracking): tracks on them are not alerted.
    public var friendlies: [Point]
    /// Where named guidance teams report themselves (their own position reports, e.g. ATAK
    /// situational awareness over a TAK server), by the team's name: a team out on an operation
    /// is re-planned from where it really is, not from its post. Empty when the feed does not
    /// know (the simulator's own runs).
    public var teams: [String: Point]

    public init(
        t: Double, detections: [Detection] = [], kinds: [SensorKind] = [], reports: [FieldReport] = [], friendlies: [Point] = [],
        teams: [String: Point] = [:]
    ) {
        self.t = t
        self.detections = detections
        self.kinds = kinds
        self.reports = reports
        self.friendlies = friendlies
        self.teams = teams
    }
}
