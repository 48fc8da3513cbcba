import PostgresNIO
public import StoreCore

extension PostgresEventLog: SectorLeasing {
    public func claim(sector: String, owner: String, holder: String, seconds: Double, onlyAfterOwner: Bool)
        async throws(StoreError) -> SectorLease?
    {
        try await withServer(doing: "claim sector \(sector)") { client in
            try await PostgresLeases.claim(
                sector: sector, owner: owner, holder: holder, seconds: seconds, onlyAfterOwner: onlyAfterOwner, on: client)
        }
    }

    public func renew(_ lease: SectorLease, seconds: Double, feedTime: Double?, lastSequence: Int) async throws(StoreError)
        -> SectorLease?
    {
        try await withServer(doing: "renew the lease of sector \(lease.sector)") { client in
            try await PostgresLeases.renew(lease, seconds: seconds, feedTime: feedTime, lastSequence: lastSequence, on: client)
        }
    }

    public func release(_ lease: SectorLease) async throws(StoreError) {
        try await withServer(doing: "release sector \(lease.sector)") { client in try await PostgresLeases.release(lease, on: client) }
    }

    public func leases() async throws(StoreError) -> [SectorLease] {
        try await withServer(doing: "read the sector leases") { client in try await PostgresLeases.all(on: client) }
    }

    /// Publishes the latest picture of a sector this instance holds (`lease`), for the consoles
    /// of other instances; refused silently when the lease has moved on.
    public func publishFrame(_ body: String, of lease: SectorLease) async throws(StoreError) {
        try await withServer(doing: "publish sector \(lease.sector)'s picture") { client in
            _ = try await client.query(
                """
                INSERT INTO sector_frame AS f (sector, owner, epoch, updated, body)
                SELECT \(lease.sector), \(lease.owner), \(lease.epoch), clock_timestamp(), \(body)
                WHERE EXISTS (SELECT 1 FROM sector_lease WHERE sector = \(lease.sector) AND holder = \(lease.holder) AND epoch = \(lease.epoch))
                ON CONFLICT (sector) DO UPDATE SET owner = EXCLUDED.owner, epoch = EXCLUDED.epoch, updated = EXCLUDED.updated, body = EXCLUDED.body
                """)
        }
    }

    /// The pictures other instances published of their sectors: sector, owner, seconds since it
    /// was published, and the frame (JSON).
    public func publishedFrames() async throws(StoreError) -> [(sector: String, owner: String, age: Double, body: String)] {
        try await withServer(doing: "read the sectors' pictures") { client in
            var out: [(sector: String, owner: String, age: Double, body: String)] = []
            for try await (sector, owner, age, body) in try await client.query(
                "SELECT sector, owner, EXTRACT(EPOCH FROM (clock_timestamp() - updated))::float8, body FROM sector_frame ORDER BY sector"
            ).decode((String, String, Double, String).self) {
                out.append((sector, owner, age, body))
            }
            return out
        }
    }

    /// Replication as the primary sees it: each standby's name, state, sync state and replay
    /// lag in seconds (nil when idle); empty without standbys.
    public func replication() async throws(StoreError) -> [(name: String, state: String, sync: String, lag: Double?)] {
        try await withServer(doing: "read the replication state") { client in
            var out: [(name: String, state: String, sync: String, lag: Double?)] = []
            for try await (name, state, sync, lag) in try await client.query(
                """
                SELECT application_name, COALESCE(state, ''), COALESCE(sync_state, ''), EXTRACT(EPOCH FROM replay_lag)::float8
                FROM pg_stat_replication ORDER BY application_name
                """
            ).decode((String, String, String, Double?).self) {
                out.append((name, state, sync, lag))
            }
            return out
        }
    }
}
