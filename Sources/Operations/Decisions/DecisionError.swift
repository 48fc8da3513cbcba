public import GuidepostCore

/// Why a person's decision was refused. Nothing changed; each says what to do instead.
public enum DecisionError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownAlert(AlertID)
    case alreadyAnswered(AlertID, status: String)
    case unknownIncident(IncidentID)
    case nothingProposed(IncidentID, state: String)
    case teamBusy(team: String, incident: IncidentID)
    case reasonRequired
    case notStarted

    public var description: String {
        switch self {
        case .unknownAlert(let id): "no alert \(id) in this watch: pick one from the alert queue"
        case .alreadyAnswered(let id, let status): "alert \(id) is already \(status): only an open or re-raised alert takes an answer"
        case .unknownIncident(let id): "no incident \(id) in this watch"
        case .nothingProposed(let id, let state):
            "incident \(id) has no guidance awaiting approval (it is \(state)): approve once a route is proposed"
        case .teamBusy(let team, let id):
            "\(team) was taken by another incident before the approval: incident \(id) gets a new proposal at its next plan"
        case .reasonRequired: "a dismissal needs a reason (what the camera showed, why it is not a person)"
        case .notStarted: "the watch has not had its first scan yet: decide once something is on the console"
        }
    }
}
