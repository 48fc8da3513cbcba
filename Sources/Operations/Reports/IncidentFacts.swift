/// The times the reports quote, read off an incident's history and the run's alerts.
struct IncidentFacts {
    let incident: Incident
    let record: RunRecord

    /// First time the lifecycle reached `state`.
    func reached(_ state: IncidentState) -> Double? { incident.history.first { $0.to == state }?.t }
    /// First time an event of this name was accepted.
    func first(_ name: IncidentEventName) -> Double? { incident.history.first { $0.event.name == name }?.t }

    /// The first sensor hit on the person, if the run recorded hits.
    var firstDetection: Double? { record.sensorHits.compactMap(\.first).min() }
    /// The first alert raised in the run.
    var firstAlert: Double? { record.alerts.map(\.alert.t).min() }
    /// When the person was first identified: the first detection, else the first alert, else the incident's opening.
    var identified: Double { firstDetection ?? firstAlert ?? incident.openedAt }
    var custody: Double? { reached(.secured) }
    var guidingStarted: Double? { first(.guidanceDispatched) }
    var dismissed: [RunRecord.AlertHistory] { record.alerts.filter { $0.answers.contains { $0.status == .dismissed } } }
    var escalated: [RunRecord.AlertHistory] { record.alerts.filter { $0.answers.contains { $0.status == .escalated } } }
}
