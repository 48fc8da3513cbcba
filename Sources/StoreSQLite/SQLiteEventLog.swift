public import StoreCore
import Foundation
import GRDB
public import GuidepostCore
public import Operations

/// The SQLite adapter of `EventLog` through GRDB: the embedded default store.
///
/// One file, in WAL mode (readers never block the writer; a crash loses at most the batch
/// being written). The schema comes from `SQLiteSchema.migrator`; the `event` table is keyed
/// by (run, seq), refuses UPDATE and DELETE by trigger, and each `append` is one transaction,
/// so a process killed with SIGKILL leaves every committed batch whole and nothing of the one
/// in flight. GRDB errors become `StoreError`s here and never leak (STYLE.md §6.4.5).
public struct SQLiteEventLog: EventLog {
    private let pool: DatabasePool
    /// The database file.
    public let path: String

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        self.path = path
        pool = try SQLiteSchema.open(path)
    }

    @discardableResult
    public func append(_ events: [OperationsEvent]) async throws(StoreError) -> Int {
        guard !events.isEmpty else { return 0 }
        do {
            return try await pool.write { db in try Self.append(events, in: db) }
        } catch {
            throw SQLiteErrors.map(error, doing: "append \(events.count) event(s)")
        }
    }

    public func events(run: RunID) async throws(StoreError) -> [OperationsEvent] {
        let list = try await fetch(
            "SELECT run, seq, body FROM event WHERE run = ? ORDER BY seq", [run.rawValue], doing: "read run \(run)")
        guard !list.isEmpty else { throw StoreError(.notFound, "no run '\(run)' in the store") }
        return list
    }

    public func events(incident: IncidentID) async throws(StoreError) -> [OperationsEvent] {
        let list = try await fetch(
            "SELECT run, seq, body FROM event WHERE incident = ? ORDER BY run, seq", [incident.rawValue],
            doing: "read incident \(incident)")
        guard !list.isEmpty else { throw StoreError(.notFound, "no incident '\(incident)' in the store") }
        return list
    }

    public func runs() async throws(StoreError) -> [RunID] {
        do {
            return try await pool.read { db in
                try String.fetchAll(db, sql: "SELECT DISTINCT run FROM event ORDER BY run").map { RunID($0) }
            }
        } catch {
            throw SQLiteErrors.map(error, doing: "list runs")
        }
    }

    public func lastSequence(run: RunID) async throws(StoreError) -> Int {
        do {
            return try await pool.read { db in
                try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM event WHERE run = ?", arguments: [run.rawValue]) ?? 0
            }
        } catch {
            throw SQLiteErrors.map(error, doing: "read the last sequence of run \(run)")
        }
    }

    /// The number of events stored (all runs).
    public func count() async throws(StoreError) -> Int {
        do {
            return try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0 }
        } catch {
            throw SQLiteErrors.map(error, doing: "count events")
        }
    }

    // MARK: - Internals

    private func fetch(_ sql: String, _ arguments: StatementArguments, doing what: String) async throws(StoreError)
        -> [OperationsEvent]
    {
        let rows: [(String, Int, String)]
        do {
            rows = try await pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { ($0["run"], $0["seq"], $0["body"]) }
            }
        } catch {
            throw SQLiteErrors.map(error, doing: what)
        }
        var out: [OperationsEvent] = []
        out.reserveCapacity(rows.count)
        for (run, seq, body) in rows {
            guard let event = try? OperationsEvent.decode(body) else {
                throw StoreError(.corrupt, "event \(run)#\(seq) no longer decodes; the file may be damaged or from a newer version")
            }
            out.append(event)
        }
        return out
    }

    /// Appends inside one write transaction (GRDB wraps `write` in BEGIN IMMEDIATE … COMMIT).
    private static func append(_ events: [OperationsEvent], in db: Database) throws -> Int {
        var last: [RunID: Int] = [:]
        var inserted = 0
        let maxSeq = try db.cachedStatement(sql: "SELECT MAX(seq) FROM event WHERE run = ?")
        let body = try db.cachedStatement(sql: "SELECT body FROM event WHERE run = ? AND seq = ?")
        let insert = try db.cachedStatement(
            sql: "INSERT INTO event (run, seq, t, kind, incident, body) VALUES (?, ?, ?, ?, ?, ?)")
        for e in events {
            let runLast: Int
            if let known = last[e.run] {
                runLast = known
            } else {
                runLast = try Int.fetchOne(maxSeq, arguments: [e.run.rawValue]) ?? 0
            }
            let stored: String? = e.seq <= runLast ? try String.fetchOne(body, arguments: [e.run.rawValue, e.seq]) : nil
            switch try AppendPlan.decide(e, last: runLast, stored: stored) {
            case .skip:
                last[e.run] = runLast
            case .insert:
                let json = e.jsonLine
                try insert.execute(arguments: [e.run.rawValue, e.seq, e.t, e.kind.name, e.incident?.rawValue, json])
                last[e.run] = e.seq
                inserted += 1
            }
        }
        return inserted
    }
}
