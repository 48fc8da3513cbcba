/// One look an operator made at an alert, with the simulated truth of what was there: a line
/// of the simulator's looks.jsonl (issue 21), which `guidepost score-alerts --looks` scores for
/// looks per operator-hour, misidentifications and crossers lost to a wrong look.
///
/// `{"t": 4810, "alert": "A12", "x": …, "y": …, "seconds": 40, "view": "animal",
///   "targets": [{"id": "person-7", "kind": "human", "outcome": "guessed-animal", "cycles": 2.1}]}`
public struct LookRecord: Hashable, Sendable, Codable, JSONLineEncodable {
    /// What the look made of one truth object within the looked-at spot.
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        /// Seen and told for what it is.
        case recognised
        /// Seen but not recognised, and named an animal anyway.
        case guessedAnimal = "guessed-animal"
        /// Seen but not recognised, and named a person anyway.
        case guessedHuman = "guessed-human"
        /// Seen but not recognised: "cannot tell".
        case cannotTell = "cannot-tell"
        /// In view, but not picked out of the picture.
        case missed
        /// No working camera or TOD has it in sight.
        case hidden
    }

    /// One truth object near the spot, and what the look made of it.
    public struct Target: Hashable, Sendable, Codable {
        public var id: String
        public var kind: TargetClass
        public var outcome: Outcome
        /// Cycles across its critical dimension on the best view (0 when hidden; nil for a perfect look).
        public var cycles: Double?

        public init(id: String, kind: TargetClass, outcome: Outcome, cycles: Double? = nil) {
            self.id = id
            self.kind = kind
            self.outcome = outcome
            self.cycles = cycles
        }

        /// The class the operator named for it, if any (a person, an animal or a vehicle).
        public var named: TargetClass? {
            switch outcome {
            case .recognised: kind
            case .guessedAnimal: .animal
            case .guessedHuman: .human
            case .cannotTell, .missed, .hidden: nil
            }
        }
    }

    /// When the look began (the view is answered `seconds` later).
    public var t: Double
    public var alert: String
    public var x: Double
    public var y: Double
    /// How long the look took: slewing and the dwell.
    public var seconds: Double
    /// What the operator reported.
    public var view: CameraView
    public var targets: [Target]

    public init(t: Double, alert: String, x: Double, y: Double, seconds: Double, view: CameraView, targets: [Target]) {
        self.t = t
        self.alert = alert
        self.x = x
        self.y = y
        self.seconds = seconds
        self.view = view
        self.targets = targets
    }

    public var jsonLine: String {
        var o = JSONObjectBuilder()
        o.add("t", t)
        o.add("alert", alert)
        o.add("x", x)
        o.add("y", y)
        o.add("seconds", seconds)
        o.add("view", view.word)
        let items = targets.map { target -> String in
            var e = JSONObjectBuilder()
            e.add("id", target.id)
            e.add("kind", target.kind.rawValue)
            e.add("outcome", target.outcome.rawValue)
            e.add("cycles", target.cycles.map { ($0 * 100).rounded() / 100 })
            return e.json
        }
        o.addRaw("targets", json: "[" + items.joined(separator: ",") + "]")
        return o.json
    }

    /// Why the record cannot be scored, if it cannot.
    public var problem: (field: String, reason: String)? {
        if let reason = RecordTime.problem(t) { return ("t", reason) }
        if let reason = RecordSpace.coordinateProblem(x) { return ("x", reason) }
        if let reason = RecordSpace.coordinateProblem(y) { return ("y", reason) }
        if !(seconds >= 0 && seconds <= 86_400) { return ("seconds", "\(seconds) is not a look's length (0 to 86,400 s)") }
        return nil
    }
}
