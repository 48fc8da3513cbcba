/// How a run is clocked: the common frame on which sensors report, how often truth is written,
/// and how often route-less animals move.
public struct SimulationOptions: Hashable, Sendable {
    /// Master seed; every sensor and actor draws from its own `split(label:)` of it.
    public var seed: UInt64
    /// Seconds simulated (from t = 0).
    public var duration: Double
    /// The common frame clock, seconds. Every sensor looks on a multiple of it, at its own revisit period.
    public var framePeriod: Double = 1
    /// Seconds between truth records of each actor.
    public var truthInterval: Double = 10
    /// Seconds between moves of wandering animals (they cover a few metres in that time, far
    /// below any sensor's noise, and there are thousands of them).
    public var animalStep: Double = 5
    /// Whether Operations commands the ROK guidance teams through the field channel
    /// (`guidepost run`): their scripted `guide` timers are then not scheduled, and a team acts
    /// only when dispatched. Scripted reaction teams, navies and everyone else keep their rules.
    public var fieldControlledTeams = false
    /// Whether TOD operators stay on a person, KPA party or vehicle their device shows (`SensorCue`)
    /// instead of sweeping on — the reports' "tracked and monitored". On by default: a swept
    /// look every 240 s let the tracker confirm a far walker only sweeps later (the alarm bench's
    /// median delay 143 s → 56 s with the cue), and all 15 outcome rows still match
    /// (docs/operations.md). Off reproduces the earlier sweeping-only posts.
    public var todCue = true
    /// What an operator's look at an alert can tell (issue 21, `LookModel`): the Johnson-criteria
    /// look by default, which can miss, confuse a person with an animal either way, or not tell;
    /// `.perfect` is the old oracle (the true class whenever a view reaches the target).
    public var look: LookModel.Fidelity = .modelled

    public init(seed: UInt64, duration: Double) {
        self.seed = seed
        self.duration = duration
    }
}
