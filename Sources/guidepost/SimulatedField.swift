import Border
import GuidepostCore
import Operations
import Scenario
import Simulation
import Tracking

/// The simulator as Operations' field (DESIGN.md: the detection source and the field channel):
/// scans of detections with what the field would radio in, and dispatches carried out by the
/// simulated teams. The only place where the engine's commands meet simulated truth — a
/// dispatched team is told which simulated person it will find, as a real team finds whoever
/// is there.
struct SimulatedField: FieldChannel {
    private(set) var engine: SimulationEngine
    private var converter: DetectionConverter
    private var buffered: [FieldScan] = []
    private var answers: [(t: Double, report: FieldReport)] = []
    private var clock = 0.0
    /// First detection time of each actor (simulated truth; for the outcome table, never the engine).
    private var firstSeen: [ActorID: Double] = [:]
    /// Where the simulator's own record of the run goes (truth, detections, first detections), if
    /// asked for: what `guidepost score-alerts` scores the run against.
    var recorder: SimulationRecorder?
    /// How long questioning takes before the intent is clear (assumptions: a defector says so at
    /// at once and it is noted within minutes; a wish to return is confirmed carefully over half a day).
    static let interview: [Actor.Intent: Double] = [.defect: 600, .return: 43_200]

    /// - Parameter options: the tracker's options (for how detections are converted).
    init(engine: SimulationEngine, options: TrackOptions) {
        self.engine = engine
        var zones = FenceZones()
        for zone in engine.zones {
            let half = zone.direction * (zone.length / 2)
            zones.segments[zone.id] = (zone.midpoint - half, zone.midpoint + half)
        }
        converter = DetectionConverter(zones: zones, options: options)
    }

    var time: Double { engine.time }
    var isFinished: Bool { buffered.isEmpty && engine.isFinished }

    mutating func nextScan() -> FieldScan? {
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

    private func report(of e: SimulationEvent) -> FieldReport? {
        let p = e.x.flatMap { x in e.y.map { Point(x: x, y: $0) } }
        let actor = e.source.flatMap { s in engine.actors.first { $0.name == s } }
        switch e.kind {
        case .fenceAlarm:
            // What the camera slewed to the alarm shows (domain.md §3.1): the climber, the animal, or nothing.
            let shown: TargetClass? = switch e.detail {
                case "climb"?: .human
                case "animal"?: .animal
                default: nil
            }
            return .alarm(at: p, camera: shown)
        case .shot:
            let rounds = e.detail.flatMap { d in d.split(separator: ",").last.flatMap { Int($0.split(separator: " ").first ?? "") } } ?? 1
            return .shots(at: p, rounds: rounds, byKPA: e.detail?.hasPrefix("kpa") ?? false)
        case .contact:
            guard let team = e.source, let p else { return nil }
            return .contact(team: team, at: p)
        case .custody:
            guard let subject = e.source, let p, let actor else { return nil }
            let by = e.detail.flatMap { $0.hasPrefix("by ") ? String($0.dropFirst(3)) : nil }
            return .custody(subject: subject, at: p, by: by, atSea: actor.via == .sea || actor.mode == .boat)
        case .turnedBack:
            // Reported only when someone on our side watches it: a manned ROK post or a team
            // within sight (`watchRange`) of where the mover turned.
            guard let p, watched(p) else { return nil }
            return .turnedBack(at: p)
        case .mineBlast:
            // Posts that hear the bang take a bearing on the flash; their cross-bearing places it.
            guard let p, heard(p) else { return nil }
            return .blast(at: p)
        case .casualty:
            // A man hurt by a mine nobody heard is nobody's news until he is found.
            guard let subject = e.source, let p, actor?.kind == .person, e.detail != "mine" || heard(p) else { return nil }
            return .casualty(subject: subject, at: p, detail: e.detail ?? "hurt")
        default: return nil
        }
    }

    /// How far a post's or team's observers see a group turn back (an assumption: a GP's day
    /// sights reach about 2 km).
    static let watchRange = 2000.0

    /// Whether a manned ROK post or a ROK team is within `watchRange` of `p`.
    private func watched(_ p: Point) -> Bool { ownPeople(within: Self.watchRange, of: p) }

    /// Whether a manned ROK post or a ROK team is within earshot of a blast at `p`
    /// (`SimulationEngine.blastHeardRange`).
    func heard(_ p: Point) -> Bool { ownPeople(within: SimulationEngine.blastHeardRange, of: p) }

    /// Whether a manned ROK post or a ROK team is within `range` metres of `p`.
    private func ownPeople(within range: Double, of p: Point) -> Bool {
        let posts = engine.border.posts.filter { $0.kind != .kpaGuardPost && $0.status == .manned }.map(\.position)
        let teams = engine.actors.filter { $0.present && $0.isROK }.map(\.position)
        return (posts + teams).contains { $0.distance(to: p) <= range }
    }

    /// The earliest detection of any of `actors`.
    func firstDetection(of actors: Set<ActorID>) -> Double? {
        actors.compactMap { firstSeen[$0] }.min()
    }

    mutating func carryOut(_ command: FieldCommand) {
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
            // The operator slews and looks now; the answer is on the console with the next scan.
            let view: CameraView = switch engine.cameraCheck(at: p) {
                case .shows(let c): .shows(c)
                case .kpaParty: .kpaParty
                case .nothing: .nothing
                case .uncovered: .uncovered
            }
            answers.append((max(engine.time, 0) + 1, .cameraView(alert: alert, view: view)))
        }
    }
}
