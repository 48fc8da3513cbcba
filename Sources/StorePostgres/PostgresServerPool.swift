import Logging
import PostgresNIO

/// The connection pool a PostgreSQL store uses now, on the one server of its URL that will do
/// (`PostgresURL.targetSessionAttrs`), and replaced by a pool on another server when that one is
/// lost: a primary killed and a standby promoted in its place. Each replacement counts a
/// `generation`, so callers that failed on the same pool at once trigger one search, not many.
actor PostgresServerPool {
    let url: PostgresURL
    let connectTimeout: Duration
    private var client: PostgresClient
    private var runner: Task<Void, Never>
    /// The server the pool is on.
    private(set) var server: PostgresURL.Endpoint
    private var generation = 0
    private var closed = false

    /// A pool on `server` (one of `url`'s), running at once.
    init(url: PostgresURL, server: PostgresURL.Endpoint, connectTimeout: Duration) {
        self.url = url
        self.connectTimeout = connectTimeout
        self.server = server
        let client = PostgresEventLog.client(url.only(server), connectTimeout: connectTimeout)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// The pool in use and its generation.
    func current() -> (client: PostgresClient, generation: Int) { (client, generation) }

    /// Looks for a server that will do, when the pool of `failed` generation is still the one
    /// in use (else another caller already moved on), and moves the pool onto it. Returns
    /// whether a pool is in place that was not the failed one.
    @discardableResult
    func replace(after failed: Int) async -> Bool {
        guard !closed else { return false }
        guard failed == generation else { return true }
        guard let found = await Self.findServer(url, timeout: .seconds(2)) else { return false }
        runner.cancel()
        let client = PostgresEventLog.client(url.only(found), connectTimeout: connectTimeout)
        self.client = client
        runner = Task { await client.run() }
        server = found
        generation += 1
        return true
    }

    /// Whether the pool of `generation` is still the one in use and its server still answers
    /// and, for `read-write`, takes writes (two seconds to answer). False sends a hung call to the
    /// next server.
    func stillServing(_ generation: Int) async -> Bool {
        guard generation == self.generation, !closed else { return false }
        return await Self.findServer(url.only(server), timeout: .seconds(2)) != nil
    }

    /// Ends the pool's background task (and with it the connections).
    func close() async {
        closed = true
        runner.cancel()
        await runner.value
    }

    /// The first of `url`'s servers that answers within `timeout` and, for
    /// `target_session_attrs=read-write`, is not in recovery (accepts writes); nil when none does.
    static func findServer(_ url: PostgresURL, timeout: Duration) async -> PostgresURL.Endpoint? {
        for server in url.endpoints {
            guard let connection = try? await connect(url.only(server), timeout: timeout) else { continue }
            var writable = false
            if url.targetSessionAttrs == "read-write" {
                do {
                    for try await inRecovery in try await connection.query("SELECT pg_is_in_recovery()", logger: PostgresEventLog.logger)
                        .decode(Bool.self)
                    {
                        writable = !inRecovery
                    }
                } catch { writable = false }
            } else {
                writable = true
            }
            try? await connection.close()
            if writable { return server }
        }
        return nil
    }

    /// One session to `url`'s (first) server, or nil when it does not answer within `timeout`.
    static func connect(_ url: PostgresURL, timeout: Duration) async throws -> PostgresConnection? {
        let configuration: PostgresConnection.Configuration =
            url.isUnixSocket
            ? .init(unixSocketPath: url.endpoint, username: url.user, password: url.password, database: url.database)
            : .init(host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable)
        return try await withThrowingTaskGroup(of: PostgresConnection?.self) { group in
            group.addTask { try await PostgresConnection.connect(configuration: configuration, id: 1, logger: PostgresEventLog.logger) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
