/// The times the reports quote, read off an incident's history and the run's alerts.
struct IncidentFacts {
    let incident: Incident
    let record: RunRecord

    /// First time the lifecycle reached `state`.
    func reached(_ state: IncidentState) -> Double? { incident.history.first { $0.to == state }?.t }
    /// First time an event of this name was accepted.
    func first(_ name: IncidentEventName) -> Double? { incident.history.first { $0.event.name == name }?.t }

    /// The first sensor hit on the person, if the run recorded hits.
    var firstDetection: Double? { record.sensorHits(of: incident.id).compactMap(\.first).min() }
    /// The tracks the incident followed (confirmed and re-acquired).
    var tracks: Set<String> {
        Set(incident.history.compactMap { e -> String? in
            switch e.event {
            case .trackConfirmed(let t), .trackReacquired(let t): t
            default: nil
            }
        })
    }

    /// The run's alerts about this incident: those on its tracks (raised or merged); when
    /// none match and the run has only this incident, all of the run's alerts.
    var alerts: [RunRecord.AlertHistory] {
        let mine = tracks
        let matched = record.alerts.filter { a in mine.contains(a.alert.track) || a.merged.contains { mine.contains($0.track) } }
        return matched.isEmpty && record.incidents.count <= 1 ? record.alerts : matched
    }

    /// The first alert about the incident.
    var firstAlert: Double? { alerts.map(\.alert.t).min() }
    /// When the person was first identified: the first detection, else the first alert, else the incident's opening.
    var identified: Double { firstDetection ?? firstAlert ?? incident.openedAt }
    var custody: Double? { reached(.secured) }
    var guidingStarted: Double? { first(.guidanceDispatched) }
    var dismissed: [RunRecord.AlertHistory] { alerts.filter { $0.answers.contains { $0.status == .dismissed } } }
    var escalated: [RunRecord.AlertHistory] { alerts.filter { $0.answers.contains { $0.status == .escalated } } }
}
