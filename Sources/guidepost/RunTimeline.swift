import Foundation
import GuidepostCore
import Operations

/// One line of the live timeline `guidepost run` prints: local time, incident, what happened.
/// Only public facts: track ids, distances, states — never a person's identity.
enum RunTimeline {
    static func line(_ e: OperationsEvent, clock: ReportClock?) -> String? {
        let time = clock?.format(e.t, "HH:mm:ss") ?? "t=\(Int(e.t))s"
        let who = e.incident.map { "\($0)" } ?? "    "
        let text: String
        switch e.kind {
        case .runStarted(let f): text = "run started: \(f.scenario), \(f.sector) (\(f.front))"
        case .alertRaised(let a):
            let where_ = a.d > 0 ? "\(Int(a.d.rounded())) m north of the MDL" : "\(Int((-a.d).rounded())) m south of the MDL"
            text = "alert \(a.id) raised: \(a.targetClass.rawValue) track \(a.track), \(where_), \(a.reason.rawValue)"
        case .alertMerged(let id, let track, let reason): text = "alert \(id): track \(track) merged (\(reason))"
        case .alertAcknowledged(let id, let reason): text = "alert \(id) acknowledged: \(reason)"
        case .alertDismissed(let id, let reason): text = "alert \(id) DISMISSED: \(reason)"
        case .alertEscalated(let id, let reason): text = "alert \(id) escalated: \(reason)"
        case .alertReRaised(let id, let reason): text = "alert \(id) \(reason)"
        case .incidentOpened: text = "incident opened"
        case .incidentTransition(let event): text = "→ \(Self.describe(event))"
        case .note(let s): text = s
        case .reportWritten(let r): text = "report written: \(r)"
        case .kpaActivity(let v): text = "KPA activity: \(PressStatement.kpaSentence(v))"
        case .sensorHits(let hits): text = "sensor hits on the person: " + (hits.isEmpty ? "none" : hits.map { "\($0.kind) \($0.hits)" }.joined(separator: ", "))
        }
        return "\(time)  \(who.padding(toLength: 5, withPad: " ", startingAt: 0)) \(text)"
    }

    static func describe(_ event: IncidentEvent) -> String {
        switch event {
        case .trackConfirmed(let track): "tracking (track \(track))"
        case .assessed(let summary): "assessed: \(summary)"
        case .guidanceDispatched(let team): "guiding: \(team) dispatched"
        case .contactMade: "contact made"
        case .custodySecured: "custody secured"
        case .questioningStarted: "questioning started"
        case .intentStated(let intent): "intent confirmed: \(intent.rawValue)"
        case .handedOver(let agency): "handed over: \(agency)"
        case .trackLost: "track lost"
        case .trackReacquired(let track): "track reacquired (\(track))"
        case .crossedBackNorth: "crossed back north"
        case .casualty(let detail): "casualty: \(detail)"
        case .bodyFound: "body found"
        case .closed(let reason): "closed: \(reason)"
        }
    }
}
