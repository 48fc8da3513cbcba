public import GuidepostCore
public import Casework
import Foundation
import GRDB
public import StoreCore

/// The SQLite adapter of Casework's `CaseStore`, in the same file as the event log (one
/// embedded database per deployment). Each write is one transaction (`BEGIN IMMEDIATE`, so
/// writers queue): the version check, the case row and its audit entry — linked to the last
/// entry read inside that transaction — commit together or not at all. The `audit` table
/// refuses UPDATE and DELETE by trigger; `casefile` refuses DELETE. Identity is stored as the
/// sealed bytes it is given.
public struct SQLiteCaseStore: CaseStore {
    private let pool: DatabasePool
    public let path: String

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        self.path = path
        pool = try SQLiteSchema.open(path)
    }

    @discardableResult
    public func create(_ stored: StoredCase, audit: AuditDraft) async throws(StoreError) -> AuditEntry {
        let body = try Self.encode(stored.file)
        do {
            return try await pool.write { db in
                if try Int.fetchOne(db, sql: "SELECT 1 FROM casefile WHERE id = ?", arguments: [stored.file.id.rawValue]) != nil {
                    throw StoreError(.conflict, "case '\(stored.file.id)' already exists")
                }
                try db.execute(
                    sql: "INSERT INTO casefile (id, version, state, agency, body, key_id, wrapped_key, box) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [
                        stored.file.id.rawValue, stored.file.version, stored.file.state.rawValue, stored.file.agency.rawValue, body,
                        stored.identity?.keyID, stored.identity?.wrappedKey, stored.identity?.box,
                    ])
                return try Self.appendAudit(audit, in: db)
            }
        } catch {
            throw SQLiteErrors.map(error, doing: "create case \(stored.file.id)")
        }
    }

    @discardableResult
    public func update(_ stored: StoredCase, expectedVersion: Int, audit: AuditDraft) async throws(StoreError) -> AuditEntry {
        let body = try Self.encode(stored.file)
        do {
            return try await pool.write { db in
                guard let version = try Int.fetchOne(db, sql: "SELECT version FROM casefile WHERE id = ?", arguments: [stored.file.id.rawValue]) else {
                    throw StoreError(.notFound, "no case '\(stored.file.id)'")
                }
                guard version == expectedVersion else {
                    throw StoreError(
                        .conflict,
                        "case '\(stored.file.id)' is at version \(version), not \(expectedVersion): someone changed it meanwhile; read it again and retry")
                }
                try db.execute(
                    sql: "UPDATE casefile SET version = ?, state = ?, agency = ?, body = ?, key_id = ?, wrapped_key = ?, box = ? WHERE id = ?",
                    arguments: [
                        stored.file.version, stored.file.state.rawValue, stored.file.agency.rawValue, body, stored.identity?.keyID,
                        stored.identity?.wrappedKey, stored.identity?.box, stored.file.id.rawValue,
                    ])
                return try Self.appendAudit(audit, in: db)
            }
        } catch {
            throw SQLiteErrors.map(error, doing: "update case \(stored.file.id)")
        }
    }

    public func load(_ id: CaseID) async throws(StoreError) -> StoredCase {
        let stored: StoredCase?
        do {
            stored = try await pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM casefile WHERE id = ?", arguments: [id.rawValue]).map(Self.decode)
            }
        } catch {
            throw SQLiteErrors.map(error, doing: "read case \(id)")
        }
        guard let stored else { throw StoreError(.notFound, "no case '\(id)'") }
        return stored
    }

    public func all() async throws(StoreError) -> [StoredCase] {
        do {
            return try await pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM casefile ORDER BY id").map(Self.decode) }
        } catch {
            throw SQLiteErrors.map(error, doing: "list cases")
        }
    }

    @discardableResult
    public func audit(_ draft: AuditDraft) async throws(StoreError) -> AuditEntry {
        do {
            return try await pool.write { db in try Self.appendAudit(draft, in: db) }
        } catch {
            throw SQLiteErrors.map(error, doing: "append to the audit trail")
        }
    }

    public func auditTrail() async throws(StoreError) -> [AuditEntry] {
        do {
            return try await pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq").map(Self.entry) }
        } catch {
            throw SQLiteErrors.map(error, doing: "read the audit trail")
        }
    }

    // MARK: - Internals

    private static func appendAudit(_ draft: AuditDraft, in db: Database) throws -> AuditEntry {
        let last = try Row.fetchOne(db, sql: "SELECT * FROM audit ORDER BY seq DESC LIMIT 1").map(entry)
        let e = AuditChain.link(draft, after: last)
        try db.execute(
            sql: """
                INSERT INTO audit (seq, at_ms, actor, role, action, record, outcome, detail, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                e.seq, e.draft.millis, e.draft.actor, e.draft.role, e.draft.action, e.draft.record, e.draft.outcome.rawValue,
                e.draft.detail, e.previousHash, e.hash,
            ])
        return e
    }

    private static func entry(_ row: Row) -> AuditEntry {
        let millis: Int64 = row["at_ms"]
        let outcome: String = row["outcome"]
        let draft = AuditDraft(
            at: Date(timeIntervalSince1970: Double(millis) / 1000), actor: row["actor"], role: row["role"], action: row["action"],
            record: row["record"], outcome: AuditOutcome(rawValue: outcome) ?? .refused, detail: row["detail"])
        return AuditEntry(seq: row["seq"], draft: draft, previousHash: row["previous_hash"], hash: row["hash"])
    }

    static func encode(_ file: CaseFile) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return String(decoding: try encoder.encode(file), as: UTF8.self) } catch {
            throw StoreError(.conflict, "case \(file.id) cannot be encoded: \(error)")
        }
    }

    private static func decode(_ row: Row) throws -> StoredCase {
        let id: String = row["id"]
        let body: String = row["body"]
        guard let file = try? JSONDecoder().decode(CaseFile.self, from: Data(body.utf8)) else {
            throw StoreError(.corrupt, "case \(id) no longer decodes; the file may be damaged or from a newer version")
        }
        let keyID: String? = row["key_id"]
        let wrapped: Data? = row["wrapped_key"]
        let box: Data? = row["box"]
        let identity: SealedIdentity? =
            if let keyID, let wrapped, let box { SealedIdentity(keyID: keyID, wrappedKey: wrapped, box: box) } else { nil }
        return StoredCase(file: file, identity: identity)
    }
}
