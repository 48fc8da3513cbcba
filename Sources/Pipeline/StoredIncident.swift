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

    /// Incident `id` of `run` (nil: the run with its latest event — for an incident handed across
    /// a sector boundary, the sector that follows it now; of runs tied in time, the last) and its
    /// run's record, replayed from `log`.
    /// - Throws: `Failure` when there is no such incident; the store's or the replay's errors.
    public static func load(id: String, run: String?, from log: some EventLog) async throws -> (RunRecord, Incident) {
        do {
            let events = try await log.events(incident: IncidentID(id))
            let latest = events.enumerated().max { ($0.element.t, $0.offset) < ($1.element.t, $1.offset) }?.element.run
            guard let chosen = run.map({ RunID($0) }) ?? latest else { throw Failure.noIncident(id: id) }
            let record = try RunRecord(events: try await log.events(run: chosen))
            guard let incident = record.incidents[IncidentID(id)] else { throw Failure.runHasNoIncident(run: chosen, id: id) }
            return (record, incident)
        } catch let error as StoreError where error.code == .notFound {
            throw Failure.notFound(error.detail)
        }
    }
}
