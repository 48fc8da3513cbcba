public import GuidepostCore

/// One alert: a confirmed human (or unknown) track approaching or crossing the MDL band or a
/// fence, a mine blast heard or a climber on the fence camera, as the policy raised it. Later changes (merges, the operator's answer, escalation)
/// are separate log events, so the raised alert itself never changes.
public struct Alert: Hashable, Sendable, Codable {
    public var id: AlertID
    /// When it was raised, seconds since the scenario's start.
    public var t: Double
    /// The track that raised it; a pseudo-track (`blast-n`, `climb-n`) for an alert raised on a
    /// field report, which no track raised.
    public var track: String
    public var x: Double
    public var y: Double
    /// Along-border position at raising: `s` along the MDL, `d` north of it.
    public var s: Double
    public var d: Double
    public var targetClass: TargetClass
    /// The tracker's class probability.
    public var confidence: Double
    /// Seconds until the MDL band's southern line at the current velocity (0 once crossed).
    public var timeToMDL: Double?
    /// Seconds until the southern (GOP) fence at the current velocity (0 once at or past it).
    public var timeToFence: Double?
    /// Why it was raised.
    public var reason: AlertReason
    /// The alert this one re-raises (a dismissed alert whose track kept coming), if any.
    public var reRaises: AlertID?

    public init(
        id: AlertID, t: Double, track: String, x: Double, y: Double, s: Double, d: Double,
        targetClass: TargetClass, confidence: Double, timeToMDL: Double?, timeToFence: Double?,
        reason: AlertReason, reRaises: AlertID? = nil
    ) {
        self.id = id
        self.t = t
        self.track = track
        self.x = x
        self.y = y
        self.s = s
        self.d = d
        self.targetClass = targetClass
        self.confidence = confidence
        self.timeToMDL = timeToMDL
        self.timeToFence = timeToFence
        self.reason = reason
        self.reRaises = reRaises
    }

    /// The ranking key: soonest at the MDL first (crossed = 0, not heading there = ∞), then
    /// the most confident, then the id, so the order is total and deterministic.
    public static func rankedBefore(_ a: Alert, _ b: Alert) -> Bool {
        let ta = a.timeToMDL ?? .infinity
        let tb = b.timeToMDL ?? .infinity
        if ta != tb { return ta < tb }
        if a.weightedConfidence != b.weightedConfidence { return a.weightedConfidence > b.weightedConfidence }
        return a.id < b.id
    }

    /// Confidence that this is a person: `p_class` for a human track, half of it for unknown.
    public var weightedConfidence: Double { targetClass == .human ? confidence : confidence / 2 }
}

/// Why an alert was raised.
public enum AlertReason: String, Hashable, Sendable, Codable {
    /// Heading for the MDL band, due within the policy's horizon.
    case approachingMDL = "approaching-mdl"
    /// In the band or south of it (crossed).
    case crossedMDL = "crossed-mdl"
    /// Heading for the southern fence, due within the horizon.
    case approachingFence = "approaching-fence"
    /// At the fence or past it.
    case atFence = "at-fence"
    /// A mine blast heard (the posts' report, not a track): someone may lie there hurt.
    case blastHeard = "blast-heard"
    /// A fence alarm whose slewed camera shows someone climbing, with no alert on him yet.
    case climberSeen = "climber-seen"

    /// Whether the alert was raised on a field report (a blast heard, a climber on the camera)
    /// rather than a track: its place is its evidence, and no camera check is asked for it.
    public var isOnReport: Bool { self == .blastHeard || self == .climberSeen }
}
