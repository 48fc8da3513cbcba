public import Border
public import FieldSimulation
public import GuidepostCore
public import Operations
public import Scenario
public import Simulation
import Tracking

/// A scenario's run in progress, composed as `guidepost run` composes it: the simulated field
/// (`SimulatedField`) feeds scans to the Operations engine — tracker, alert policy with the
/// scenario's operator, incidents, guidance — and carries out the commands it answers with.
/// `RunPipeline.play` drives one to the end; a front end that shows the run as it happens
/// (the console) steps it itself.
public struct ScenarioRun {
    /// The simulator behind the field port.
    public private(set) var field: SimulatedField
    /// The Operations engine, with the tracker and the scenario's operator. A front end may act
    /// on it between steps (a person's answer to an alert enters the engine as an event).
    public var engine: OperationsEngine<ConfiguredOperator>
    /// Whom the scenario is about (for the first detection of the outcome table).
    public let people: Set<ActorID>
    /// When the run ends, seconds since the start (the scenario's duration).
    public let duration: Double

    /// Sets up the run of `scenario` on `border` (built with `ResolvedScenario.makeBorderModel`),
    /// every random draw seeded with `seed`, its events logged as run `run`.
    /// - Parameters:
    ///   - legacy: the old control room (dismissals are final, nothing escalates).
    ///   - todCue: whether TOD operators stay on what they see (`SimulationOptions.todCue`).
    ///   - tracker: the tracker's parameters (the defaults unless a caller tunes them).
    ///   - look: what an operator's look at an alert can tell (the Johnson-criteria look by default).
    ///   - looks: the sectors' operators and how long a look takes (the field answers a look that much later).
    /// - Throws: `InputError` when the scenario names an operator model Operations does not know.
    public init(
        _ scenario: ResolvedScenario, border: BorderModel, seed: UInt64, legacy: Bool, run: RunID, todCue: Bool = true,
        tracker: TrackerConfiguration = TrackerConfiguration(), look: LookModel.Fidelity = .modelled,
        looks: LookQueue.Configuration = LookQueue.Configuration()
    ) throws(InputError) {
        field = SimulatedField(
            scenario: scenario, border: border, seed: seed, todCue: todCue, look: look, conversion: tracker.detectionConversion)
        field.lookSeconds = looks.seconds
        let timeline = field.engine.timeline
        var configuration = OperationsConfiguration()
        configuration.looks = looks
        engine = OperationsEngine(
            run: run, facts: PublicFacts(of: scenario, border: border), border: border, tracker: tracker.makeTracker(),
            lines: .of(border), operator: try ConfiguredOperator(of: scenario, seed: seed),
            console: legacy ? .legacy : .guidepost, configuration: configuration, teams: Self.teams(of: scenario),
            light: ScenarioLight.forGuidance(timeline))
        people = field.people
        duration = scenario.document.duration.seconds
    }

    /// The scenario's ROK guidance teams, each based where its route starts.
    public static func teams(of scenario: ResolvedScenario) -> [GuidanceTeam] {
        scenario.document.actors.filter { $0.kind == .rokGuidanceTeam }.compactMap { a -> GuidanceTeam? in
            guard let p = a.route?.first?.at.planarPoint else { return nil }
            return GuidanceTeam(name: a.id.rawValue, base: p)
        }
    }

    /// One step of the run: the field's next scan, what the engine made of it (its commands
    /// already carried out by the field), or nil when the field has ended (then `finish()`).
    /// `joining` adds what other sources tell about the scan's moment before the engine sees it
    /// (the teams' own position reports from their devices, as `TakLink.TakTeamFeed` adds them).
    public mutating func step(
        joining: (inout FieldScan) -> Void = { _ in }
    ) -> (scan: FieldScan, result: OperationsEngine<ConfiguredOperator>.StepResult)? {
        guard var scan = field.nextScan() else { return nil }
        joining(&scan)
        let result = engine.step(scan)
        for c in result.commands { field.carryOut(c) }
        return (scan, result)
    }

    /// Ends the run at `duration`: the engine's closing events (open alerts escalated, the KPA
    /// verdict, each incident's sensor hits).
    public mutating func finish() -> [OperationsEvent] {
        engine.finish(at: duration)
    }

    /// Where the simulator's own record of the run goes (truth, detections, first detections),
    /// if anywhere (`SimulatedField.recorder`).
    public var recorder: SimulationRecorder? {
        get { field.recorder }
        set { field.recorder = newValue }
    }

    /// The first detection of `people` by any sensor so far (simulated truth).
    public var firstDetection: Double? { field.firstDetection(of: people) }
}
