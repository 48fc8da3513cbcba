import CaseVault
import Casework
import StorePostgres
import StoreSQLite

/// Opens the case store `--db` names: a SQLite file (the embedded default) or a PostgreSQL
/// server for a `postgres://` URL (its connections end when the store is released, at the
/// latest when the command exits).
enum CaseStores {
    static func open(_ db: String) async throws -> any CaseStore {
        if PostgresURL.isPostgresURL(db) {
            do { return try await PostgresCaseStore(url: db) } catch {
                throw CaseCommandError("cannot open the store \(PostgresURL.redacting(db)): \(error)")
            }
        }
        do { return try SQLiteCaseStore(path: db) } catch { throw CaseCommandError("cannot open the store \(db): \(error)") }
    }

    /// A desk over the store at `db`, sealing with the keyring at `keys` (or
    /// `GUIDEPOST_CASE_KEYS`), or refusing to touch identity when there is none.
    static func desk(db: String, keys: String?) async throws -> CaseDesk {
        let store = try await open(db)
        let sealer: any IdentitySealer
        do { sealer = EnvelopeSealer(keyring: try KeyRing.load(path: keys)) } catch { sealer = MissingKeyring(reason: error) }
        let table: EntitlementTable
        do { table = try EntitlementTable.bundled() } catch { throw CaseCommandError("\(error)") }
        return CaseDesk(store: store, sealer: sealer, table: table)
    }
}
