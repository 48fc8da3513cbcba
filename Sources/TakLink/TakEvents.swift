public import CoT

/// The events the link and the mapping make: any event with the fields every event carries, and
/// the keep-alive ping. (The TAK protocol negotiation's are `CoT.TakNegotiation`'s.)
public enum TakEvents {
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
