public import StoreCore
public import GuidepostCore

/// The in-memory adapter of `EventLog` (STYLE.md H9): an actor holding each run's events in
/// sequence order. Used by tests and by runs that need no file.
public actor InMemoryEventLog: EventLog {
    private var byRun: [RunID: [OperationsEvent]] = [:]
    private var json: [RunID: [String]] = [:]

    public init() {}

    @discardableResult
    public func append(_ events: [OperationsEvent]) throws(StoreError) -> Int {
        // Plan the whole batch first so that a refused event leaves the log unchanged.
        var pending: [RunID: [OperationsEvent]] = [:]
        var inserted = 0
        for e in events {
            let stored = byRun[e.run, default: []]
            let queued = pending[e.run, default: []]
            let last = stored.count + queued.count
            let existing: String? =
                if e.seq <= stored.count, e.seq >= 1 { json[e.run]?[e.seq - 1] }
                else if e.seq > stored.count, e.seq <= last { queued[e.seq - stored.count - 1].jsonLine }
                else { nil }
            if try AppendPlan.decide(e, last: last, stored: existing) == .insert {
                pending[e.run, default: []].append(e)
                inserted += 1
            }
        }
        for (run, list) in pending {
            byRun[run, default: []].append(contentsOf: list)
            json[run, default: []].append(contentsOf: list.map(\.jsonLine))
        }
        return inserted
    }

    public func events(run: RunID) throws(StoreError) -> [OperationsEvent] {
        guard let list = byRun[run], !list.isEmpty else { throw StoreError(.notFound, "no run '\(run)' in the store") }
        return list
    }

    public func events(incident: IncidentID) throws(StoreError) -> [OperationsEvent] {
        let list = byRun.keys.sorted().flatMap { run in byRun[run, default: []].filter { $0.incident == incident } }
        guard !list.isEmpty else { throw StoreError(.notFound, "no incident '\(incident)' in the store") }
        return list
    }

    public func runs() -> [RunID] { byRun.keys.sorted() }

    public func lastSequence(run: RunID) -> Int { byRun[run]?.count ?? 0 }
}
