public import CoT

/// The link's own events: the keep-alive ping and the TAK protocol negotiation (TAK protocol
/// version 1: the server offers with `t-x-takp-v`, the client asks with `t-x-takp-q`, the server
/// answers with `t-x-takp-r`).
public enum TakEvents {
    /// What a received event says about the protocol, if anything.
    public enum Negotiation: Hashable, Sendable {
        /// The server supports these protocol versions.
        case offered([Int])
        /// The server's answer to a request.
        case answered(Bool)
    }

    /// A CoT event with the fields every event carries.
    public static func event(
        uid: String, type: String, how: String = "m-g", at time: CoTTime, stale: CoTTime, point: CoTPoint = .nowhere,
        detail: [CoTElement] = []
    ) -> CoTEvent {
        CoTEvent(uid: uid, type: type, how: how, time: time, start: time, stale: stale, point: point, detail: detail)
    }

    /// A keep-alive ping (`t-x-c-t`).
    public static func ping(uid: String, at time: CoTTime) -> CoTEvent {
        event(uid: uid + "-ping", type: "t-x-c-t", how: "h-g-i-g-o", at: time, stale: time.adding(seconds: 20))
    }

    /// The client's request for TAK protocol version 1.
    public static func protocolRequest(uid: String, at time: CoTTime) -> CoTEvent {
        let request = CoTElement(name: "TakControl", children: [CoTElement(name: "TakRequest", attributes: [CoTAttribute(name: "version", value: "1")])])
        return event(uid: uid + "-takp", type: "t-x-takp-q", how: "m-g", at: time, stale: time.adding(seconds: 60), detail: [request])
    }

    /// Reads a protocol offer or answer; nil for any other event.
    public static func negotiation(_ e: CoTEvent) -> Negotiation? {
        let control = e.detail.first { $0.name == "TakControl" }
        switch e.type {
        case "t-x-takp-v":
            let versions = (control?.children ?? []).filter { $0.name == "TakProtocolSupport" }
                .compactMap { CoTReading.attribute("version", of: $0).flatMap { Int($0) } }
            return .offered(versions)
        case "t-x-takp-r":
            let status = control?.children.first { $0.name == "TakResponse" }.flatMap { CoTReading.attribute("status", of: $0) }
            return .answered(status?.lowercased() == "true")
        default:
            return nil
        }
    }
}

extension CoTPoint {
    /// No position (0, 0), with CoT's "unknown" for height and errors.
    public static let nowhere = CoTPoint(lat: 0, lon: 0, hae: CoTPoint.unknown, ce: CoTPoint.unknown, le: CoTPoint.unknown)
}

extension CoTTime {
    /// This time plus `seconds`.
    public func adding(seconds: Double) -> CoTTime {
        CoTTime(secondsSince1970: secondsSince1970 + (seconds.isFinite ? seconds : 0))
    }
}
