public import GuidepostCore

/// What the alert policy reports after a scan: each becomes one `OperationsEvent`.
public enum AlertUpdate: Hashable, Sendable {
    case raised(Alert)
    /// Another track joined the alert (a duplicate, or the person re-initiated after a gap).
    case merged(AlertID, track: String, t: Double, reason: String)
    case acknowledged(AlertID, t: Double, reason: String)
    case dismissed(AlertID, t: Double, reason: String)
    case escalated(AlertID, t: Double, reason: String)
    /// A dismissed alert whose track kept coming south is back: the duty officer looks at the
    /// camera (the field is asked again) and then escalates or dismisses it.
    case reRaised(AlertID, t: Double, reason: String)

    /// When it happened, seconds since the scenario's start.
    public var t: Double {
        switch self {
        case .raised(let a): a.t
        case .merged(_, _, let t, _), .acknowledged(_, let t, _), .dismissed(_, let t, _), .escalated(_, let t, _),
            .reRaised(_, let t, _):
            t
        }
    }

    /// The alert concerned.
    public var alert: AlertID {
        switch self {
        case .raised(let a): a.id
        case .merged(let id, _, _, _), .acknowledged(let id, _, _), .dismissed(let id, _, _), .escalated(let id, _, _),
            .reRaised(let id, _, _):
            id
        }
    }

    /// The log event for this update, numbered `seq` in `run`.
    public func event(run: RunID, seq: Int, incident: IncidentID? = nil) -> OperationsEvent {
        let kind: OperationsEvent.Kind =
            switch self {
            case .raised(let a): .alertRaised(a)
            case .merged(let id, let track, _, let reason): .alertMerged(alert: id, track: track, reason: reason)
            case .acknowledged(let id, _, let reason): .alertAcknowledged(alert: id, reason: reason)
            case .dismissed(let id, _, let reason): .alertDismissed(alert: id, reason: reason)
            case .escalated(let id, _, let reason): .alertEscalated(alert: id, reason: reason)
            case .reRaised(let id, _, let reason): .alertReRaised(alert: id, reason: reason)
            }
        return OperationsEvent(run: run, seq: seq, t: t, incident: incident, kind: kind)
    }
}
