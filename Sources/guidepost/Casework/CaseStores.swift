import Casework
import StoreSQLite

/// Opens the case store `--db` names: a SQLite file (the embedded default) or, once the
/// PostgreSQL adapter is linked, a `postgres://` URL.
enum CaseStores {
    static func open(_ db: String) throws -> any CaseStore {
        do { return try SQLiteCaseStore(path: db) } catch { throw CaseCommandError("cannot open the store \(db): \(error)") }
    }
}
