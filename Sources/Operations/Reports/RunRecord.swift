public import GuidepostCore

/// A run as the reports see it, rebuilt from its log: the public facts, the alerts with their
/// answers, the incidents (replayed), the sensor hits and the KPA verdict.
public struct RunRecord: Sendable {
    public let run: RunID
    public let facts: PublicFacts
    public let alerts: [AlertHistory]
    public let incidents: [IncidentID: Incident]
    /// Sensor hits logged for the run as a whole (a run without incidents, or an older log).
    public let sensorHits: [SensorHits]
    /// Sensor hits on each incident's person.
    public let sensorHitsByIncident: [IncidentID: [SensorHits]]
    public let kpa: KPAActivityVerdict?
    /// The last event's time.
    public let end: Double

    /// The sensor hits on incident `id`'s person: its own when logged, else the run's (logs that
    /// count hits for the run as a whole).
    public func sensorHits(of id: IncidentID) -> [SensorHits] {
        sensorHitsByIncident[id] ?? (sensorHitsByIncident.isEmpty ? sensorHits : [])
    }

    /// One alert and what became of it.
    public struct AlertHistory: Hashable, Sendable {
        public var alert: Alert
        /// Tracks merged into it later (duplicates, re-initiations).
        public var merged: [Merge] = []
        /// Answers in order: (status, t, reason).
        public var answers: [TrackedAlert.Disposition] = []

        /// One merged track.
        public struct Merge: Hashable, Sendable {
            public var track: String
            public var t: Double
            public var reason: String
        }

        /// The final answer.
        public var final: TrackedAlert.Disposition? { answers.last }
    }

    /// Rebuilds the run from its events (in sequence order).
    /// - Throws: `ReplayError` when the log has no `runStarted`, or names an unknown alert;
    ///   `IncidentError` when an incident's transitions are refused.
    public init(events: [OperationsEvent]) throws {
        guard let first = events.first else { throw ReplayError(event: nil, reason: "the run has no events") }
        run = first.run
        var facts: PublicFacts?
        var alerts: [AlertHistory] = []
        var index: [AlertID: Int] = [:]
        var hits: [SensorHits] = []
        var hitsByIncident: [IncidentID: [SensorHits]] = [:]
        var kpa: KPAActivityVerdict?
        for e in events {
            switch e.kind {
            case .runStarted(let f): facts = f
            case .sensorHits(let h):
                if let id = e.incident { hitsByIncident[id] = h } else { hits = h }
            case .kpaActivity(let v): kpa = v
            case .alertRaised(let a):
                index[a.id] = alerts.count
                alerts.append(AlertHistory(alert: a))
            case .alertMerged(let id, let track, let reason):
                guard let i = index[id] else { throw ReplayError(event: e, reason: "merge into unknown alert \(id)") }
                alerts[i].merged.append(.init(track: track, t: e.t, reason: reason))
            case .alertAcknowledged(let id, let reason), .alertDismissed(let id, let reason), .alertEscalated(let id, let reason),
                .alertReRaised(let id, let reason):
                guard let i = index[id] else { throw ReplayError(event: e, reason: "answer to unknown alert \(id)") }
                let status: TrackedAlert.Status =
                    switch e.kind {
                    case .alertAcknowledged: .acknowledged
                    case .alertDismissed: .dismissed
                    case .alertReRaised: .open
                    default: .escalated
                    }
                alerts[i].answers.append(.init(status: status, t: e.t, reason: reason))
            default: continue
            }
        }
        guard let facts else { throw ReplayError(event: first, reason: "the run's log has no run_started event (no public facts)") }
        self.facts = facts
        self.alerts = alerts
        self.sensorHits = hits
        sensorHitsByIncident = hitsByIncident
        self.kpa = kpa
        self.incidents = try IncidentLog.replay(events)
        self.end = events.map(\.t).max() ?? 0
    }
}
