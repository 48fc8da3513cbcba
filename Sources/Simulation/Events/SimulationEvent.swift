public import GuidepostCore

/// Something that happened in a run, for operators and reports: a line of events.jsonl.
///
/// Wire form: `{"t": 812.0, "kind": "shot", "source": "kpa-search-1", "x": ..., "y": ..., "detail": "warning, 20 rounds"}`,
/// keys in that order, absent ones left out. Kinds are listed in `Kind`.
public struct SimulationEvent: Hashable, Sendable, Codable, JSONLineEncodable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Rounds fired (warning or aimed); `detail` says how many and at whom.
        case shot
        /// A mine went off under an actor.
        case mineBlast = "mine_blast"
        /// A sensor stopped reporting.
        case sensorFault = "sensor_fault"
        /// A sensor came back.
        case sensorRestored = "sensor_restored"
        /// A fence zone raised an alarm (alarm sound and pop-up in the control room).
        case fenceAlarm = "fence_alarm"
        /// A warning broadcast from a post's loudspeakers.
        case broadcast
        /// An actor crossed the MDL (southern candidate line), either way.
        case crossedMDL = "crossed_mdl"
        /// An actor passed the southern fence.
        case crossedFence = "crossed_fence"
        /// The guidance team met the person and identified itself.
        case contact
        /// The person is in custody.
        case custody
        /// An actor turned back north.
        case turnedBack = "turned_back"
        /// An actor was hurt (by a mine or gunfire).
        case casualty
    }

    public var t: Double
    public var kind: Kind
    public var source: String?
    public var x: Double?
    public var y: Double?
    public var detail: String?

    public init(t: Double, kind: Kind, source: String? = nil, at position: Point? = nil, detail: String? = nil) {
        self.t = t
        self.kind = kind
        self.source = source
        self.x = position?.x
        self.y = position?.y
        self.detail = detail
    }

    public var jsonLine: String {
        var o = JSONObjectBuilder()
        o.add("t", t)
        o.add("kind", kind.rawValue)
        o.add("source", source)
        o.add("x", x)
        o.add("y", y)
        o.add("detail", detail)
        return o.json
    }
}
