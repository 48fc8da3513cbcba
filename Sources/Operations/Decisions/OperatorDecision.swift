public import GuidepostCore

/// A decision a person made on the live console, as the log keeps it: who (the account and its
/// role), what, on which alert or incident, and why. The engine logs one before the effect it
/// has (the alert settled, the team dispatched), so the store shows a name on every decision and
/// a replay can apply the same decisions at the same place in the feed.
public struct OperatorDecision: Hashable, Sendable, Codable {
    /// What was decided.
    public enum Answer: String, Hashable, Sendable, Codable, CaseIterable {
        /// The alert is real: open (or join) an incident.
        case acknowledge
        /// The alert is a nuisance (an animal, wind); a reason is required.
        case dismiss
        /// The alert goes up the chain (to the watch commander) and opens an incident.
        case escalate
        /// The proposed guidance goes out: the team is dispatched on the route shown.
        case approveDispatch = "approve-dispatch"
    }

    /// The account that decided (a user name, never a real name of the person crossing).
    public var by: String
    /// The account's role when it decided (e.g. `watch-operator`, `watch-commander`).
    public var role: String
    public var answer: Answer
    public var alert: AlertID?
    public var incident: IncidentID?
    public var reason: String

    public init(by: String, role: String, answer: Answer, alert: AlertID? = nil, incident: IncidentID? = nil, reason: String) {
        self.by = by
        self.role = role
        self.answer = answer
        self.alert = alert
        self.incident = incident
        self.reason = reason
    }

    /// `acknowledged by kim (watch-operator): looks like a person`, for the effect's reason.
    public var summary: String {
        let verb =
            switch answer {
            case .acknowledge: "acknowledged"
            case .dismiss: "dismissed"
            case .escalate: "escalated"
            case .approveDispatch: "dispatch approved"
            }
        return reason.isEmpty ? "\(verb) by \(by) (\(role))" : "\(verb) by \(by) (\(role)): \(reason)"
    }
}
