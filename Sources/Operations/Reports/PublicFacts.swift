/// What the reports may say about a run: the place, the time, and a public description of the
/// person. It has **no field** for a name, an age, a unit, a rank or a birth date: those live
/// only in Casework, so no report can print them by mistake (DESIGN.md: nothing leaks identity).
public struct PublicFacts: Hashable, Sendable, Codable {
    /// The scenario (or live session) name.
    public var scenario: String
    /// The start instant, ISO 8601 with zone (`2025-10-19T07:00:00+09:00`); report times are
    /// this plus `t`, shown in this zone.
    public var start: String
    /// The front as the JCS names it ("central front", "eastern front").
    public var front: String
    /// The sector's name.
    public var sector: String
    /// How the person is described publicly: "a North Korean soldier", "a North Korean civilian".
    public var subject: String

    public init(scenario: String, start: String, front: String, sector: String, subject: String) {
        self.scenario = scenario
        self.start = start
        self.front = front
        self.sector = sector
        self.subject = subject
    }
}

/// How many times one kind of sensor saw the person, and when first.
public struct SensorHits: Hashable, Sendable, Codable {
    /// `thermal`, `radar`, `fence`, `camera`.
    public var kind: String
    public var hits: Int
    /// Seconds since the start of the first hit.
    public var first: Double?

    public init(kind: String, hits: Int, first: Double?) {
        self.kind = kind
        self.hits = hits
        self.first = first
    }
}
