public import GuidepostCore
public import Operations
import PostgresNIO
public import StoreCore

/// What sector watches tell each other through the store to hand an incident across a sector
/// boundary (issue 20): how far each sector's log is complete, and the hand-overs in a sector's run.
extension PostgresEventLog {
    /// Records that the log of `lease`'s sector holds every event up to feed time `t` (it only
    /// grows, and survives a change of holder: a sector re-derived writes the same events).
    /// Refused silently when the lease has moved on.
    public func reached(_ t: Double, fence lease: SectorLease) async throws(StoreError) {
        try await withServer(doing: "record how far sector \(lease.sector) has come") { client in
            _ = try await client.query(
                """
                UPDATE sector_lease SET complete_t = GREATEST(COALESCE(complete_t, '-infinity'::float8), \(t))
                WHERE sector = \(lease.sector) AND holder = \(lease.holder) AND epoch = \(lease.epoch)
                """)
        }
    }

    /// The feed time through which sector `sector`'s log is complete; nil when it has never said
    /// (nobody watches it, or its watch has not yet got going).
    public func completeThrough(sector: String) async throws(StoreError) -> Double? {
        try await withServer(doing: "read how far sector \(sector) has come") { client in
            var out: Double?
            for try await t in try await client.query("SELECT complete_t FROM sector_lease WHERE sector = \(sector)").decode(Double?.self) {
                out = t
            }
            return out
        }
    }

    /// The hand-overs logged in `run` after sequence number `after`, in order, with their sequence numbers.
    public func handovers(run: RunID, after: Int) async throws(StoreError) -> [(seq: Int, handover: IncidentHandover)] {
        let events = try await fetch(
            """
            SELECT run, seq, body FROM event WHERE run = \(run.rawValue) AND kind = 'incident_handed_across' AND seq > \(after)
            ORDER BY seq
            """, doing: "read the hand-overs of run \(run)")
        return try events.map { e throws(StoreError) in
            guard case .incidentHandedAcross(let h) = e.kind else {
                throw StoreError(.corrupt, "event \(run)#\(e.seq) is kept as a hand-over but is not one; the database may have been changed by hand")
            }
            return (e.seq, h)
        }
    }

    /// What a shadow of `run`'s watch must re-apply from the log after sequence `after`: the
    /// decisions and incidents taken on (in order), with the run's last sequence number now.
    public func inputs(run: RunID, after: Int) async throws(StoreError) -> (last: Int, inputs: [OperationsEvent]) {
        let last = try await lastSequence(run: run)
        guard last > after else { return (last, []) }
        let inputs = try await fetch(
            """
            SELECT run, seq, body FROM event WHERE run = \(run.rawValue) AND seq > \(after) AND seq <= \(last)
            AND kind IN ('decision', 'incident_adopted') ORDER BY seq
            """, doing: "read the decisions of run \(run)")
        return (last, inputs)
    }
}
