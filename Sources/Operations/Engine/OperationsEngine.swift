public import Border
public import Guidance
public import GuidepostCore
public import Tracking

/// The engine that turns a feed into incidents (issue 6; DESIGN.md "Operations"): each scan's
/// detections go through the tracker, the tracks through the alert policy and the operator; an
/// alert someone acts on opens an incident, whose lifecycle (`Incident`) asks for actions — plan
/// and dispatch a guidance team, question, hand over — which the engine carries out by
/// returning `FieldCommand`s. Every alert update and every state change is one event of the
/// run's append-only log, numbered without gaps.
///
/// A value type with no clock and no I/O: `step` takes a scan and returns what happened, so the
/// same feed gives the same log, byte for byte (which is how a killed run resumes: re-derive,
/// and let the store skip what it already holds).
/// - Complexity: per scan, the tracker's cost plus O(tracks × alerts); a guidance plan costs one
///   raster, viewshed and two searches over a window of a few km (hundreds of ms), made only
///   when an incident needs one.
public struct OperationsEngine<Operator: AlarmOperator>: Sendable {
    public let border: BorderModel
    public let configuration: OperationsConfiguration
    public let console: Console
    var popups = 0
    public internal(set) var policy: AlertPolicy<BorderAlertGeometry, Operator>
    var tracker: StandardTracker
    let lines: LinesOfInterest
    var log: RunLog
    var monitor: KPAActivityMonitor<BorderAlertGeometry>
    var cases: [CaseFile] = []
    var caseOfAlert: [Int: Int] = [:]
    public internal(set) var teams: [GuidanceTeam]
    let light: @Sendable (Double) -> Light
    let facts: PublicFacts
    /// Which sensors saw which track (the incidents' sum is the after-action's sensor hits).
    var tally = SensorHitTally()
    /// Every plan dispatched, in order.
    public internal(set) var plans: [PlannedGuidance] = []
    var lastTime = -Double.infinity
    /// Between tracker and policy: own teams dropped, animals heading south doubted (shared with `guidepost alerts`).
    var front: AlertFront
    var started = false
    /// Incidents opened by this engine (an incident taken on from a neighbour keeps its id).
    var opened = 0
    /// The sectors' operators and the looks waiting for them (`configuration.looks`).
    public internal(set) var looks: LookQueue

    /// - Parameters:
    ///   - light: the light at a run time (the planner prices KPA exposure by it, and a guiding
    ///     operation inside the DMZ waits for darkness).
    ///   - teams: guidance teams available; when none is free, one is formed at the nearest
    ///     manned ROK post.
    public init(
        run: RunID, facts: PublicFacts, border: BorderModel, tracker: StandardTracker, lines: LinesOfInterest,
        operator: Operator, console: Console = .guidepost, configuration: OperationsConfiguration = .init(),
        teams: [GuidanceTeam] = [], light: @escaping @Sendable (Double) -> Light
    ) {
        self.border = border
        self.configuration = configuration
        let geometry = BorderAlertGeometry(band: border.band)
        policy = AlertPolicy(geometry: geometry, operator: `operator`, configuration: console == .legacy ? .legacy : .guidepost)
        policy.idScope = configuration.idScope
        self.console = console
        self.tracker = tracker
        self.lines = lines
        log = RunLog(run: run)
        let rokPosts = border.posts.filter { $0.kind != .kpaGuardPost && $0.status == .manned }.map(\.position)
        monitor = KPAActivityMonitor(geometry: geometry, posts: rokPosts)
        self.teams = teams
        self.light = light
        self.facts = facts
        front = AlertFront(border: border, configuration: configuration, doubts: console == .guidepost)
        looks = LookQueue(configuration: configuration.looks)
    }

    /// The incidents so far, in the order opened.
    public var incidents: [Incident] { cases.map(\.incident) }

    /// What one scan produced.
    public struct StepResult: Sendable {
        public var events: [OperationsEvent] = []
        public var commands: [FieldCommand] = []
        /// The tracks reported at this scan (confirmed), as records.
        public var tracks: [TrackRecord] = []
        /// What the incidents' transitions asked for, for the composition root to carry out
        /// where the engine does not (e.g. `.openCasework`: Operations never imports Casework).
        public var actions: [IncidentActionRequest] = []

        public init(events: [OperationsEvent] = [], commands: [FieldCommand] = [], tracks: [TrackRecord] = [], actions: [IncidentActionRequest] = []) {
            self.events = events
            self.commands = commands
            self.tracks = tracks
            self.actions = actions
        }
    }

    /// Processes one scan of the feed. Times must not go back.
    public mutating func step(_ scan: FieldScan) -> StepResult {
        var out = StepResult()
        let t = scan.t
        if !started {
            started = true
            out.events.append(log.event(t: t, .runStarted(facts)))
        }
        lastTime = max(lastTime, t)
        for report in scan.reports { handle(report, at: t, into: &out) }
        startLooks(at: t, into: &out)
        for (name, p) in scan.teams {
            guard let j = teams.firstIndex(where: { $0.name == name }) else { continue }
            teams[j].reported = p
            teams[j].reportedAt = t
        }
        let records: [TrackRecord]
        switch console {
        case .guidepost:
            records = tracker.step(at: t, detections: scan.detections).map { $0.record(at: t, lines: lines) }
        case .legacy:
            records = popUps(scan)
        }
        let hostile = front.hostile(records, friendlies: scan.friendlies, at: t)
        // A neighbouring sector's tracks are its to show (a cluster's sector engine only).
        out.tracks = configuration.ownStretch == nil ? records : records.filter { !front.isNeighbours($0) }
        let updates = policy.update(at: t, tracks: hostile, holding: front.undecided, doubted: front.doubted)
        for u in updates { apply(u, into: &out) }
        startLooks(at: t, into: &out)
        followIncidents(hostile, at: t, into: &out)
        observeKPA(hostile, at: t)
        countHits(scan, records: hostile, at: t)
        runDue(at: t, into: &out)
        for i in cases.indices { guide(i, at: t, into: &out) }
        return out
    }

    /// Ends the run at `t`: alerts still open are escalated, the KPA verdict and each incident's sensor hits are logged.
    public mutating func finish(at t: Double) -> [OperationsEvent] {
        var out = StepResult()
        if !started {
            started = true
            out.events.append(log.event(t: t, .runStarted(facts)))
        }
        for u in policy.finish(at: t) { apply(u, into: &out) }
        runDue(at: t, into: &out)
        let end = max(t, lastTime)
        // Each incident's person: its tracks, with the tracks chained to them (the short tracks
        // of one mover between a scanning TOD's looks, some never alerted on). A run without an
        // incident logs one run-level event (no hits).
        for file in cases {
            let hits = tally.hits(of: trackIDs(of: file).flatMap { front.chains.linked(to: $0) })
            out.events.append(log.event(t: end, incident: file.incident.id, .sensorHits(hits)))
        }
        if cases.isEmpty { out.events.append(log.event(t: end, .sensorHits([]))) }
        out.events.append(log.event(t: end, .kpaActivity(monitor.verdict)))
        return out.events
    }

    /// The old console's pop-ups for a scan: each fence alarm whose slewed camera shows something,
    /// as a one-report "track" of that class, which the policy raises (or, for an animal,
    /// suppresses), merges and the operator answers like any other. An alarm showing nothing (wind)
    /// only adds to the operator's load. Cameras record but raise nothing by themselves
    /// (2021-02-16: eight camera sightings, unnoticed).
    mutating func popUps(_ scan: FieldScan) -> [TrackRecord] {
        let seen: [(Point, TargetClass)] = scan.reports.compactMap { if case .alarm(let p?, let c?) = $0 { (p, c) } else { nil } }
        return seen.map { p, c in
            popups += 1
            return TrackRecord(
                t: scan.t, track: "P\(popups)", x: p.x, y: p.y, vx: 0, vy: 0, targetClass: c, classProbability: 0.9, cov: nil,
                timeToMDL: nil, timeToFence: nil)
        }
    }

    /// KPA-side tracks for the activity monitor: human or unknown, not ours, not a case's person.
    mutating func observeKPA(_ records: [TrackRecord], at t: Double) {
        let caseTracks = Set(cases.flatMap(\.alerts).flatMap { policy.alerts[$0].tracks })
        for r in records where r.targetClass != .animal && !caseTracks.contains(r.track) {
            let c = border.line.alongBorder(r.position)
            guard c.d > border.band.offsets(at: c.s).northern else { continue }
            monitor.observe(r, armed: false)
        }
    }

    /// Credits the scan's detections to the tracks they fell on (`SensorHitTally`).
    mutating func countHits(_ scan: FieldScan, records: [TrackRecord], at t: Double) {
        tally.note(at: t, detections: zip(scan.detections, scan.kinds).map { ($0.position, $1) }, tracks: records, friendlies: scan.friendlies)
        if Int(t) % 600 == 0 { tally.forget(at: t, keeping: Set(cases.flatMap { trackIDs(of: $0) })) }
    }

    /// The track ids an incident follows: its alerts' tracks.
    func trackIDs(of file: CaseFile) -> [String] {
        file.alerts.flatMap { policy.alerts[$0].tracks }
    }
}

extension OperationsEngine {
    /// The track ids that belong to incident `id` (its alert's tracks), for maps and reports.
    public func tracks(of id: IncidentID) -> [String] {
        guard let file = cases.first(where: { $0.incident.id == id }) else { return [] }
        return trackIDs(of: file)
    }

    /// The alerts that opened or joined incident `id`, with the time each was raised.
    public func alerts(of id: IncidentID) -> [(id: AlertID, raised: Double)] {
        guard let file = cases.first(where: { $0.incident.id == id }) else { return [] }
        return file.alerts.map { (policy.alerts[$0].alert.id, policy.alerts[$0].alert.t) }
    }

    /// When incident `id`'s team was dispatched, if it was.
    public func dispatchTime(of id: IncidentID) -> Double? {
        cases.first { $0.incident.id == id }?.dispatchedAt
    }
}
