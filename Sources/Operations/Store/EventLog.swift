public import GuidepostCore

/// The port through which Operations writes and reads its append-only log (DESIGN.md: Store).
///
/// Guarantees every adapter keeps (checked by the conformance suite in TestSupport):
/// - **Append-only.** Stored events are never changed or removed.
/// - **Idempotent append.** An event whose (run, seq) is already stored with the same content
///   is skipped, so a run resumed after a crash may re-append what it had committed.
///   The same (run, seq) with *different* content is a `.conflict`.
/// - **No gaps.** Within a run, sequence numbers are 1, 2, 3, …; an event that would leave a
///   gap is a `.conflict`.
/// - **Atomic batches.** `append` stores all of its events or none.
public protocol EventLog: Sendable {
    /// Appends `events` (in order) atomically; returns how many were new.
    @discardableResult
    func append(_ events: [OperationsEvent]) async throws(StoreError) -> Int
    /// Every event of `run` in sequence order; `.notFound` if the run has none.
    func events(run: RunID) async throws(StoreError) -> [OperationsEvent]
    /// Every event about `incident`, in (run, sequence) order; `.notFound` if none.
    func events(incident: IncidentID) async throws(StoreError) -> [OperationsEvent]
    /// The runs in the store, sorted by id.
    func runs() async throws(StoreError) -> [RunID]
    /// The highest sequence number stored for `run`, 0 when the run has no events.
    func lastSequence(run: RunID) async throws(StoreError) -> Int
}

extension EventLog {
    /// The incidents of the store: (run, incident) pairs sorted by run then incident id.
    public func incidents() async throws(StoreError) -> [(run: RunID, incident: IncidentID)] {
        var out: [(run: RunID, incident: IncidentID)] = []
        for run in try await runs() {
            var seen = Set<IncidentID>()
            for e in try await events(run: run) {
                if let id = e.incident, seen.insert(id).inserted { out.append((run, id)) }
            }
        }
        return out.sorted { ($0.run, $0.incident) < ($1.run, $1.incident) }
    }
}
