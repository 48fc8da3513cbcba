public import GuidepostCore

/// A sensor listed by a scenario.
public struct Sensor: Hashable, Sendable, Codable {
    /// Unique among listed sensors.
    public var id: SensorID
    /// TOD (`thermal`), `radar`, `fence` or `camera`.
    public var kind: SensorKind
    /// Where it stands; or give `post` to put it on a listed post.
    public var at: Position?
    /// A listed post the sensor stands on.
    public var post: PostID?
    /// Reach for a person in clear weather, metres (default by kind in the simulator).
    public var range: Double?
    /// Direction of the centre of view, degrees clockwise from grid north (default 0).
    public var facing: Double?
    /// Width of the field of regard, degrees (default 360).
    public var arc: Double?
    /// Probability of detecting a person in range per look (default by kind).
    public var pd: Probability?
    /// Whether its video is recorded (default true).
    public var recording: Bool?
}

extension SensorKind: ScenarioTerm {}
