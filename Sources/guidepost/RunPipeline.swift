import ArgumentParser
import Border
import GuidepostCore
import Guidance
import Operations
import Scenario
import Simulation
import Tracking

/// Composes the pipeline of `guidepost run` (the composition root's one loop): the simulated
/// field feeds scans to the Operations engine, which tracks, alerts, runs incidents and answers
/// with commands the field carries out.
enum RunPipeline {
    /// Everything a run leaves besides the store: the log, the plans, the tracks of each incident.
    struct Result {
        var run: RunID
        var events: [OperationsEvent] = []
        var incidents: [Incident] = []
        var plans: [PlannedGuidance] = []
        /// Positions of each incident's tracks over the run, in time order.
        var paths: [IncidentID: [Point]] = [:]
        var dispatched: [IncidentID: Double] = [:]
        /// When the first alert that opened or joined each incident was raised.
        var firstAlert: [IncidentID: Double] = [:]
        /// First detection of a person by any sensor (simulated truth, for the outcome table only).
        var firstDetection: Double?
        /// Every track report of the run, in order, when asked for (`keepTracks`): what the
        /// engine's tracker handed its alert front, as `guidepost track` would write them.
        var tracks: [TrackRecord] = []
        /// The incidents whose person stated an intent: each opens a case (`CaseOpening`).
        var caseworkRequests: [IncidentActionRequest] = []
    }

    /// Plays `scenario` to its end. `committed` gets each step's events (to store and print);
    /// `progress` the simulated time now and then.
    static func play(
        _ scenario: ResolvedScenario, border: BorderModel, seed: UInt64, legacy: Bool, run: RunID, todCue: Bool = true,
        keepTracks: Bool = false, record: RunRecording? = nil,
        committed: ([OperationsEvent], Double) async throws -> Void, progress: (Double) -> Void = { _ in }
    ) async throws -> Result {
        let doc = scenario.document
        var options = SimulationOptions(seed: seed, duration: doc.duration.seconds)
        options.fieldControlledTeams = true
        options.todCue = todCue
        let simulator = SimulationEngine(scenario: scenario, border: border, options: options)
        let timeline = simulator.timeline

        let op = doc.deployment?.operator ?? OperatorModel()
        let distractions = op.distractions.map {
            Distraction(from: scenario.seconds($0.from), until: scenario.seconds($0.until), reason: $0.reason ?? "busy elsewhere")
        }
        guard let alarmOperator = ConfiguredOperator(model: op.model.rawValue, seed: seed, distractions: distractions) else {
            throw InputError(file: scenario.file, field: "deployment.operator.model", reason: "unknown operator model \(op.model.rawValue)")
        }
        let teams = doc.actors.filter { $0.kind == .rokGuidanceTeam }.compactMap { a -> GuidanceTeam? in
            guard let p = a.route?.first?.at.planarPoint else { return nil }
            return GuidanceTeam(name: a.id.rawValue, base: p)
        }
        guard let trackOptions = try? TrackOptions.parse([]) else {
            throw InputError(file: "<defaults>", reason: "the tracker's default options do not parse")
        }
        let tracker = trackOptions.makeTracker()
        var field = SimulatedField(engine: simulator, options: trackOptions)
        field.recorder = record?.simulation
        var engine = OperationsEngine(
            run: run, facts: Guidepost.Alerts.facts(scenario, border: border), border: border, tracker: tracker,
            lines: .of(border), operator: alarmOperator, console: legacy ? .legacy : .guidepost, teams: teams,
            light: { t in
                // Dense fog hides a team from KPA posts as dusk does (2017-12-21, 2019-07-31).
                let env = timeline.at(t)
                let light = Guidance.Light(rawValue: env.conditions.light.rawValue) ?? .day
                return light == .day && env.foggy ? .twilight : light
            })
        var result = Result(run: run)
        // Whom the scenario is about: the people crossing, else the KPA party that crossed (2024-06-09).
        var people = Set(simulator.actors.filter { $0.kind == .person }.map(\.actor))
        if people.isEmpty { people = Set(simulator.actors.filter(\.isKPA).map(\.actor)) }
        var lastProgress = -Double.infinity
        while let scan = field.nextScan() {
            let step = engine.step(scan)
            if keepTracks { result.tracks += step.tracks }
            if let record { for r in step.tracks { record.tracks.write(line: r.jsonLine) } }
            for c in step.commands { field.carryOut(c) }
            result.caseworkRequests += step.actions.filter { if case .openCasework = $0.action { true } else { false } }
            if !step.events.isEmpty {
                try await committed(step.events, scan.t)
                result.events += step.events
            }
            for incident in engine.incidents {
                let ids = Set(engine.tracks(of: incident.id))
                for r in step.tracks where ids.contains(r.track) { result.paths[incident.id, default: []].append(r.position) }
            }
            if scan.t - lastProgress >= 60 {
                progress(scan.t)
                lastProgress = scan.t
            }
        }
        record?.flush()
        let end = engine.finish(at: doc.duration.seconds)
        try await committed(end, doc.duration.seconds)
        result.events += end
        result.incidents = engine.incidents
        result.plans = engine.plans
        for i in engine.incidents {
            result.dispatched[i.id] = engine.dispatchTime(of: i.id)
            result.firstAlert[i.id] = engine.alerts(of: i.id).map(\.raised).min()
        }
        result.firstDetection = field.firstDetection(of: people)
        return result
    }

    static func append(_ events: [OperationsEvent], to log: some EventLog) async throws {
        guard !events.isEmpty else { return }
        try await log.append(events)
    }
}
