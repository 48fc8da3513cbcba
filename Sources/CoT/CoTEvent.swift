/// One Cursor on Target 2.0 event: who (`uid`), what (`type`, `how`), when (`time`, `start`,
/// `stale`), where (`point`), and the open-ended `detail` that ATAK reads callsigns, teams,
/// chat, routes and remarks from.
///
/// Both codecs (`CoTXML`, `TakProtocol`) read and write exactly this value: decoding what either
/// encodes gives back an equal event. Decoded events are in a normal form: `access`, `qos` and
/// `opex` are `nil` rather than empty, detail text as described at `CoTElement`.
public struct CoTEvent: Sendable, Hashable {
    /// The CoT schema version; always `2.0` from TAK software. TAK protocol does not carry it.
    public var version: String
    /// The unique id of the thing the event is about (a device, track, marker or message).
    public var uid: String
    /// The MIL-STD-2525-derived type, e.g. `a-f-G-U-C` (friendly ground unit), `b-t-f` (chat).
    public var type: String
    /// How the position was obtained, e.g. `m-g` (GPS), `h-e` (entered by hand), `h-g-i-g-o`.
    public var how: String
    /// When the event was generated.
    public var time: CoTTime
    /// When the event starts being valid.
    public var start: CoTTime
    /// When the event stops being valid; ATAK greys out or drops it after this.
    public var stale: CoTTime
    /// Where.
    public var point: CoTPoint
    /// Access control marking, if any.
    public var access: String?
    /// Quality of service hint, if any.
    public var qos: String?
    /// Operation/exercise marking, if any.
    public var opex: String?
    /// The children of `<detail>`, in order.
    public var detail: [CoTElement]

    /// An event; `start` defaults to `time`.
    public init(
        version: String = "2.0", uid: String, type: String, how: String, time: CoTTime, start: CoTTime? = nil,
        stale: CoTTime, point: CoTPoint, access: String? = nil, qos: String? = nil, opex: String? = nil,
        detail: [CoTElement] = []
    ) {
        self.version = version
        self.uid = uid
        self.type = type
        self.how = how
        self.time = time
        self.start = start ?? time
        self.stale = stale
        self.point = point
        self.access = access
        self.qos = qos
        self.opex = opex
        self.detail = detail
    }
}
