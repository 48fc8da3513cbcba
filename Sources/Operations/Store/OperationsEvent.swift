import Foundation
public import GuidepostCore

/// One entry of the append-only operations log: every alert and every incident state change is
/// one of these, numbered within its run. Replaying a run's events rebuilds its incidents
/// (`IncidentLog.replay`), and a resumed run re-appending events it already committed changes
/// nothing, because the log is keyed by (run, sequence).
///
/// The JSON form (`jsonLine`) is stable: keys sorted, numbers in shortest round-trip form, so
/// the same event is always the same bytes — which is what lets a store tell a harmless
/// re-append from a conflicting one.
public struct OperationsEvent: Hashable, Sendable, Codable {
    /// The run the event belongs to.
    public var run: RunID
    /// Position in the run, 1, 2, 3, … without gaps.
    public var seq: Int
    /// Seconds since the run's (scenario's) start.
    public var t: Double
    /// The incident the event concerns, if any (indexed by stores for `events(incident:)`).
    public var incident: IncidentID?
    /// What happened.
    public var kind: Kind

    public init(run: RunID, seq: Int, t: Double, incident: IncidentID? = nil, kind: Kind) {
        self.run = run
        self.seq = seq
        self.t = t
        self.incident = incident
        self.kind = kind
    }

    /// What an event records.
    public enum Kind: Hashable, Sendable, Codable {
        /// The run began: where and when, and how the person may be described in public.
        case runStarted(PublicFacts)
        /// What the sensors saw of the person over the run (written when known).
        case sensorHits([SensorHits])
        /// The KPA activity monitor's verdict.
        case kpaActivity(KPAActivityVerdict)
        /// The alert policy raised an alert.
        case alertRaised(Alert)
        /// An operator acknowledged an alert.
        case alertAcknowledged(alert: AlertID, reason: String)
        /// The policy attached another track to an alert (a duplicate, or the person re-acquired).
        case alertMerged(alert: AlertID, track: String, reason: String)
        /// The policy (or an operator) escalated an alert up the chain.
        case alertEscalated(alert: AlertID, reason: String)
        /// An operator dismissed an alert.
        case alertDismissed(alert: AlertID, reason: String)
        /// A dismissed alert came back (its track kept coming south) and awaits a second look.
        case alertReRaised(alert: AlertID, reason: String)
        /// An operator looked at an alert with a camera or TOD (issue 21): what the view showed,
        /// when the look was asked for and when an operator began it (the queue's wait is the
        /// difference), in which sector.
        case alertLooked(alert: AlertID, view: CameraView, asked: Double, started: Double, sector: String)
        /// An incident was opened (in state `detected`).
        case incidentOpened
        /// An incident accepted an event of its lifecycle.
        case incidentTransition(IncidentEvent)
        /// A report was written for an incident.
        case reportWritten(report: String)
        /// A free note for the log (an engine remark, an imported annotation).
        case note(String)
        /// A person on the live console decided (who, what, why); the effect follows as its own event.
        case decision(OperatorDecision)
        /// This sector's watch hands the incident to the neighbouring sector's (a cluster): what
        /// the receiver needs to take it on. The incident's `handedAcross` transition follows.
        case incidentHandedAcross(IncidentHandover)
        /// This sector's watch took on an incident handed across by its neighbour (read from the
        /// neighbour's run in the shared log): the incident goes on here under the same id.
        case incidentAdopted(IncidentHandover)

        /// A short stable name for the kind (the `kind` column of stores).
        public var name: String {
            switch self {
            case .runStarted: "run_started"
            case .sensorHits: "sensor_hits"
            case .kpaActivity: "kpa_activity"
            case .alertRaised: "alert_raised"
            case .alertMerged: "alert_merged"
            case .alertAcknowledged: "alert_acknowledged"
            case .alertEscalated: "alert_escalated"
            case .alertDismissed: "alert_dismissed"
            case .alertReRaised: "alert_reraised"
            case .alertLooked: "alert_looked"
            case .incidentOpened: "incident_opened"
            case .incidentTransition: "incident_transition"
            case .reportWritten: "report_written"
            case .note: "note"
            case .decision: "decision"
            case .incidentHandedAcross: "incident_handed_across"
            case .incidentAdopted: "incident_adopted"
            }
        }
    }

    /// The stable JSON encoding (one line, sorted keys).
    public var jsonLine: String {
        // Encoding plain enums, strings and finite doubles cannot fail; non-finite `t` is
        // rejected by `problem` before any store accepts the event.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Decodes an event from its JSON encoding.
    public static func decode(_ json: some StringProtocol) throws -> OperationsEvent {
        try JSONDecoder().decode(OperationsEvent.self, from: Data(json.utf8))
    }

    /// Why the event cannot be stored, if it cannot.
    public var problem: String? {
        if seq < 1 { return "sequence numbers start at 1 (got \(seq))" }
        if let reason = RecordTime.problem(t) { return reason }
        if run.rawValue.isEmpty { return "the run id is empty" }
        // An incident's id names its report files (`I-1-press-statement.md`): a plain name only,
        // so no stored event can make a report land outside its folder.
        if let incident, let why = PlainName.problem(incident.rawValue) { return "incident id \(why)" }
        return nil
    }
}
