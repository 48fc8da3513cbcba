public import GuidepostCore

/// Numbers a run's events as the engine produces them (1, 2, 3, …), so that a run writes a
/// gap-free log. To resume after a crash, start it at the store's `lastSequence(run:)` and
/// re-derive the run deterministically: events up to that number are skipped by the store's
/// idempotent append, and the first new one continues the sequence.
public struct RunLog: Sendable {
    public let run: RunID
    /// The last sequence number handed out.
    public private(set) var last: Int

    public init(run: RunID, last: Int = 0) {
        self.run = run
        self.last = last
    }

    /// The next event of the run.
    public mutating func event(t: Double, incident: IncidentID? = nil, _ kind: OperationsEvent.Kind) -> OperationsEvent {
        last += 1
        return OperationsEvent(run: run, seq: last, t: t, incident: incident, kind: kind)
    }

    /// Alert updates as events, in order.
    public mutating func events(_ updates: [AlertUpdate], incident: IncidentID? = nil) -> [OperationsEvent] {
        updates.map { u in
            last += 1
            return u.event(run: run, seq: last, incident: incident)
        }
    }

    /// Hands out the next sequence number (for events built elsewhere, e.g. `AlertUpdate.event`).
    public mutating func next() -> Int {
        last += 1
        return last
    }
}
