public import Border
public import FieldSimulation
public import GuidepostCore
public import Operations
public import Scenario
public import Simulation

/// The pipeline of `guidepost run` as a library: a `ScenarioRun` played to its end, each step's
/// events handed to the caller to store and show, and what the run leaves besides the store
/// collected in a `Result` (for the reports, the map and the outcome table).
public enum RunPipeline {
    /// Everything a run leaves besides the store: the log, the plans, the tracks of each incident.
    public struct Result: Sendable {
        /// The run's id in the log.
        public var run: RunID
        /// Every event of the run, in order.
        public var events: [OperationsEvent] = []
        /// The incidents as they ended.
        public var incidents: [Incident] = []
        /// Every guidance plan dispatched, in order.
        public var plans: [PlannedGuidance] = []
        /// Positions of each incident's tracks over the run, in time order.
        public var paths: [IncidentID: [Point]] = [:]
        /// When a team was dispatched for each incident that had one.
        public var dispatched: [IncidentID: Double] = [:]
        /// When the first alert that opened or joined each incident was raised.
        public var firstAlert: [IncidentID: Double] = [:]
        /// First detection of a person by any sensor (simulated truth, for the outcome table only).
        public var firstDetection: Double?
        /// Every track report of the run, in order, when asked for (`keepTracks`): what the
        /// engine's tracker handed its alert front, as `guidepost track` would write them.
        public var tracks: [TrackRecord] = []
        /// The incidents whose person stated an intent: each opens a case (the CLI's `CaseOpening`).
        public var caseworkRequests: [IncidentActionRequest] = []

        /// An empty result of run `run`.
        public init(run: RunID) {
            self.run = run
        }
    }

    /// Plays `scenario` to its end (`ScenarioRun`). `committed` gets each step's events and the
    /// scan's time (to store and print) before the run goes on; `progress` the simulated time
    /// about once a simulated minute.
    /// - Parameters:
    ///   - keepTracks: collect every track report in `Result.tracks`.
    ///   - recorder: where the simulator's own record goes (truth, detections…), if anywhere;
    ///     finished (flushed) when the field has ended.
    ///   - tracks: called with each step's track reports, if given (`guidepost run --record`).
    ///   - look, looks: what a look can tell and the operators who make them (`ScenarioRun`).
    /// - Throws: `InputError` for a scenario the run cannot be set up from; whatever `committed` throws.
    public static func play(
        _ scenario: ResolvedScenario, border: BorderModel, seed: UInt64, legacy: Bool, run: RunID, todCue: Bool = true,
        tracker: TrackerConfiguration = TrackerConfiguration(), look: LookModel.Fidelity = .modelled,
        looks: LookQueue.Configuration = LookQueue.Configuration(), keepTracks: Bool = false, recorder: SimulationRecorder? = nil,
        tracks: (([TrackRecord]) -> Void)? = nil,
        committed: ([OperationsEvent], Double) async throws -> Void, progress: (Double) -> Void = { _ in }
    ) async throws -> Result {
        var session = try ScenarioRun(
            scenario, border: border, seed: seed, legacy: legacy, run: run, todCue: todCue, tracker: tracker, look: look, looks: looks)
        session.recorder = recorder
        var result = Result(run: run)
        var lastProgress = -Double.infinity
        while let (scan, step) = session.step() {
            if keepTracks { result.tracks += step.tracks }
            tracks?(step.tracks)
            result.caseworkRequests += step.actions.filter { if case .openCasework = $0.action { true } else { false } }
            if !step.events.isEmpty {
                try await committed(step.events, scan.t)
                result.events += step.events
            }
            for incident in session.engine.incidents {
                let ids = Set(session.engine.tracks(of: incident.id))
                for r in step.tracks where ids.contains(r.track) { result.paths[incident.id, default: []].append(r.position) }
            }
            if scan.t - lastProgress >= 60 {
                progress(scan.t)
                lastProgress = scan.t
            }
        }
        recorder?.finish()
        let end = session.finish()
        try await committed(end, session.duration)
        result.events += end
        result.incidents = session.engine.incidents
        result.plans = session.engine.plans
        for i in session.engine.incidents {
            result.dispatched[i.id] = session.engine.dispatchTime(of: i.id)
            result.firstAlert[i.id] = session.engine.alerts(of: i.id).map(\.raised).min()
        }
        result.firstDetection = session.firstDetection
        return result
    }

    /// Appends `events` to `log`, if there are any (the reports' `report_written` events after
    /// the run).
    public static func append(_ events: [OperationsEvent], to log: some EventLog) async throws {
        guard !events.isEmpty else { return }
        try await log.append(events)
    }
}

extension RunOutcome {
    /// The outcome of a played run of `scenario`.
    public init(result: RunPipeline.Result, scenario: ResolvedScenario) {
        self.init(
            scenario: scenario, events: result.events, incidents: result.incidents, firstAlert: result.firstAlert,
            dispatched: result.dispatched, firstDetection: result.firstDetection)
    }
}
