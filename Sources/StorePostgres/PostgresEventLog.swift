public import StoreCore
import Foundation
public import GuidepostCore
import Logging
public import Operations
import PostgresNIO

/// The PostgreSQL adapter of `EventLog`, through postgres-nio: the shared store for several
/// writers and readers.
///
/// Opening runs the schema's migrations (`PostgresSchema`, under an advisory lock) on one
/// session of its own, which also proves the server reachable: an unreachable server is a
/// prompt `.unavailable` naming `host:port`. The `event` table is keyed by (run, seq) and a
/// statement trigger refuses UPDATE, DELETE and TRUNCATE, so the log is append-only even for
/// someone at `psql`. Each `append` is one transaction holding
/// `pg_advisory_xact_lock(hashtext(run))` for every run it touches, so writers of the same run
/// take turns, and it decides each event with `AppendPlan.decide` exactly as SQLite does:
/// re-appends are skipped, gaps and differing repeats are `.conflict`, and a refused batch
/// stores nothing. Driver errors become `StoreError`s (`PostgresErrors`) and never leak.
///
/// A URL naming several servers (a primary and its standbys) or `target_session_attrs=read-write`
/// makes the log fail over: it connects to the server that accepts writes, and when that server
/// is lost (killed, or a standby promoted so that it refuses writes) it finds the new primary and
/// retries the call for up to `failoverTimeout`. A retried append is safe even when the first try
/// committed and only its answer was lost: the re-append of stored events is skipped.
///
/// The log owns its connection pool's background task. Call `close()` when done (or use
/// `withPostgresEventLog(url:_:)`), so that connections end cleanly and a command exits at
/// once; a log dropped without `close()` cancels the task.
public final class PostgresEventLog: EventLog {
    /// Where the log lives (its `description` hides the password).
    public let url: PostgresURL
    /// How long a call keeps looking for a writable server after losing its own (URLs that fail over only).
    public let failoverTimeout: Duration
    let pool: PostgresServerPool
    static let logger = Logger(label: "guidepost.store.postgres") { _ in SwiftLogNoOpLogHandler() }

    /// Opens the log at `url` (`postgres://user[:password]@host:port/database`), bringing its
    /// schema up to date. The password may come from `PGPASSWORD` in `environment` (nil: the
    /// process's environment).
    /// - Parameter connectTimeout: how long to wait for the server before `.unavailable`.
    /// - Throws: `StoreError.unavailable` for a malformed URL or a server that cannot be
    ///   reached, logged into or migrated, with what to check.
    public convenience init(
        url: String, environment: [String: String]? = nil,
        connectTimeout: Duration = .seconds(10)
    ) async throws(StoreError) {
        try await self.init(url: try PostgresURL(url, environment: environment), connectTimeout: connectTimeout)
    }

    /// Opens the log at `url`, bringing its schema up to date.
    /// - Parameter failoverTimeout: for a URL that fails over, how long a call waits for a
    ///   writable server (a standby being promoted) before it fails.
    public init(url: PostgresURL, connectTimeout: Duration = .seconds(10), failoverTimeout: Duration = .seconds(60))
        async throws(StoreError)
    {
        self.url = url
        self.failoverTimeout = failoverTimeout
        var server = url.endpoints[0]
        if url.failsOver {
            guard let found = await PostgresServerPool.findServer(url, timeout: connectTimeout) else {
                throw StoreError(
                    .unavailable,
                    "could not open the store: none of \(url.endpoint) answers and accepts writes; start the primary, or promote a "
                        + "standby (pg_ctl promote), and check the URL's host list")
            }
            server = found
        }
        try await Self.migrate(url.only(server), timeout: connectTimeout)
        pool = PostgresServerPool(url: url, server: server, connectTimeout: connectTimeout)
    }

    /// A connection pool for `url` (not yet running).
    static func client(_ url: PostgresURL, connectTimeout: Duration) -> PostgresClient {
        var configuration: PostgresClient.Configuration
        if url.isUnixSocket {
            configuration = .init(
                unixSocketPath: url.endpoint, username: url.user, password: url.password, database: url.database)
        } else {
            configuration = .init(
                host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
                tls: .disable)
        }
        configuration.options.connectTimeout = connectTimeout
        configuration.options.maximumConnections = 8
        configuration.options.keepAliveBehavior = nil
        return PostgresClient(configuration: configuration)
    }

    /// Closes the connections and ends the pool's background task. The log cannot be used
    /// afterwards (calls fail with `.unavailable`). Calling it twice is harmless.
    public func close() async {
        await pool.close()
    }

    /// The server the log writes to now (after a failover, the promoted standby).
    public var server: PostgresURL.Endpoint { get async { await pool.server } }

    @discardableResult
    public func append(_ events: [OperationsEvent]) async throws(StoreError) -> Int {
        try await append(events, fence: nil)
    }

    /// Appends `events` as `append(_:)` does, but only while `fence` is still the sector's lease
    /// (same holder, same epoch), checked in the same transaction: an instance that lost its
    /// sector to a standby (paused past its lease, cut off) writes nothing more for it.
    /// - Throws: `StoreError.conflict` when the lease has passed to another holder.
    @discardableResult
    public func append(_ events: [OperationsEvent], fence: SectorLease?) async throws(StoreError) -> Int {
        guard !events.isEmpty else { return 0 }
        return try await withServer(doing: "append \(events.count) event(s)") { client in
            try await client.withConnection { connection in try await Self.append(events, fence: fence, on: connection) }
        }
    }

    /// Runs `body` on the pool in use; for a URL that fails over, a lost server sends the pool
    /// looking for the writable one and `body` is tried again, until `failoverTimeout`. A call
    /// that hangs (the pool waiting for a server that died under it) is watched: after a second,
    /// and every second, the server is asked whether it still takes writes; if not, the call is
    /// abandoned and tried on the new server.
    func withServer<T: Sendable>(doing what: String, _ body: @escaping @Sendable (PostgresClient) async throws -> T)
        async throws(StoreError) -> T
    {
        let deadline = ContinuousClock.now + failoverTimeout
        while true {
            let (client, generation) = await pool.current()
            let outcome: Result<T, any Error>?
            if url.failsOver {
                let pool = self.pool
                outcome = await PostgresCallWatchdog.race({
                    do { return .success(try await body(client)) } catch { return .failure(error) }
                }, lost: { await !pool.stillServing(generation) })
            } else {
                do { outcome = .success(try await body(client)) } catch { outcome = .failure(error) }
            }
            switch outcome {
            case .success(let value)?:
                return value
            case .failure(let error)?:
                guard url.failsOver, ContinuousClock.now < deadline, !Task.isCancelled, !(error is CancellationError) else {
                    throw PostgresErrors.map(error, doing: what, at: url)
                }
                // The pool moved to another server while this call ran (its old pool closed
                // under it): try again on the new one.
                if await pool.current().generation != generation { continue }
                guard PostgresErrors.isServerLost(error) else { throw PostgresErrors.map(error, doing: what, at: url) }
                if await !pool.replace(after: generation) { try? await Task.sleep(for: .milliseconds(250)) }
            case nil:
                // The watchdog found the server gone while the call hung.
                guard ContinuousClock.now < deadline, !Task.isCancelled else {
                    throw PostgresErrors.unreachable(url, doing: what, "no writable server answered within \(failoverTimeout)")
                }
                if await !pool.replace(after: generation) { try? await Task.sleep(for: .milliseconds(250)) }
            }
        }
    }

    public func events(run: RunID) async throws(StoreError) -> [OperationsEvent] {
        let list = try await fetch(
            "SELECT run, seq, body FROM event WHERE run = \(run.rawValue) ORDER BY seq", doing: "read run \(run)")
        guard !list.isEmpty else { throw StoreError(.notFound, "no run '\(run)' in the store") }
        return list
    }

    public func events(incident: IncidentID) async throws(StoreError) -> [OperationsEvent] {
        let list = try await fetch(
            "SELECT run, seq, body FROM event WHERE incident = \(incident.rawValue) ORDER BY run COLLATE \"C\", seq",
            doing: "read incident \(incident)")
        guard !list.isEmpty else { throw StoreError(.notFound, "no incident '\(incident)' in the store") }
        return list
    }

    public func runs() async throws(StoreError) -> [RunID] {
        try await withServer(doing: "list runs") { client in
            var out: [RunID] = []
            for try await run in try await client.query("SELECT run FROM event GROUP BY run ORDER BY run COLLATE \"C\"")
                .decode(String.self)
            {
                out.append(RunID(run))
            }
            return out
        }
    }

    public func lastSequence(run: RunID) async throws(StoreError) -> Int {
        try await withServer(doing: "read the last sequence of run \(run)") { client in
            var last = 0
            for try await value in try await client.query(
                "SELECT COALESCE(MAX(seq), 0) FROM event WHERE run = \(run.rawValue)"
            ).decode(Int.self) {
                last = value
            }
            return last
        }
    }

    /// The number of events stored (all runs).
    public func count() async throws(StoreError) -> Int {
        try await withServer(doing: "count events") { client in
            var n = 0
            for try await value in try await client.query("SELECT COUNT(*) FROM event").decode(Int.self) { n = value }
            return n
        }
    }

    // MARK: - Internals

    /// Connects one session (bounded by `timeout`), migrates, and closes it.
    static func migrate(_ url: PostgresURL, timeout: Duration) async throws(StoreError) {
        let answered: PostgresConnection?
        do {
            answered = try await PostgresServerPool.connect(url, timeout: timeout)
        } catch {
            throw PostgresErrors.map(error, doing: "open the store", at: url)
        }
        guard let connection = answered else {
            throw PostgresErrors.unreachable(url, doing: "open the store", "no answer within \(timeout)")
        }
        do {
            try await PostgresSchema.migrate(connection, logger: logger)
        } catch {
            try? await connection.close()
            throw PostgresErrors.map(error, doing: "bring the store's schema up to date", at: url)
        }
        try? await connection.close()
    }

    func fetch(_ query: PostgresQuery, doing what: String) async throws(StoreError) -> [OperationsEvent] {
        let rows = try await withServer(doing: what) { client in
            var rows: [(String, Int, String)] = []
            for try await row in try await client.query(query).decode((String, Int, String).self) { rows.append(row) }
            return rows
        }
        var out: [OperationsEvent] = []
        out.reserveCapacity(rows.count)
        for (run, seq, body) in rows {
            guard let event = try? OperationsEvent.decode(body) else {
                throw StoreError(.corrupt, "event \(run)#\(seq) no longer decodes; the database may have been changed by hand or by a newer version")
            }
            out.append(event)
        }
        return out
    }

    /// Appends inside one transaction on `connection`: locks each run (in run order, so two
    /// batches never wait on each other in a cycle), reads what the batch needs to decide,
    /// decides every event, then inserts the new ones in one statement.
    private static func append(_ events: [OperationsEvent], fence: SectorLease?, on connection: PostgresConnection) async throws -> Int {
        try await connection.query("BEGIN", logger: logger)
        do {
            if let fence { try await PostgresLeases.check(fence, on: connection) }
            let inserted = try await planAndInsert(events, on: connection)
            try await connection.query("COMMIT", logger: logger)
            return inserted
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    private static func planAndInsert(_ events: [OperationsEvent], on connection: PostgresConnection) async throws -> Int {
        var last: [RunID: Int] = [:]
        var stored: [RunID: [Int: String]] = [:]
        for run in Set(events.map(\.run)).sorted() {
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(run.rawValue)))", logger: logger)
            var runLast = 0
            for try await value in try await connection.query(
                "SELECT COALESCE(MAX(seq), 0) FROM event WHERE run = \(run.rawValue)", logger: logger
            ).decode(Int.self) {
                runLast = value
            }
            last[run] = runLast
            let repeats = events.filter { $0.run == run && $0.seq >= 1 && $0.seq <= runLast }.map(\.seq)
            guard !repeats.isEmpty else { continue }
            var bodies: [Int: String] = [:]
            for try await (seq, body) in try await connection.query(
                "SELECT seq, body FROM event WHERE run = \(run.rawValue) AND seq = ANY(\(repeats)::bigint[])", logger: logger
            ).decode((Int, String).self) {
                bodies[seq] = body
            }
            stored[run] = bodies
        }
        var runs: [String] = [], seqs: [Int] = [], times: [Double] = [], kinds: [String] = []
        var hasIncident: [Bool] = [], incidents: [String] = [], bodies: [String] = []
        for e in events {
            let runLast = last[e.run] ?? 0
            // What SQLite would read back inside its transaction: stored rows, and rows this
            // batch has already decided to insert.
            let existing: String? = e.seq <= runLast ? stored[e.run]?[e.seq] : nil
            switch try AppendPlan.decide(e, last: runLast, stored: existing) {
            case .skip:
                continue
            case .insert:
                let json = e.jsonLine
                runs.append(e.run.rawValue)
                seqs.append(e.seq)
                times.append(e.t)
                kinds.append(e.kind.name)
                hasIncident.append(e.incident != nil)
                incidents.append(e.incident?.rawValue ?? "")
                bodies.append(json)
                stored[e.run, default: [:]][e.seq] = json
                last[e.run] = e.seq
            }
        }
        guard !runs.isEmpty else { return 0 }
        try await connection.query(
            """
            INSERT INTO event (run, seq, t, kind, incident, body)
            SELECT r, s, t, k, CASE WHEN h THEN i END, b
            FROM UNNEST(\(runs)::text[], \(seqs)::bigint[], \(times)::float8[], \(kinds)::text[], \(hasIncident)::bool[],
                        \(incidents)::text[], \(bodies)::text[]) AS x(r, s, t, k, h, i, b)
            """, logger: logger)
        return runs.count
    }
}
