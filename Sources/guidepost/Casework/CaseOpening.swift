import Casework
import Foundation
import GuidepostCore
import Operations

/// The composition root's link between Operations and Casework, which never import each other:
/// each `.openCasework` an incident asked for becomes a case, opened in custody at the custody
/// time, with the military questioning and the stated intent recorded; a person who asked to go
/// home is on the repatriation path, and one who wants to stay is referred to the protection
/// centre when Operations hands them over (a person going home too: the centre verifies their free
/// will and arranges the handback). Done by the run's own custody desk (the user
/// `operations`), so the audit trail says who opened it.
enum CaseOpening {
    /// The system user that opens cases from runs.
    static let officer = Principal(user: "operations", role: .custodyOfficer)

    /// The case id of `incident` in `run`.
    static func caseID(run: RunID, incident: IncidentID) -> CaseID { CaseID("\(run.rawValue).\(incident.rawValue)") }

    /// Opens a case for each request (skipping those already open: a resumed run), and returns
    /// the ids opened.
    static func open(
        _ requests: [IncidentActionRequest], incidents: [Incident], run: RunID, start: Date, desk: CaseDesk
    ) async throws(CaseError) -> [CaseID] {
        var opened: [CaseID] = []
        for r in requests {
            guard case .openCasework(let intent) = r.action, let incident = incidents.first(where: { $0.id == r.incident }) else { continue }
            let id = caseID(run: run, incident: r.incident)
            if case .some = try? await desk.store.load(id) { continue }
            func at(_ t: Double) -> Date { start.addingTimeInterval(t) }
            let custody = incident.history.first { $0.event.name == .custodySecured }?.t ?? r.t
            let questioned = incident.history.first { $0.event.name == .questioningStarted }?.t ?? r.t
            try await desk.open(id, origin: CaseOrigin(run: run.rawValue, incident: r.incident.rawValue), at: at(custody), as: officer)
            try await desk.advance(id, .questioningStarted, at: at(questioned), as: officer)
            if intent == .return { try await desk.advance(id, .returnRequested, at: at(r.t), as: officer) }
            // Either way the military hands the person to the protection centre, which takes the
            // case on by accepting (the NIS questions; for a return it verifies free will).
            if let handover = incident.history.first(where: { $0.event.name == .handedOver })?.t {
                try await desk.refer(id, to: .protectionCentre, at: at(handover), as: officer)
            }
            opened.append(id)
        }
        return opened
    }
}
