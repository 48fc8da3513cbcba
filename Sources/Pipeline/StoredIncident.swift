public import GuidepostCore
public import Operations
import StoreCore

/// Finds an incident in a store and rebuilds its run from the log, for any store behind the
/// `EventLog` port (`guidepost incidents show`, `guidepost report`, the console).
public enum StoredIncident {
    /// Why the incident cannot be shown; the caller names the store in its message.
    public enum Failure: Error, Equatable, Sendable {
        /// No event in the store is about this incident.
        case noIncident(id: String)
        /// The chosen run has no incident with this id.
        case runHasNoIncident(run: RunID, id: String)
        /// The store holds nothing of what was asked (the store's words).
        case notFound(String)
    }

    /// Incident `id` of `run` (nil: the last run that has it) and its run's record, replayed
    /// from `log`.
    /// - Throws: `Failure` when there is no such incident; the store's or the replay's errors.
    public static func load(id: String, run: String?, from log: some EventLog) async throws -> (RunRecord, Incident) {
        do {
            let events = try await log.events(incident: IncidentID(id))
            guard let chosen = run.map({ RunID($0) }) ?? events.last?.run else { throw Failure.noIncident(id: id) }
            let record = try RunRecord(events: try await log.events(run: chosen))
            guard let incident = record.incidents[IncidentID(id)] else { throw Failure.runHasNoIncident(run: chosen, id: id) }
            return (record, incident)
        } catch let error as StoreError where error.code == .notFound {
            throw Failure.notFound(error.detail)
        }
    }
}
