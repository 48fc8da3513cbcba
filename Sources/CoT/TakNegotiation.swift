/// The client's side of TAK protocol negotiation on a streaming connection, as a pure state
/// machine: events in, what to send and which framing to use out. No clock, no I/O.
///
/// A connection starts in XML. A server that supports TAK protocol announces it once with a
/// `t-x-takp-v` event (`<TakControl><TakProtocolSupport version="1"/></TakControl>`). A client
/// that wants protobuf answers with `t-x-takp-q` under the server's uid
/// (`<TakControl><TakRequest version="1"/></TakControl>`) and then sends nothing more until the
/// server's `t-x-takp-r` (`<TakControl><TakResponse status="true"/></TakControl>`): from the next
/// byte on both directions use `0xBF`-framed protobuf. `status="false"`, no offer, an offer
/// without version 1, or not wanting protobuf all leave the connection on XML, which is valid for
/// the whole session. No response within ``responseTimeout`` means the server gave up: close the
/// connection and start again (ATAK does the same).
public struct TakNegotiation: Sendable, Hashable {
    /// Where the negotiation stands.
    public enum State: Sendable, Hashable {
        /// Speaking XML; an offer may still come.
        case xml
        /// The request was sent at `since`; send nothing until the response.
        case awaitingResponse(since: CoTTime)
        /// Speaking TAK protocol version 1.
        case takProtocol
        /// Speaking XML for good: the offer was declined by us or our request by the server.
        case xmlOnly
    }

    /// What the connection must do after an event or a tick.
    public struct Output: Sendable, Hashable {
        /// Events to send now, in the current framing (the request is XML).
        public var send: [CoTEvent] = []
        /// The framing to switch to, for both the framer and the sender, before the next byte.
        public var switchTo: CoTStreamFramer.Mode? = nil
        /// The server did not answer in time: close the connection and reconnect.
        public var closeConnection = false

        /// Nothing to do.
        public init(send: [CoTEvent] = [], switchTo: CoTStreamFramer.Mode? = nil, closeConnection: Bool = false) {
            self.send = send
            self.switchTo = switchTo
            self.closeConnection = closeConnection
        }
    }

    /// Types of the three negotiation events.
    public static let offerType = "t-x-takp-v"
    public static let requestType = "t-x-takp-q"
    public static let responseType = "t-x-takp-r"

    /// Whether we ask for protobuf when offered.
    public var wantsTakProtocol: Bool
    /// How long to wait for the server's response; TAK Server accepts a request for 60 s.
    public var responseTimeout: Int64
    /// Where the negotiation stands.
    public private(set) var state: State = .xml

    /// A negotiation that asks for TAK protocol when offered (or not, with `wantsTakProtocol: false`).
    public init(wantsTakProtocol: Bool = true, responseTimeoutMilliseconds: Int64 = 60_000) {
        self.wantsTakProtocol = wantsTakProtocol
        responseTimeout = responseTimeoutMilliseconds
    }

    /// The framing in use now.
    public var mode: CoTStreamFramer.Mode { state == .takProtocol ? .takProtocol : .xml }

    /// Whether the connection may send ordinary events now (not while awaiting the response).
    public var maySend: Bool {
        if case .awaitingResponse = state { return false }
        return true
    }

    /// Whether `event` is one of the negotiation events, which belong to the link and not to Guidepost.
    public static func isNegotiation(_ event: CoTEvent) -> Bool { event.type.hasPrefix("t-x-takp-") }

    /// Takes an event read from the server at `now`.
    public mutating func receive(_ event: CoTEvent, at now: CoTTime) -> Output {
        let control = event.detail(named: "TakControl")
        switch (state, event.type) {
        case (.xml, Self.offerType):
            let versions = control?.children(named: "TakProtocolSupport").compactMap { $0[attribute: "version"] } ?? []
            guard wantsTakProtocol, versions.contains("1") else {
                state = .xmlOnly
                return Output()
            }
            state = .awaitingResponse(since: now)
            return Output(send: [Self.request(uid: event.uid, at: now)])
        case (.awaitingResponse, Self.responseType):
            guard control?.child(named: "TakResponse")?[attribute: "status"]?.lowercased() == "true" else {
                state = .xmlOnly
                return Output()
            }
            state = .takProtocol
            return Output(switchTo: .takProtocol)
        default:
            return Output()
        }
    }

    /// Lets time pass: gives up on a response that did not come within ``responseTimeout``.
    public mutating func tick(at now: CoTTime) -> Output {
        guard case .awaitingResponse(let since) = state,
            now.millisecondsSince1970 - since.millisecondsSince1970 >= responseTimeout
        else { return Output() }
        state = .xmlOnly
        return Output(closeConnection: true)
    }

    /// The `t-x-takp-q` request, under the server's `uid` as the protocol requires.
    public static func request(uid: String, at now: CoTTime, version: String = "1") -> CoTEvent {
        CoTEvent(
            uid: uid, type: requestType, how: "m-g", time: now, stale: now.adding(milliseconds: 60_000),
            point: CoTPoint(lat: 0, lon: 0, hae: 0, ce: 999_999, le: 999_999),
            detail: [CoTElement(name: "TakControl", children: [CoTElement("TakRequest", ["version": version])])])
    }
}
