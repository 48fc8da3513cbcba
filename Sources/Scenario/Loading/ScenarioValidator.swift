import GuidepostCore

/// The checks that need more than one field: times in order and inside the run, references
/// to posts, sensors and actors that exist, ids that are unique, fields that only make sense
/// together. Each problem names the field path; the loader turns it into a line.
struct ScenarioValidator {
    struct Problem: Equatable {
        var field: String
        var reason: String
        var hint: String?
    }

    let document: ScenarioDocument
    let limits: ScenarioLimits
    private var found: [Problem] = []

    init(document: ScenarioDocument, limits: ScenarioLimits = .default) {
        self.document = document
        self.limits = limits
    }

    func problems() -> [Problem] {
        var v = self
        v.run()
        return v.found
    }

    private var end: Double { document.duration.seconds }

    private mutating func report(_ field: String, _ reason: String, hint: String? = nil) {
        found.append(Problem(field: field, reason: reason, hint: hint))
    }

    /// Reports `value` at `field` unless it lies in `range` (docs/scenarios.md, "Ranges").
    private mutating func within(_ value: Double?, _ range: PhysicalRange, _ field: String) {
        guard let value, !range.contains(value) else { return }
        let u = range.unit.isEmpty ? "" : " \(range.unit)"
        report(
            field, "\(PhysicalRange.number(value))\(u) is outside \(range) (\(range.why))",
            hint: "see the ranges in docs/scenarios.md")
    }

    private mutating func within(_ value: Int?, _ range: PhysicalRange, _ field: String) {
        within(value.map(Double.init), range, field)
    }

    /// Reports a duration field (a wait, a delay) longer than the run itself.
    private mutating func notLongerThanTheRun(_ d: ScenarioDuration?, _ field: String) {
        guard let d, d.seconds > end else { return }
        report(field, "\(d) is longer than the whole run (\(document.duration))", hint: "shorten it or raise 'duration'")
    }

    /// Seconds after the start of `t`, reporting it if it falls outside the run.
    @discardableResult
    private mutating func time(_ t: TimeReference?, _ field: String) -> Double? {
        guard let t else { return nil }
        let s = t.seconds(since: document.start)
        if s < 0 {
            report(field, "\(t) is before the start (\(document.start))")
        } else if s > end + 1e-9 {
            report(field, "\(t) is after the end of the run (start + \(document.duration))", hint: "raise 'duration'")
        }
        return s
    }

    private mutating func window(
        _ from: TimeReference?, _ until: TimeReference?, _ path: String, from fk: String = "from",
        until uk: String = "until"
    ) {
        let a = time(from, "\(path).\(fk)"), b = time(until, "\(path).\(uk)")
        if let from, let until, let a, let b, b < a {
            report("\(path).\(uk)", "ends before it begins (\(fk) \(from), \(uk) \(until))")
        }
    }

    private mutating func unique<ID: Hashable & CustomStringConvertible>(_ ids: [ID], _ path: (Int) -> String) -> Set<
        ID
    > {
        var seen = Set<ID>()
        for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
            report(path(i), "id '\(id)' is used twice")
        }
        return seen
    }

    private mutating func run() {
        if document.duration.seconds <= 0 { report("duration", "the run must last longer than 0 s") }
        if document.duration.seconds > limits.maxRunDuration {
            report(
                "duration",
                "\(document.duration) is longer than the limit of \(ScenarioDuration(seconds: limits.maxRunDuration)) for one run",
                hint: ScenarioLimits.Variable.maxRunDuration.hint)
        }
        if let year = Int(document.start.description.prefix(4)) {
            within(year, ScenarioRanges.startYear, "start")
        }
        if let why = PlainName.problem(document.id) {
            report("id", "id \(why)", hint: "the id names the run's folder; write the file name without '.yaml'")
        }
        checkWindow()
        checkPositions()
        checkTerrain()
        if let schema = document.schema, schema != 1 {
            report("schema", "unsupported schema version \(schema)", hint: "this build reads schema 1")
        }
        checkConditions()
        let d = document.deployment ?? Deployment()
        let posts = unique(d.posts.map(\.id)) { "deployment.posts[\($0)].id" }
        let sensors = unique(d.sensors.map(\.id)) { "deployment.sensors[\($0)].id" }
        checkDeployment(d, posts: posts, sensors: sensors)
        let actors = unique(document.actors.map(\.id)) { "actors[\($0)].id" }
        for (i, actor) in document.actors.enumerated() { checkActor(actor, at: "actors[\(i)]", actors: actors) }
        checkIndividuals()
        if let e = document.expected { checkExpected(e, actors: actors) }
    }

    private mutating func checkConditions() {
        var last = 0.0
        for (i, p) in (document.conditions ?? []).enumerated() {
            let path = "conditions[\(i)]"
            if let from = time(p.from, "\(path).from") {
                if from < last {
                    report("\(path).from", "periods must be in time order; this one starts before the previous")
                }
                last = from
            } else if i > 0 {
                report(path, "every period after the first needs 'from'")
            }
            within(p.visibility, ScenarioRanges.visibility, "\(path).visibility")
            within(p.rain, ScenarioRanges.rain, "\(path).rain")
            within(p.wind, ScenarioRanges.wind, "\(path).wind")
            within(p.temperature, ScenarioRanges.temperature, "\(path).temperature")
        }
    }

    private mutating func checkDeployment(_ d: Deployment, posts: Set<PostID>, sensors: Set<SensorID>) {
        for (i, s) in d.sensors.enumerated() {
            let path = "deployment.sensors[\(i)]"
            if (s.at == nil) == (s.post == nil) { report(path, "give exactly one of 'at' or 'post'") }
            if let p = s.post, !posts.contains(p) {
                report("\(path).post", "no post '\(p)' is listed", hint: hintFor(p.rawValue, posts.map(\.rawValue)))
            }
            within(s.range, ScenarioRanges.sensorRange, "\(path).range")
            within(s.facing, ScenarioRanges.facing, "\(path).facing")
            within(s.arc, ScenarioRanges.arc, "\(path).arc")
        }
        for (i, f) in d.faults.enumerated() {
            let path = "deployment.faults[\(i)]"
            let targets = [f.sensor != nil, f.zone != nil, f.at != nil].filter { $0 }.count
            if targets != 1 { report(path, "give exactly one of 'sensor', 'zone' or 'at'") }
            if let s = f.sensor, !sensors.contains(s) {
                report(
                    "\(path).sensor", "no sensor '\(s)' is listed", hint: hintFor(s.rawValue, sensors.map(\.rawValue)))
            }
            if f.zone != nil, !d.default {
                report("\(path).zone", "fence zones come from the default deployment, which this scenario turns off")
            }
            if f.kind == .degraded, f.pd == nil { report(path, "a 'degraded' fault needs 'pd'") }
            if f.kind == .clockOffset, f.offset == nil {
                report(path, "a 'clock-offset' fault needs 'offset' (seconds)")
            }
            within(f.radius, ScenarioRanges.radius, "\(path).radius")
            within(f.offset, ScenarioRanges.clockOffset, "\(path).offset")
            window(f.from, f.until, path)
        }
        within(d.nuisanceRate, ScenarioRanges.nuisanceRate, "deployment.nuisance_rate")
        for (i, x) in d.operator.distractions.enumerated() {
            window(x.from, x.until, "deployment.operator.distractions[\(i)]")
        }
    }

    private mutating func checkActor(_ a: Actor, at path: String, actors: Set<ActorID>) {
        within(a.count, ScenarioRanges.count, "\(path).count")
        if let n = a.groups {
            within(n, ScenarioRanges.groups, "\(path).groups")
            if n > 1, a.route != nil {
                report(
                    "\(path).groups", "several groups cannot share one route",
                    hint: "drop 'route' to scatter them over 'area'")
            }
        }
        if a.species != nil, a.kind != .animal { report("\(path).species", "only animals have a species") }
        if a.kind == .animal, a.species == nil { report(path, "an animal needs 'species'") }
        var last = time(a.appears, "\(path).appears") ?? 0
        for (j, w) in (a.route ?? []).enumerated() {
            let wp = "\(path).route[\(j)]"
            if let written = w.t, let t = time(written, "\(wp).t") {
                if t < last - 1e-9 {
                    report("\(wp).t", "\(written) is earlier than the previous waypoint or the actor's appearance")
                }
                last = t
            }
            within(w.speed, ScenarioRanges.speed, "\(wp).speed")
            notLongerThanTheRun(w.wait, "\(wp).wait")
            if let wait = w.wait { last += wait.seconds }
        }
        for (j, b) in (a.behaviours ?? []).enumerated() {
            let bp = "\(path).behaviours[\(j)]"
            if let t = b.target {
                if !actors.contains(t) {
                    report(
                        "\(bp).target", "no actor '\(t)' is defined", hint: hintFor(t.rawValue, actors.map(\.rawValue)))
                } else if t == a.id {
                    report("\(bp).target", "an actor cannot target itself")
                }
            }
            within(b.standoff, ScenarioRanges.standoff, "\(bp).standoff")
            within(b.radius, ScenarioRanges.radius, "\(bp).radius")
            within(b.rounds, ScenarioRanges.rounds, "\(bp).rounds")
            notLongerThanTheRun(b.delay, "\(bp).delay")
            window(b.from, b.until, bp)
        }
    }

    private mutating func checkExpected(_ e: ExpectedOutcome, actors: Set<ActorID>) {
        if let w = e.firstDetection {
            window(w.earliest, w.latest, "expected.first_detection", from: "earliest", until: "latest")
        }
        if let w = e.custody { window(w.earliest, w.latest, "expected.custody", from: "earliest", until: "latest") }
        for (i, m) in (e.milestones ?? []).enumerated() {
            window(m.earliest, m.latest, "expected.milestones[\(i)]", from: "earliest", until: "latest")
        }
        for (i, o) in (e.actors ?? []).enumerated() where !actors.contains(o.actor) {
            report(
                "expected.actors[\(i)].actor", "no actor '\(o.actor)' is defined",
                hint: hintFor(o.actor.rawValue, actors.map(\.rawValue)))
        }
        for (name, range) in [("rok", e.shots?.rok), ("kpa", e.shots?.kpa)] {
            within(range?.min, ScenarioRanges.expectedCount, "expected.shots.\(name)")
            within(range?.max, ScenarioRanges.expectedCount, "expected.shots.\(name)")
        }
        within(e.alertsDismissed?.min, ScenarioRanges.expectedCount, "expected.alerts_dismissed")
        within(e.alertsDismissed?.max, ScenarioRanges.expectedCount, "expected.alerts_dismissed")
        if e.detected == false, e.firstDetection != nil {
            report("expected.first_detection", "a detection window contradicts 'detected: false'")
        }
    }

    /// Individuals summed over actors (saturating: `groups × count` of a bad file may overflow)
    /// against the limit.
    private mutating func checkIndividuals() {
        var total = 0
        for (i, a) in document.actors.enumerated() {
            let (n, overflow) = (a.groups ?? 1).multipliedReportingOverflow(by: a.count ?? 1)
            let (sum, o2) = total.addingReportingOverflow(overflow ? Int.max : max(n, 0))
            total = o2 ? Int.max : sum
            if total > limits.maxIndividuals {
                report(
                    "actors[\(i)]",
                    "the actors up to this one are \(total == Int.max ? "more than \(Int.max)" : "\(total)") individuals, over the limit of \(limits.maxIndividuals)",
                    hint: ScenarioLimits.Variable.maxIndividuals.hint)
                return
            }
        }
    }

    /// The window's own numbers: a centred window's length, the `s` and `d` ranges.
    private mutating func checkWindow() {
        let w = document.window
        switch w.extent {
        case .centred(_, let length): within(length, ScenarioRanges.windowLength, "window.length")
        case .sRange, .sector, .whole: break  // `s` is checked against the frame's MDL at resolution
        }
        within(w.d.lowerBound, ScenarioRanges.offMDL, "window.d")
        within(w.d.upperBound, ScenarioRanges.offMDL, "window.d")
    }

    /// The distance `d` from the MDL of every along-border position (a route point at d = 1e9
    /// would otherwise reach the simulator). `s` and `ds` are checked against the frame's MDL when
    /// the scenario is placed on it; geographic and EPSG:5179 positions to lie in the Korean
    /// theatre when decoded.
    private mutating func checkPositions() {
        var document = self.document
        var problems: [(Double, PhysicalRange, String)] = []
        document.visitPositions { position, path in
            switch position {
            case .near(_, _, let d): problems.append((d, ScenarioRanges.offMDL, "\(path).d"))
            case .alongBorder(let c): problems.append((c.d, ScenarioRanges.offMDL, "\(path).d"))
            case .geographic, .planar: break
            }
        }
        for (v, range, field) in problems { within(v, range, field) }
    }

    /// Every number of every terrain override.
    private mutating func checkTerrain() {
        for (i, t) in (document.terrain ?? []).enumerated() {
            let path = "terrain[\(i)]"
            within(t.width, ScenarioRanges.width, "\(path).width")
            within(t.depth, ScenarioRanges.depth, "\(path).depth")
            within(t.flow, ScenarioRanges.flow, "\(path).flow")
            within(t.level, ScenarioRanges.level, "\(path).level")
            within(t.minesPerM2, ScenarioRanges.minesPerM2, "\(path).mines_per_m2")
            within(t.height, ScenarioRanges.height, "\(path).height")
            within(t.radius, ScenarioRanges.radius, "\(path).radius")
            within(t.length, ScenarioRanges.length, "\(path).length")
        }
    }

    private func hintFor(_ word: String, _ known: [String]) -> String {
        if let near = NearestWord.find(word, in: known.sorted()) { return "did you mean '\(near)'?" }
        return known.isEmpty ? "none are defined" : "defined: \(known.sorted().joined(separator: ", "))"
    }
}
