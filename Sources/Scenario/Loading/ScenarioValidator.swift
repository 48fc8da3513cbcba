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
    private var found: [Problem] = []

    init(document: ScenarioDocument) { self.document = document }

    func problems() -> [Problem] {
        var v = self
        v.run()
        return v.found
    }

    private var end: Double { document.duration.seconds }

    private mutating func report(_ field: String, _ reason: String, hint: String? = nil) {
        found.append(Problem(field: field, reason: reason, hint: hint))
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
            if let v = p.visibility, v <= 0 { report("\(path).visibility", "visibility must be positive, metres") }
            if let v = p.rain, v < 0 { report("\(path).rain", "rain cannot be negative, mm/h") }
            if let v = p.wind, v < 0 { report("\(path).wind", "wind speed cannot be negative, m/s") }
        }
    }

    private mutating func checkDeployment(_ d: Deployment, posts: Set<PostID>, sensors: Set<SensorID>) {
        for (i, s) in d.sensors.enumerated() {
            let path = "deployment.sensors[\(i)]"
            if (s.at == nil) == (s.post == nil) { report(path, "give exactly one of 'at' or 'post'") }
            if let p = s.post, !posts.contains(p) {
                report("\(path).post", "no post '\(p)' is listed", hint: hintFor(p.rawValue, posts.map(\.rawValue)))
            }
            if let r = s.range, r <= 0 { report("\(path).range", "range must be positive, metres") }
            if let a = s.arc, !(a > 0 && a <= 360) { report("\(path).arc", "arc must be in (0, 360] degrees") }
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
            if let r = f.radius, r <= 0 { report("\(path).radius", "radius must be positive, metres") }
            window(f.from, f.until, path)
        }
        for (i, x) in d.operator.distractions.enumerated() {
            window(x.from, x.until, "deployment.operator.distractions[\(i)]")
        }
    }

    private mutating func checkActor(_ a: Actor, at path: String, actors: Set<ActorID>) {
        if let n = a.count, n < 1 { report("\(path).count", "count must be at least 1") }
        if let n = a.groups {
            if n < 1 { report("\(path).groups", "groups must be at least 1") }
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
            if let s = w.speed, s <= 0 { report("\(wp).speed", "speed must be positive, m/s") }
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
            if let s = b.standoff, s < 0 { report("\(bp).standoff", "standoff cannot be negative, metres") }
            if let r = b.radius, r <= 0 { report("\(bp).radius", "radius must be positive, metres") }
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
        if e.detected == false, e.firstDetection != nil {
            report("expected.first_detection", "a detection window contradicts 'detected: false'")
        }
    }

    private func hintFor(_ word: String, _ known: [String]) -> String {
        if let near = NearestWord.find(word, in: known.sorted()) { return "did you mean '\(near)'?" }
        return known.isEmpty ? "none are defined" : "defined: \(known.sorted().joined(separator: ", "))"
    }
}
