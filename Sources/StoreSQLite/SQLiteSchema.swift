import GRDB

/// The store's schema as GRDB migrations: each migration runs once, in order, recorded in
/// the `grdb_migrations` table; a newer binary upgrades an older file in place.
enum SQLiteSchema {
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
        return m
    }
}
