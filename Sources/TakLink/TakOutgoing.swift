public import CoT

/// One CoT event on its way to the TAK server, with what the queue needs to know of it.
public struct TakOutgoing: Hashable, Sendable {
    /// What the event is, which decides what the queue may drop and what it re-sends.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A track's or a team's position: a newer one makes an older one worthless, so these
        /// are dropped first (oldest first) when the link cannot keep up.
        case position
        /// An alert: never dropped; re-sent on reconnection until it is answered.
        case alert
        /// A guidance route: never dropped; re-sent on reconnection while it stands.
        case route
        /// A GeoChat message (the team's instructions): never dropped.
        case chat
        /// An incident marker: never dropped; re-sent on reconnection while the incident is open.
        case marker
        /// An order to remove an earlier event from the devices (`t-x-d-d`): never dropped.
        case removal
        /// Link housekeeping (pings, protocol negotiation): never dropped.
        case control
    }

    public var kind: Kind
    public var event: CoTEvent
    /// Whether the queue keeps the event to send again each time the link reconnects (alerts,
    /// routes, markers: servers do not replay them to a client that joins late).
    public var sticky: Bool
    /// The uid this event removes (a `.removal`): its sticky copy is forgotten.
    public var removes: String?

    public init(kind: Kind, event: CoTEvent, sticky: Bool = false, removes: String? = nil) {
        self.kind = kind
        self.event = event
        self.sticky = sticky
        self.removes = removes
    }

    /// Whether the queue may drop it when the link falls behind.
    public var droppable: Bool { kind == .position }
}
