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
    /// What `detail` says in words, typed, for whoever acts on the event (the field channel of a
    /// run): who fired and how many rounds, what set a fence alarm off, who took custody, what
    /// hurt a casualty. Set where the event is made, with the words; never written to events.jsonl
    /// (a line read back has none).
    public var particulars: Particulars?

    enum CodingKeys: String, CodingKey { case t, kind, source, x, y, detail }

    public init(
        t: Double, kind: Kind, source: String? = nil, at position: Point? = nil, detail: String? = nil, particulars: Particulars? = nil
    ) {
        self.t = t
        self.kind = kind
        self.source = source
        self.x = position?.x
        self.y = position?.y
        self.detail = detail
        self.particulars = particulars
    }

    /// Where it happened, when the event has a place.
    public var position: Point? { x.flatMap { x in y.map { Point(x: x, y: $0) } } }

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

extension SimulationEvent {
    /// The typed facts behind an event's `detail`.
    public enum Particulars: Hashable, Sendable {
        /// `shot`: rounds fired by one side.
        case shots(by: Side, rounds: Int)
        /// `fence_alarm`: what set the zone off.
        case fenceAlarm(FenceAlarmCause)
        /// `custody`: the team that took the person in, or nil (given up at a post, or found alone).
        case custody(by: String?)
        /// `casualty`: what hurt them.
        case casualty(CasualtyCause)
    }

    /// Which side fired (`detail`'s first word).
    public enum Side: String, Hashable, Sendable {
        /// North Korean.
        case kpa
        /// South Korean.
        case rok
    }

    /// What set a fence zone's alarm off (`detail`'s word).
    public enum FenceAlarmCause: String, Hashable, Sendable {
        /// A person climbing it.
        case climb
        /// An animal pushing at it.
        case animal
        /// Wind, rain or a fault: nobody there.
        case nuisance
    }

    /// What hurt a casualty.
    public enum CasualtyCause: Hashable, Sendable {
        /// A mine (`detail` "mine").
        case mine
        /// Aimed rounds.
        case gunfire
    }
}
