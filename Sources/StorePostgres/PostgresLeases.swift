import Logging
import PostgresNIO
import StoreCore

/// The SQL of sector leases (`SectorLeasing` on `PostgresEventLog`): one row per sector in
/// `sector_lease`, changed only by statements that test the holder or the expiry in their
/// WHERE clause, so two instances racing for a sector cannot both win. A new holder starts with
/// no progress recorded (its watch has yet to re-derive the sector). Times are the server's
/// (`clock_timestamp()`), so the instances' clocks do not matter.
enum PostgresLeases {
    /// The columns a lease is read from, in `SectorLease`'s order.
    static let columns = """
        sector, owner, holder, epoch, EXTRACT(EPOCH FROM (expires - clock_timestamp()))::float8,
        EXTRACT(EPOCH FROM (clock_timestamp() - acquired))::float8, feed_t, last_seq
        """

    typealias Row = (String, String, String, Int, Double, Double, Double?, Int)

    static func lease(_ r: Row) -> SectorLease {
        SectorLease(sector: r.0, owner: r.1, holder: r.2, epoch: r.3, expiresIn: r.4, heldFor: r.5, feedTime: r.6, lastSequence: r.7)
    }

    /// Inserts or takes over `sector` for `holder`, as `SectorLeasing.claim` says.
    static func claim(sector: String, owner: String, holder: String, seconds: Double, onlyAfterOwner: Bool, on client: PostgresClient)
        async throws -> SectorLease?
    {
        let query: PostgresQuery
        if onlyAfterOwner {
            query = """
                UPDATE sector_lease AS l SET
                    owner = \(owner), holder = \(holder),
                    epoch = CASE WHEN l.holder = \(holder) THEN l.epoch ELSE l.epoch + 1 END,
                    acquired = CASE WHEN l.holder = \(holder) THEN l.acquired ELSE clock_timestamp() END,
                    feed_t = CASE WHEN l.holder = \(holder) THEN l.feed_t END,
                    last_seq = CASE WHEN l.holder = \(holder) THEN l.last_seq ELSE 0 END,
                    expires = clock_timestamp() + make_interval(secs => \(seconds))
                WHERE l.sector = \(sector) AND (l.holder = \(holder) OR l.owner = \(owner) OR l.expires < clock_timestamp())
                RETURNING \(unescaped: columns)
                """
        } else {
            query = """
                INSERT INTO sector_lease AS l (sector, owner, holder, epoch, acquired, expires)
                VALUES (\(sector), \(owner), \(holder), 1, clock_timestamp(), clock_timestamp() + make_interval(secs => \(seconds)))
                ON CONFLICT (sector) DO UPDATE SET
                    owner = EXCLUDED.owner, holder = EXCLUDED.holder,
                    epoch = CASE WHEN l.holder = EXCLUDED.holder THEN l.epoch ELSE l.epoch + 1 END,
                    acquired = CASE WHEN l.holder = EXCLUDED.holder THEN l.acquired ELSE EXCLUDED.acquired END,
                    feed_t = CASE WHEN l.holder = EXCLUDED.holder THEN l.feed_t END,
                    last_seq = CASE WHEN l.holder = EXCLUDED.holder THEN l.last_seq ELSE 0 END,
                    expires = EXCLUDED.expires
                WHERE l.holder = EXCLUDED.holder OR l.owner = EXCLUDED.owner OR l.expires < clock_timestamp()
                RETURNING \(unescaped: columns)
                """
        }
        var out: SectorLease?
        for try await row in try await client.query(query).decode(Row.self) { out = lease(row) }
        return out
    }

    /// Extends a lease its holder still has, recording the watch's progress.
    static func renew(_ lease: SectorLease, seconds: Double, feedTime: Double?, lastSequence: Int, on client: PostgresClient)
        async throws -> SectorLease?
    {
        var out: SectorLease?
        for try await row in try await client.query(
            """
            UPDATE sector_lease SET expires = clock_timestamp() + make_interval(secs => \(seconds)),
                feed_t = \(feedTime), last_seq = \(lastSequence)
            WHERE sector = \(lease.sector) AND holder = \(lease.holder) AND epoch = \(lease.epoch)
            RETURNING \(unescaped: columns)
            """
        ).decode(Row.self) {
            out = Self.lease(row)
        }
        return out
    }

    /// Lets a lease run out now (its holder stops cleanly).
    static func release(_ lease: SectorLease, on client: PostgresClient) async throws {
        try await client.query(
            """
            UPDATE sector_lease SET expires = clock_timestamp() - interval '1 millisecond'
            WHERE sector = \(lease.sector) AND holder = \(lease.holder) AND epoch = \(lease.epoch)
            """)
    }

    static func all(on client: PostgresClient) async throws -> [SectorLease] {
        var out: [SectorLease] = []
        for try await row in try await client.query("SELECT \(unescaped: columns) FROM sector_lease ORDER BY sector").decode(Row.self) {
            out.append(lease(row))
        }
        return out
    }

    /// Inside an append's transaction: refuses it unless `fence` is still the sector's lease,
    /// and holds the row (FOR SHARE) so no claim changes hands before the append commits.
    static func check(_ fence: SectorLease, on connection: PostgresConnection) async throws {
        var held = false
        for try await _ in try await connection.query(
            "SELECT 1 FROM sector_lease WHERE sector = \(fence.sector) AND holder = \(fence.holder) AND epoch = \(fence.epoch) FOR SHARE",
            logger: PostgresEventLog.logger
        ).decode(Int.self) {
            held = true
        }
        guard held else {
            throw StoreError(
                .conflict,
                "sector \(fence.sector) is no longer held by \(fence.owner) (epoch \(fence.epoch)): another instance has taken it over; "
                    + "this instance stops writing for it")
        }
    }
}
