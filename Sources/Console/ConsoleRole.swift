/// Who works the console, and what each may see and do (issue 15). The server checks these on
/// every route and on the WebSocket; the page only hides what the server would refuse anyway.
public enum ConsoleRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Watches tracks and answers alerts (acknowledge, dismiss with a reason, escalate).
    case watchOperator = "watch-operator"
    /// Everything the operator does, and approves guidance teams going out.
    case watchCommander = "watch-commander"
    /// Sees incidents' states and the press statement: no track, position, route or identity.
    case publicAffairs = "public-affairs"
    /// Sees everything, the log included, and changes nothing.
    case auditor

    /// May answer alerts.
    public var answersAlerts: Bool { self == .watchOperator || self == .watchCommander }
    /// May approve a team's dispatch.
    public var approvesDispatch: Bool { self == .watchCommander }
    /// Sees tracks, alerts, positions, routes and timelines.
    public var seesOperations: Bool { self != .publicAffairs }
    /// May read the run's event log.
    public var readsLog: Bool { self == .watchCommander || self == .auditor }
}
