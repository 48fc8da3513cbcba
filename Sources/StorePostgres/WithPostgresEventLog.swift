/// Opens the PostgreSQL event log at `url`, runs `body` with it, and closes it whether `body`
/// returns or throws: the scoped way to use a `PostgresEventLog`, so its connections never
/// outlive the work.
/// - Throws: `StoreError` from opening, or whatever `body` throws.
public func withPostgresEventLog<Result: Sendable>(
    url: String, _ body: (PostgresEventLog) async throws -> Result
) async throws -> Result {
    let log = try await PostgresEventLog(url: url)
    do {
        let result = try await body(log)
        await log.close()
        return result
    } catch {
        await log.close()
        throw error
    }
}
