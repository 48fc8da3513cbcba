public import Border
public import GuidepostCore
public import Operations
public import Scenario
public import Simulation

/// The simulator as Operations' field (DESIGN.md: the detection source and the field channel):
/// scans of detections with what the field would radio in, and dispatches carried out by the
/// simulated teams. The only place where the engine's commands meet simulated truth — a
/// dispatched team is told which simulated person it will find, as a real team finds whoever
/// is there. `guidepost run` and the console's demo drive the engine with it (`ScenarioRun`
/// in Pipeline composes the two).
public struct SimulatedField: FieldChannel {
    /// The simulator behind the field (its actors are the truth the outcome is judged by).
    public private(set) var engine: SimulationEngine
    private var converter: DetectionConverter
    private var buffered: [FieldScan] = []
    private var answers: [(t: Double, report: FieldReport)] = []
    private var clock = 0.0
    /// First detection time of each actor (simulated truth; for the outcome table, never the engine).
    private var firstSeen: [ActorID: Double] = [:]
    /// Where the simulator's own record of the run goes (truth, detections, first detections), if
    /// asked for: what `guidepost score-alerts` scores the run against.
    public var recorder: SimulationRecorder?
    /// How long an operator's look at an alert takes, seconds: slewing the camera or TOD and the
    /// dwell (the engine's `LookQueue` holds an operator for as long). One second by default, as
    /// before looks were queued; `ScenarioRun` sets the engine's figure.
    public var lookSeconds = 1.0
    /// How long questioning takes before the intent is clear (assumptions: a defector says so at
    /// at once and it is noted within minutes; a wish to return is confirmed carefully over half a day).
    public static let interview: [Actor.Intent: Double] = [.defect: 600, .return: 43_200]

    /// The field over `engine`, converting its detections as `conversion` says (the tracker's
    /// configuration: `TrackerConfiguration.detectionConversion`). Fence alarms are placed along
    /// the simulator's own zones.
    public init(engine: SimulationEngine, conversion: DetectionConversion) {
        self.engine = engine
        var zones = FenceZones()
        for zone in engine.zones {
            let half = zone.direction * (zone.length / 2)
            zones.segments[zone.id] = (zone.midpoint - half, zone.midpoint + half)
        }
        converter = DetectionConverter(zones: zones, conversion: conversion)
    }

    /// The field of `scenario` as a run plays it: a simulator seeded with `seed` for the scenario's
    /// duration, whose ROK guidance teams move only when the engine dispatches them
    /// (`SimulationOptions.fieldControlledTeams`); `todCue` false keeps TOD operators sweeping
    /// instead of staying on what they see.
    /// `look` says what an operator's look can tell (`LookModel.Fidelity`).
    public init(
        scenario: ResolvedScenario, border: BorderModel, seed: UInt64, todCue: Bool = true, look: LookModel.Fidelity = .modelled,
        conversion: DetectionConversion
    ) {
        var options = SimulationOptions(seed: seed, duration: scenario.document.duration.seconds)
        options.fieldControlledTeams = true
        options.todCue = todCue
        options.look = look
        self.init(engine: SimulationEngine(scenario: scenario, border: border, options: options), conversion: conversion)
    }

    /// Where the simulated guidance teams out in the field are now, by name (the names the
    /// engine dispatched them by): what their devices would report over a TAK server.
    public var teamPositions: [(name: String, position: Point)] {
        engine.actors.filter { $0.present && $0.kind == .rokGuidanceTeam }.map { ($0.name, $0.position) }
    }

    /// The simulator's time: the last frame simulated.
    public var time: Double { engine.time }
    /// Whether every scan has been handed out and the simulator has run to its end.
    public var isFinished: Bool { buffered.isEmpty && engine.isFinished }

    /// Whom the scenario is about: the people crossing, else the KPA party that crossed
    /// (2024-06-09). Their first detection is the outcome table's.
    public var people: Set<ActorID> {
        let people = Set(engine.actors.filter { $0.kind == .person }.map(\.actor))
        return people.isEmpty ? Set(engine.actors.filter(\.isKPA).map(\.actor)) : people
    }

    /// The next scan: the simulator advances a second at a time until something happens.
    public mutating func nextScan() -> FieldScan? {
        while buffered.isEmpty {
            guard !engine.isFinished else { return nil }
            clock += 1
            fill(engine.advance(to: clock))
        }
        return buffered.removeFirst()
    }

    /// Groups one advance's output into scans: detections by time, events as reports at their time.
    private mutating func fill(_ output: SimulationOutput) {
        recorder?.write(output)
        for d in output.detections { if let a = d.actor, firstSeen[a] == nil { firstSeen[a] = d.record.t } }
        var times = Set(output.scans.map(\.t))
        for e in output.events { times.insert(e.t) }
        for a in answers where a.t <= clock { times.insert(max(a.t, clock - 1)) }
        let friendlies = engine.actors.filter { $0.present && $0.isROK }.map(\.position)
        for t in times.sorted() {
            var scan = FieldScan(t: t, friendlies: friendlies)
            for d in output.detections where d.record.t == t {
                scan.detections.append(converter.detection(d.record, size: d.record.size))
                scan.kinds.append(d.record.kind ?? .thermal)
            }
            for e in output.events where e.t == t {
                if let r = report(of: e) { scan.reports.append(r) }
            }
            while let i = answers.firstIndex(where: { $0.t <= t }) { scan.reports.append(answers.remove(at: i).report) }
            buffered.append(scan)
        }
    }

    /// The earliest detection of any of `actors` (simulated truth: for the outcome table only).
    public func firstDetection(of actors: Set<ActorID>) -> Double? {
        actors.compactMap { firstSeen[$0] }.min()
    }

    /// Carries out `command` in the simulator: a dispatched team walks its route to the person
    /// nearest the engine's estimate, questioning answers after `interview`, a warning is
    /// broadcast and fired from the nearest post with eyes on the spot, a camera check answers
    /// with what the simulator's cameras see there now.
    public mutating func carryOut(_ command: FieldCommand) {
        switch command {
        case .dispatch(let team, let route, let person, _):
            let target = engine.actors
                .filter { $0.kind == .person && $0.present && !$0.inCustody && $0.position.distance(to: person) <= 1000 }
                .min { $0.position.distance(to: person) < $1.position.distance(to: person) }
            engine.dispatch(team: team, along: route, speed: 1.0, guiding: target?.actor)
        case .question(let subject, _):
            guard let actor = engine.scenario.document.actors.first(where: { $0.id.rawValue == subject || subject.hasPrefix($0.id.rawValue + "-") }),
                let intent = actor.intent, let wait = Self.interview[intent],
                let stated = Operations.Intent(rawValue: intent.rawValue)
            else { return }
            answers.append((max(engine.time, 0) + wait, .intentStated(subject: subject, intent: stated)))
        case .warn(let p, _):
            // The nearest post with eyes on the spot speaks and fires: a TOD or camera mast.
            let post = engine.sensors.filter { $0.kind == .thermal || $0.kind == .camera }
                .min { $0.position.distance(to: p) < $1.position.distance(to: p) }?.position ?? p
            engine.broadcast(from: post, message: "warning: you have crossed the Military Demarcation Line; go back north")
            engine.fireWarningShots(from: post, rounds: 10)
        case .checkCamera(let alert, let p):
            // The operator slews and looks now (`SimulationEngine.look`, what the world shows at
            // the start); the answer is on the console `lookSeconds` later.
            let now = max(engine.time, 0)
            let look = engine.look(at: p)
            recorder?.write(look: LookRecord(t: now, alert: alert.rawValue, x: p.x, y: p.y, seconds: lookSeconds, view: look.view, targets: look.targets))
            answers.append((now + lookSeconds, .cameraView(alert: alert, view: look.view)))
        }
    }
}
