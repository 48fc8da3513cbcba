import Foundation
import GuidepostCore
public import Operations

/// One line of the live timeline (what `guidepost run` prints and the console shows): local
/// time, incident, what happened. Only public facts: track ids, distances, states — never a
/// person's identity.
public enum EventText {
    /// `HH:mm:ss  INC-1 what happened`, the line `guidepost run` prints; nil for events not shown.
    public static func line(_ e: OperationsEvent, clock: ReportClock?) -> String? {
        let time = clock?.format(e.t, "HH:mm:ss") ?? "t=\(Int(exactly: e.t.rounded(.towardZero)).map(String.init) ?? "\(e.t)")s"
        let who = e.incident.map { "\($0)" } ?? "    "
        let text = Self.text(e.kind)
        return "\(time)  \(who.padding(toLength: 5, withPad: " ", startingAt: 0)) \(text)"
    }

    /// What happened, in words (no time, no incident).
    public static func text(_ kind: OperationsEvent.Kind) -> String {
        switch kind {
        case .runStarted(let f): "run started: \(f.scenario), \(f.sector) (\(f.front))"
        case .alertRaised(let a):
            "alert \(a.id) raised: \(a.targetClass.rawValue) track \(a.track), \(Self.place(a.d)), \(a.reason.rawValue)"
        case .alertMerged(let id, let track, let reason): "alert \(id): track \(track) merged (\(reason))"
        case .alertAcknowledged(let id, let reason): "alert \(id) acknowledged: \(reason)"
        case .alertDismissed(let id, let reason): "alert \(id) DISMISSED: \(reason)"
        case .alertEscalated(let id, let reason): "alert \(id) escalated: \(reason)"
        case .alertReRaised(let id, let reason): "alert \(id) \(reason)"
        case .alertLooked(let id, let view, let asked, let started, let sector):
            "alert \(id) looked at (\(sector)): \(Self.describe(view))\(started - asked >= 1 ? " after \(metres(started - asked)) s waiting for an operator" : "")"
        case .incidentOpened: "incident opened"
        case .incidentTransition(let event): "→ \(Self.describe(event))"
        case .note(let s): s
        case .decision(let d): "decision: \(d.alert.map { "alert \($0) " } ?? "")\(d.summary)"
        case .reportWritten(let r): "report written: \(r)"
        case .kpaActivity(let v): "KPA activity: \(PressStatement.kpaSentence(v))"
        case .sensorHits(let hits): "sensor hits on the person: " + (hits.isEmpty ? "none" : hits.map { "\($0.kind) \($0.hits)" }.joined(separator: ", "))
        case .incidentHandedAcross(let h): "handed across to sector \(h.to): the person walked into its stretch"
        case .incidentAdopted(let h): "taken on from sector \(h.from) (handed across at t=\(metres(h.t)) s)"
        }
    }

    /// What a look at an alert showed, in words.
    static func describe(_ view: CameraView) -> String {
        switch view {
        case .shows(.human): "the camera shows a person"
        case .shows(.animal): "the camera shows an animal"
        case .shows(.vehicle): "the camera shows a vehicle"
        case .shows(.unknown): "the camera shows something unidentified"
        case .cannotTell: "the camera cannot tell what is there"
        case .unsure(.human): "the camera shows what may be a person (a guess)"
        case .unsure(.animal): "the camera shows what may be an animal (a guess)"
        case .unsure(let c): "the camera shows what may be a \(c.rawValue) (a guess)"
        case .kpaParty: "the camera shows a KPA party"
        case .nothing: "the camera shows nothing there"
        case .uncovered: "no camera reaches the spot"
        }
    }

    /// `120 m north of the MDL` for a signed distance north of it.
    static func place(_ d: Double) -> String {
        d > 0 ? "\(metres(d)) m north of the MDL" : "\(metres(-d)) m south of the MDL"
    }

    /// Whole metres (or seconds); a stored value no `Int` can hold is written as its number, not a trap.
    static func metres(_ d: Double) -> String { Int(exactly: d.rounded()).map(String.init) ?? "\(d)" }

    /// An incident event in words (`custody secured`, `guiding: team dispatched`).
    public static func describe(_ event: IncidentEvent) -> String {
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
        case .handedAcross(let sector): "transferred: sector \(sector)'s watch takes the incident on"
        case .receivedAcross(let sector): "tracking: taken on from sector \(sector)"
        }
    }
}
