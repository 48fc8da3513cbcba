/// Why an event was refused. The incident is left exactly as it was.
public enum IncidentError: Error, Hashable, Sendable, CustomStringConvertible {
    case transitionNotAllowed(from: IncidentState, event: IncidentEventName)
    /// Events must not go back in time.
    case eventBeforeLastTransition(at: Double, last: Double)

    public var description: String {
        switch self {
        case .transitionNotAllowed(let from, let event):
            "event '\(event.rawValue)' is not allowed in state '\(from.rawValue)'"
        case .eventBeforeLastTransition(let at, let last):
            "event at t=\(at) s is earlier than the last transition at t=\(last) s"
        }
    }
}
