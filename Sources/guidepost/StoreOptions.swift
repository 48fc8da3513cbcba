import ArgumentParser
import Foundation
import Operations
import StorePostgres
import StoreSQLite

/// `--db PATH|URL`: the event store the command reads or writes — a SQLite file, or a
/// PostgreSQL server for a `postgres://` / `postgresql://` URL.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: "The event store: a SQLite file (created if missing) or a PostgreSQL URL, postgres://USER@HOST:PORT/DB (password from PGPASSWORD).")
    var path: String = "guidepost.sqlite"

    /// The store as messages name it: the path, or the URL with its password shown as `***`.
    var display: String { PostgresURL.redacting(path) }

    /// Opens the store at `path`, runs `body` with it, and closes it (a PostgreSQL store's
    /// connections end before the command does), whether `body` returns or throws. With
    /// `reading`, a SQLite store must already exist: a command that only reads never creates an
    /// empty store at a mistyped path.
    func withLog<T>(reading: Bool = false, _ body: (any EventLog) async throws -> T) async throws -> T {
        try await Self.withLog(at: path, reading: reading, body)
    }

    /// `withLog` for a store named elsewhere than `--db` (e.g. `alerts --db`).
    static func withLog<T>(at path: String, reading: Bool = false, _ body: (any EventLog) async throws -> T) async throws -> T {
        guard PostgresURL.isPostgresURL(path) else {
            if reading {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                    throw CommandFailure(
                        .missingInput,
                        "\(path): no such store (check --db; `guidepost run`, `alerts --db` or `store import` create one)")
                }
                guard !isFolder.boolValue else { throw CommandFailure(.missingInput, "\(path): is a folder, not a store (check --db)") }
            }
            let log: SQLiteEventLog
            do { log = try SQLiteEventLog(path: path) } catch {
                throw CommandFailure(.other, "cannot open the store \(path): \(error)")
            }
            return try await body(log)
        }
        let log: PostgresEventLog
        do { log = try await PostgresEventLog(url: path) } catch {
            throw CommandFailure(.other, "cannot open the store \(PostgresURL.redacting(path)): \(error)")
        }
        do {
            let result = try await body(log)
            await log.close()
            return result
        } catch {
            await log.close()
            throw error
        }
    }
}
