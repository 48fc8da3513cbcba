import StoreCore
import Logging
import Operations
import PostgresNIO

/// The store's schema as numbered migrations, recorded in `guidepost_migrations`. They run on
/// one session holding `pg_advisory_lock(lockKey)`, so two processes opening the same database
/// at once take turns: the second finds the work done. Each migration and its record commit
/// together; a newer binary upgrades an older database in place.
enum PostgresSchema {
    /// One migration: a version, a name, and statements (one each: the wire protocol runs
    /// a single statement per query).
    struct Migration: Sendable {
        var version: Int
        var name: String
        var statements: [String]
    }

    /// The advisory-lock key of migrations ("guidepost" in ASCII, folded into 63 bits).
    static let lockKey: Int64 = 0x6775_6964_6570_6F73

    static let migrations: [Migration] = [
        Migration(version: 1, name: "v1-event-log", statements: [
            """
            CREATE TABLE event (
                run TEXT NOT NULL,
                seq BIGINT NOT NULL CHECK (seq >= 1),
                t DOUBLE PRECISION NOT NULL,
                kind TEXT NOT NULL,
                incident TEXT,
                body TEXT NOT NULL,
                PRIMARY KEY (run, seq)
            )
            """,
            "CREATE INDEX event_by_incident ON event (incident, run, seq) WHERE incident IS NOT NULL",
            """
            CREATE FUNCTION guidepost_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the event log is append-only: % on event is refused', TG_OP
                    USING HINT = 'events are never changed or removed; append a correcting event instead';
            END
            $$
            """,
            // Statement-level, so a refused statement is refused even when it matches no row.
            """
            CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON event
                FOR EACH STATEMENT EXECUTE FUNCTION guidepost_event_append_only()
            """,
        ]),
        Migration(version: 2, name: "v2-casework", statements: [
            """
            CREATE TABLE casefile (
                id TEXT PRIMARY KEY,
                version BIGINT NOT NULL,
                state TEXT NOT NULL,
                agency TEXT NOT NULL,
                body TEXT NOT NULL,
                key_id TEXT,
                wrapped_key BYTEA,
                box BYTEA
            )
            """,
            """
            CREATE TABLE audit (
                seq BIGINT PRIMARY KEY CHECK (seq >= 1),
                at_ms BIGINT NOT NULL,
                actor TEXT NOT NULL,
                role TEXT NOT NULL,
                action TEXT NOT NULL,
                record TEXT,
                outcome TEXT NOT NULL,
                detail TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL
            )
            """,
            "CREATE INDEX audit_by_record ON audit (record, seq) WHERE record IS NOT NULL",
            """
            CREATE FUNCTION guidepost_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the audit trail is append-only: % on audit is refused', TG_OP;
            END
            $$
            """,
            """
            CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit
                FOR EACH STATEMENT EXECUTE FUNCTION guidepost_audit_append_only()
            """,
            """
            CREATE FUNCTION guidepost_casefile_kept() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'cases are closed, never deleted: % on casefile is refused', TG_OP;
            END
            $$
            """,
            """
            CREATE TRIGGER casefile_kept BEFORE DELETE OR TRUNCATE ON casefile
                FOR EACH STATEMENT EXECUTE FUNCTION guidepost_casefile_kept()
            """,
        ]),
        // Several watch instances on one database (issue 20): who owns which sector, and the
        // picture each owner publishes of its sectors for the consoles of the others.
        Migration(version: 3, name: "v3-sector-leases", statements: [
            """
            CREATE TABLE sector_lease (
                sector TEXT PRIMARY KEY,
                owner TEXT NOT NULL,
                holder TEXT NOT NULL,
                epoch BIGINT NOT NULL CHECK (epoch >= 1),
                acquired TIMESTAMPTZ NOT NULL,
                expires TIMESTAMPTZ NOT NULL,
                feed_t DOUBLE PRECISION,
                last_seq BIGINT NOT NULL DEFAULT 0
            )
            """,
            """
            CREATE TABLE sector_frame (
                sector TEXT PRIMARY KEY,
                owner TEXT NOT NULL,
                epoch BIGINT NOT NULL,
                updated TIMESTAMPTZ NOT NULL,
                body TEXT NOT NULL
            )
            """,
        ]),
        // Hand-over across sector boundaries (issue 20): how far each sector's log is complete
        // (kept through changes of holder: the log is re-derived the same), and the hand-overs
        // a neighbour reads from a sector's run.
        Migration(version: 4, name: "v4-sector-handover", statements: [
            "ALTER TABLE sector_lease ADD COLUMN complete_t DOUBLE PRECISION",
            "CREATE INDEX event_handed_across ON event (run, seq) WHERE kind = 'incident_handed_across'",
        ]),
    ]

    /// Brings the database up to date over `connection` (a session of its own).
    static func migrate(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("SELECT pg_advisory_lock(\(lockKey))", logger: logger)
        do {
            try await migrateLocked(connection, logger: logger)
        } catch {
            // Closing the session releases the lock too; unlock anyway for a pooled session.
            _ = try? await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
            throw error
        }
        try await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
    }

    private static func migrateLocked(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS guidepost_migrations (
                version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
            """, logger: logger)
        var applied = Set<Int>()
        for try await version in try await connection.query("SELECT version FROM guidepost_migrations", logger: logger)
            .decode(Int.self)
        {
            applied.insert(version)
        }
        if let newest = applied.max(), newest > (migrations.last?.version ?? 0) {
            throw StoreError(
                .unavailable,
                "the database was migrated by a newer guidepost (schema version \(newest)); use that version or a fresh database")
        }
        for m in migrations where !applied.contains(m.version) {
            try await connection.query("BEGIN", logger: logger)
            do {
                for sql in m.statements { try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger) }
                try await connection.query(
                    "INSERT INTO guidepost_migrations (version, name) VALUES (\(m.version), \(m.name))", logger: logger)
                try await connection.query("COMMIT", logger: logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }
}
