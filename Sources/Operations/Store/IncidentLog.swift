public import GuidepostCore

/// Rebuilds incidents from the operations log: the log is the record, incidents are a view.
public enum IncidentLog {
    /// Replays `events` (in order) and returns every incident they describe.
    ///
    /// `incidentOpened` creates an incident at its time (`incidentAdopted`, one taken on from a
    /// neighbouring sector, at the time it was first opened there); each `incidentTransition` is handed to
    /// `Incident.handle`, exactly as the engine did live, so the result equals the live state
    /// when the log is complete. Other kinds are ignored.
    /// - Throws: `IncidentError` if the log holds a transition the lifecycle refuses, and
    ///   `ReplayError` for a transition of an incident never opened or one opened twice.
    /// - Complexity: O(n) in the number of events.
    public static func replay(_ events: [OperationsEvent]) throws -> [IncidentID: Incident] {
        var incidents: [IncidentID: Incident] = [:]
        for e in events {
            guard let id = e.incident else { continue }
            switch e.kind {
            case .incidentOpened:
                guard incidents[id] == nil else { throw ReplayError(event: e, reason: "incident opened twice") }
                incidents[id] = Incident(id: id, openedAt: e.t)
            case .incidentAdopted(let handover):
                // Taken on from a neighbouring sector's run (its `receivedAcross` follows); a
                // replay over both runs goes on with the copy it has.
                if incidents[id] == nil { incidents[id] = Incident(id: id, openedAt: handover.openedAt) }
            case .incidentTransition(let event):
                guard var incident = incidents[id] else {
                    throw ReplayError(event: e, reason: "transition of an incident that was never opened")
                }
                _ = try incident.handle(event, at: e.t)
                incidents[id] = incident
            default:
                continue
            }
        }
        return incidents
    }

    /// Replays the events of one incident and returns it.
    public static func replay(_ events: [OperationsEvent], incident id: IncidentID) throws -> Incident {
        guard let incident = try replay(events.filter { $0.incident == id })[id] else {
            throw ReplayError(event: nil, reason: "the log never opens incident '\(id)'")
        }
        return incident
    }
}

/// A log that cannot be replayed: it names the offending event.
public struct ReplayError: Error, Hashable, Sendable, CustomStringConvertible {
    public var event: OperationsEvent?
    public var reason: String

    public var description: String {
        guard let event else { return reason }
        return "event \(event.run)#\(event.seq) (t=\(event.t) s): \(reason)"
    }
}
