public import GuidepostCore

/// One sensor in a run: where it stands, what it covers, when it looks, and its faults.
public struct SimSensor: Sendable {
    public let id: String
    public let kind: SensorKind
    public let position: Point
    /// Height of the sensor above the ground, metres.
    public let height: Double
    /// Farthest range considered, metres.
    public let range: Double
    /// Centre of the field of regard, degrees clockwise from grid north, and its width.
    public let facing: Double
    public let arc: Double
    /// Seconds between looks.
    public let revisit: Double
    /// Width of the instantaneous field of view, degrees; a sensor whose field of view is narrower
    /// than its arc sweeps it (a TOD scanning its sector), otherwise it stares at the whole arc.
    public var fieldOfView: Double = 360
    /// Sweep rate, degrees per second, and the sweep's phase offset, seconds.
    public var sweepRate: Double = 1.5
    public var sweepPhase: Double = 0
    /// How long an operator keeps a sweeping sensor on a target after its last detection,
    /// seconds (`SensorCue`); 0: the sensor never stops its sweep.
    public var cueHold: Double = 0
    /// Longest stare on one cue before a full sweep of the sector, seconds (`SensorCue`).
    public var cueDwell: Double = SensorCue.defaultDwell
    /// The operator's cue in force, if any (`SensorCue`).
    public var cue: SensorCue?
    /// No new cue before this time: the sector scan the operator owes after a long stare.
    public var scanUntil: Double = -Double.infinity
    /// Time of the next look.
    public var nextLook: Double
    /// Single-look Pd ceiling when the scenario sets `pd` (replaces the model's P_max).
    public var maximumProbability: Double?
    /// Whether video is kept (false: the replay shows nothing — 2020, 2012).
    public var recording: Bool
    /// Dead intervals.
    public var outages: FaultSchedule = .none
    /// Degraded intervals with their Pd.
    public var degraded: [(start: Double, end: Double, pd: Double)] = []
    /// Intervals in which it sees and records but raises nothing in the control room.
    public var silent: [(start: Double, end: Double)] = []
    /// Recorder clock offset, seconds (positive = ahead).
    public var clockOffset: Double = 0
    public var rng: SeededGenerator
    /// A separate stream for the apparent heights (`ApparentHeightModel`), derived from `rng`'s
    /// seed state without advancing it, so adding heights changed no other draw of a run.
    public var heightRng: SeededGenerator

    public init(
        id: String, kind: SensorKind, position: Point, height: Double, range: Double, facing: Double, arc: Double,
        revisit: Double, recording: Bool = true, rng: SeededGenerator
    ) {
        self.id = id
        self.kind = kind
        self.position = position
        self.height = height
        self.range = range
        self.facing = facing
        self.arc = arc
        self.revisit = revisit
        nextLook = 0
        self.recording = recording
        self.rng = rng
        var fork = rng
        heightRng = SeededGenerator(seed: fork.next() ^ 0x4845_4947_4854_0001)
    }

    /// Whether a bearing (degrees) lies in the field of regard.
    @inline(__always) public func covers(bearing: Double) -> Bool {
        if arc >= 360 { return true }
        var diff = (bearing - facing).truncatingRemainder(dividingBy: 360)
        if diff > 180 { diff -= 360 }
        if diff < -180 { diff += 360 }
        return abs(diff) <= arc / 2
    }

    /// The centre of view at `t` when the sensor sweeps: round and round over a full circle,
    /// back and forth over a sector. Nil when it stares at its whole arc.
    public func pointing(at t: Double) -> Double? {
        guard fieldOfView < arc else { return nil }
        let travel = arc >= 360 ? 360 : arc - fieldOfView
        let period = (arc >= 360 ? 1 : 2) * travel / sweepRate
        var u = ((t + sweepPhase) / period).truncatingRemainder(dividingBy: 1)
        if u < 0 { u += 1 }
        if arc >= 360 { return facing + 360 * u }
        let tri = u < 0.5 ? 2 * u : 2 - 2 * u
        return facing - travel / 2 + travel * tri
    }

    /// The centre of view at `t`: the cued bearing while an operator holds the sensor on a target
    /// (`SensorCue`), else the sweep's `pointing(at:)`. Nil when it stares at its whole arc.
    public func aim(at t: Double) -> Double? {
        guard let swept = pointing(at: t) else { return nil }
        if let c = cue, t < c.until { return c.bearing }
        return swept
    }

    /// Seconds for one full sweep of the arc (round a circle, or there and back over a sector).
    public var sweepPeriod: Double {
        guard fieldOfView < arc else { return 0 }
        return arc >= 360 ? 360 / sweepRate : 2 * (arc - fieldOfView) / sweepRate
    }

    /// Takes a cue on `bearing` after a detection at `t` (`SensorCue`): re-centres a cue in force,
    /// starts one unless the operator owes the sector a scan, and ends one held for `cueDwell`.
    public mutating func cue(on bearing: Double, at t: Double) {
        guard cueHold > 0, fieldOfView < arc else { return }
        if let c = cue, t < c.until {
            if t - c.started >= cueDwell {
                cue = nil
                scanUntil = t + sweepPeriod
            } else {
                cue = SensorCue(bearing: bearing, until: t + cueHold, started: c.started)
            }
        } else if t >= scanUntil {
            cue = SensorCue(bearing: bearing, until: t + cueHold, started: t)
        }
    }

    /// Turns a sweeping TOD to a blast heard and seen at `bearing` (a mine going off in the
    /// DMZ: the posts in earshot look at the flash and the smoke). It takes the place of the
    /// sweep, even one owed after a long stare — a blast outranks a routine look — but not of a
    /// cue in force: an operator with someone in view keeps them, and the next post looks. Held
    /// like any cue: `cueHold` seconds if nothing shows there, re-centred on what does.
    public mutating func cue(onBlastAt bearing: Double, at t: Double) {
        guard cueHold > 0, fieldOfView < arc, covers(bearing: bearing) else { return }
        if let c = cue, t < c.until { return }
        cue = SensorCue(bearing: bearing, until: t + cueHold, started: t)
        scanUntil = -.infinity
    }

    /// Whether a bearing lies in the field of view at `t` (within the arc, and within the swept
    /// or cued field of view if the sensor sweeps).
    @inline(__always) public func sees(bearing: Double, at t: Double) -> Bool {
        guard covers(bearing: bearing) else { return false }
        guard let centre = aim(at: t) else { return true }
        var diff = (bearing - centre).truncatingRemainder(dividingBy: 360)
        if diff > 180 { diff -= 360 }
        if diff < -180 { diff += 360 }
        return abs(diff) <= fieldOfView / 2
    }

    /// The Pd ceiling in force at `t` (a degraded fault, the scenario's `pd`, or nil for the model's).
    public func ceiling(at t: Double) -> Double? {
        for d in degraded where t >= d.start && t < d.end { return d.pd }
        return maximumProbability
    }

    /// Whether its output is kept from the control room at `t`.
    public func isSilent(at t: Double) -> Bool { silent.contains { t >= $0.start && t < $0.end } }
}
