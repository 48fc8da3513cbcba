public import Casework
import Foundation
public import GuidepostCore
import Logging
import PostgresNIO
public import StoreCore

/// The PostgreSQL adapter of Casework's `CaseStore`, in the same database as the event log.
///
/// Every write is one transaction that first takes `pg_advisory_xact_lock(auditLock)`, so
/// writers append to the audit trail one at a time and each links its entry to the true last
/// one (`AuditChain.link`); a case update then checks the stored version under `FOR UPDATE` and
/// writes the case and its audit entry together, or neither. Triggers refuse UPDATE, DELETE and
/// TRUNCATE on `audit` and DELETE and TRUNCATE on `casefile`. Identity is stored as the sealed
/// bytes it is given. Call `close()` when done.
public final class PostgresCaseStore: CaseStore {
    public let url: PostgresURL
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private static var logger: Logger { PostgresEventLog.logger }
    /// The advisory-lock key of audit appends ("audit" in ASCII).
    static let auditLock: Int64 = 0x6175_6469_74

    /// Opens the case store at `url`, bringing the schema up to date.
    public convenience init(url: String, environment: [String: String]? = nil, connectTimeout: Duration = .seconds(10)) async throws(StoreError) {
        try await self.init(url: try PostgresURL(url, environment: environment), connectTimeout: connectTimeout)
    }

    public init(url: PostgresURL, connectTimeout: Duration = .seconds(10)) async throws(StoreError) {
        self.url = url
        try await PostgresEventLog.migrate(url, timeout: connectTimeout)
        let client = PostgresEventLog.client(url, connectTimeout: connectTimeout)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    /// Closes the connections; the store cannot be used afterwards.
    public func close() async {
        runner.cancel()
        await runner.value
    }

    @discardableResult
    public func create(_ stored: StoredCase, audit: AuditDraft) async throws(StoreError) -> AuditEntry {
        let body = try Self.encode(stored.file)
        let f = stored.file
        let i = stored.identity
        return try await transaction(doing: "create case \(f.id)") { c in
            var exists = false
            for try await _ in try await c.query("SELECT 1 FROM casefile WHERE id = \(f.id.rawValue)", logger: Self.logger).decode(Int.self) {
                exists = true
            }
            if exists { throw StoreError(.conflict, "case '\(f.id)' already exists") }
            try await c.query(
                """
                INSERT INTO casefile (id, version, state, agency, body, key_id, wrapped_key, box)
                VALUES (\(f.id.rawValue), \(f.version), \(f.state.rawValue), \(f.agency.rawValue), \(body), \(i?.keyID), \(i?.wrappedKey), \(i?.box))
                """, logger: Self.logger)
            return try await Self.appendAudit(audit, on: c)
        }
    }

    @discardableResult
    public func update(_ stored: StoredCase, expectedVersion: Int, audit: AuditDraft) async throws(StoreError) -> AuditEntry {
        let body = try Self.encode(stored.file)
        let f = stored.file
        let i = stored.identity
        return try await transaction(doing: "update case \(f.id)") { c in
            var version: Int?
            for try await v in try await c.query("SELECT version FROM casefile WHERE id = \(f.id.rawValue) FOR UPDATE", logger: Self.logger)
                .decode(Int.self)
            {
                version = v
            }
            guard let version else { throw StoreError(.notFound, "no case '\(f.id)'") }
            guard version == expectedVersion else {
                throw StoreError(
                    .conflict,
                    "case '\(f.id)' is at version \(version), not \(expectedVersion): someone changed it meanwhile; read it again and retry")
            }
            try await c.query(
                """
                UPDATE casefile SET version = \(f.version), state = \(f.state.rawValue), agency = \(f.agency.rawValue), body = \(body),
                    key_id = \(i?.keyID), wrapped_key = \(i?.wrappedKey), box = \(i?.box)
                WHERE id = \(f.id.rawValue)
                """, logger: Self.logger)
            return try await Self.appendAudit(audit, on: c)
        }
    }

    public func load(_ id: CaseID) async throws(StoreError) -> StoredCase {
        let list = try await cases("SELECT id, body, key_id, wrapped_key, box FROM casefile WHERE id = \(id.rawValue)", doing: "read case \(id)")
        guard let first = list.first else { throw StoreError(.notFound, "no case '\(id)'") }
        return first
    }

    public func all() async throws(StoreError) -> [StoredCase] {
        try await cases("SELECT id, body, key_id, wrapped_key, box FROM casefile ORDER BY id COLLATE \"C\"", doing: "list cases")
    }

    @discardableResult
    public func audit(_ draft: AuditDraft) async throws(StoreError) -> AuditEntry {
        try await transaction(doing: "append to the audit trail") { c in try await Self.appendAudit(draft, on: c) }
    }

    public func auditTrail() async throws(StoreError) -> [AuditEntry] {
        do {
            var out: [AuditEntry] = []
            let rows = try await client.query(
                "SELECT seq, at_ms, actor, role, action, record, outcome, detail, previous_hash, hash FROM audit ORDER BY seq")
            for try await row in rows.decode((Int, Int64, String, String, String, String?, String, String, String, String).self) {
                out.append(Self.entry(row))
            }
            return out
        } catch {
            throw PostgresErrors.map(error, doing: "read the audit trail", at: url)
        }
    }

    // MARK: - Internals

    private func transaction<T: Sendable>(doing what: String, _ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        do {
            return try await client.withConnection { c in
                try await c.query("BEGIN", logger: Self.logger)
                do {
                    try await c.query("SELECT pg_advisory_xact_lock(\(Self.auditLock))", logger: Self.logger)
                    let value = try await body(c)
                    try await c.query("COMMIT", logger: Self.logger)
                    return value
                } catch {
                    _ = try? await c.query("ROLLBACK", logger: Self.logger)
                    throw error
                }
            }
        } catch {
            throw PostgresErrors.map(error, doing: what, at: url)
        }
    }

    private static func appendAudit(_ draft: AuditDraft, on c: PostgresConnection) async throws -> AuditEntry {
        var last: AuditEntry?
        for try await row in try await c.query(
            "SELECT seq, at_ms, actor, role, action, record, outcome, detail, previous_hash, hash FROM audit ORDER BY seq DESC LIMIT 1",
            logger: logger
        ).decode((Int, Int64, String, String, String, String?, String, String, String, String).self) {
            last = entry(row)
        }
        let e = AuditChain.link(draft, after: last)
        let d = e.draft
        try await c.query(
            """
            INSERT INTO audit (seq, at_ms, actor, role, action, record, outcome, detail, previous_hash, hash)
            VALUES (\(e.seq), \(d.millis), \(d.actor), \(d.role), \(d.action), \(d.record), \(d.outcome.rawValue), \(d.detail), \(e.previousHash), \(e.hash))
            """, logger: logger)
        return e
    }

    private static func entry(_ r: (Int, Int64, String, String, String, String?, String, String, String, String)) -> AuditEntry {
        let draft = AuditDraft(
            at: Date(timeIntervalSince1970: Double(r.1) / 1000), actor: r.2, role: r.3, action: r.4, record: r.5,
            outcome: AuditOutcome(rawValue: r.6) ?? .refused, detail: r.7)
        return AuditEntry(seq: r.0, draft: draft, previousHash: r.8, hash: r.9)
    }

    private func cases(_ query: PostgresQuery, doing what: String) async throws(StoreError) -> [StoredCase] {
        var rows: [(String, String, String?, Data?, Data?)] = []
        do {
            for try await row in try await client.query(query).decode((String, String, String?, Data?, Data?).self) { rows.append(row) }
        } catch {
            throw PostgresErrors.map(error, doing: what, at: url)
        }
        var out: [StoredCase] = []
        for (id, body, keyID, wrapped, box) in rows {
            guard let file = try? JSONDecoder().decode(CaseFile.self, from: Data(body.utf8)) else {
                throw StoreError(.corrupt, "case \(id) no longer decodes; the database may have been changed by hand or by a newer version")
            }
            let identity: SealedIdentity? =
                if let keyID, let wrapped, let box { SealedIdentity(keyID: keyID, wrappedKey: wrapped, box: box) } else { nil }
            out.append(StoredCase(file: file, identity: identity))
        }
        return out
    }

    static func encode(_ file: CaseFile) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return String(decoding: try encoder.encode(file), as: UTF8.self) } catch {
            throw StoreError(.conflict, "case \(file.id) cannot be encoded: \(error)")
        }
    }
}
