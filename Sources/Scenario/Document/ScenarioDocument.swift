/// One scenario file (docs/scenarios.md): when and where, the weather, who watches, who moves,
/// what the ground is like, and what must come out.
public struct ScenarioDocument: Hashable, Sendable, Codable {
    /// Format version (default 1).
    public var schema: Int?
    /// Short name, matching the file name (`2019-07-31-imjin-river-float`).
    public var id: String
    /// One line for people.
    public var title: String
    /// A paragraph for people.
    public var summary: String?
    /// Seed files and domain.md rows the scenario rests on.
    public var sources: [String]?
    /// The real instant of t = 0, with its zone.
    public var start: LocalInstant
    /// How long to run.
    public var duration: ScenarioDuration
    /// Default seed for the simulator (the command line may override it).
    public var seed: UInt64?
    /// Light and weather, in periods from the start.
    public var conditions: [ConditionsPeriod]?
    /// The stretch of border covered.
    public var window: Window
    /// Who watches (default: the default deployment).
    public var deployment: Deployment?
    /// Who and what moves.
    public var actors: [Actor]
    /// Changes to the border's terrain for this scenario.
    public var terrain: [TerrainOverride]?
    /// What must come out, so the scenario is also a test.
    public var expected: ExpectedOutcome?

    /// The conditions in force `t` seconds after the start.
    /// - Complexity: O(number of periods).
    public func conditions(at t: Double) -> Conditions {
        var c = Conditions()
        for period in conditions ?? [] {
            let from = period.from?.seconds(since: start) ?? 0
            if from > t { break }
            c = c.updated(by: period)
        }
        return c
    }
}
