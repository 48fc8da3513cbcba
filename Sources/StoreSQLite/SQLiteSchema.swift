import StoreCore
import GRDB

/// The store's schema as GRDB migrations: each migration runs once, in order, recorded in
/// the `grdb_migrations` table; a newer binary upgrades an older file in place.
enum SQLiteSchema {
    /// Opens (creating if needed) the database at `path` as a WAL pool and brings its schema up
    /// to date: what every SQLite adapter does first.
    static func open(_ path: String) throws(StoreError) -> DatabasePool {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let pool = try DatabasePool(path: path, configuration: configuration)
            try migrator.migrate(pool)
            return pool
        } catch {
            throw SQLiteErrors.map(error, doing: "open the store at \(path)")
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-event-log") { db in
            try db.execute(
                sql: """
                    CREATE TABLE event (
                        run TEXT NOT NULL,
                        seq INTEGER NOT NULL CHECK (seq >= 1),
                        t REAL NOT NULL,
                        kind TEXT NOT NULL,
                        incident TEXT,
                        body TEXT NOT NULL,
                        PRIMARY KEY (run, seq)
                    );
                    CREATE INDEX event_by_incident ON event (incident, run, seq) WHERE incident IS NOT NULL;
                    CREATE TRIGGER event_append_only_update BEFORE UPDATE ON event
                    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                    CREATE TRIGGER event_append_only_delete BEFORE DELETE ON event
                    BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                    """)
        }
        m.registerMigration("v2-casework") { db in
            try db.execute(
                sql: """
                    CREATE TABLE casefile (
                        id TEXT PRIMARY KEY NOT NULL,
                        version INTEGER NOT NULL,
                        state TEXT NOT NULL,
                        agency TEXT NOT NULL,
                        body TEXT NOT NULL,
                        key_id TEXT,
                        wrapped_key BLOB,
                        box BLOB
                    );
                    CREATE TABLE audit (
                        seq INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1),
                        at_ms INTEGER NOT NULL,
                        actor TEXT NOT NULL,
                        role TEXT NOT NULL,
                        action TEXT NOT NULL,
                        record TEXT,
                        outcome TEXT NOT NULL,
                        detail TEXT NOT NULL,
                        previous_hash TEXT NOT NULL,
                        hash TEXT NOT NULL
                    );
                    CREATE INDEX audit_by_record ON audit (record, seq) WHERE record IS NOT NULL;
                    CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                    CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                    CREATE TRIGGER casefile_no_delete BEFORE DELETE ON casefile
                    BEGIN SELECT RAISE(ABORT, 'cases are closed, never deleted'); END;
                    """)
        }
        return m
    }
}
