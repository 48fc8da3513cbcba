import ArgumentParser
import Operations
import StoreSQLite

/// `--db PATH`: the SQLite store the command reads or writes.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The event store (SQLite file; created if missing).")
    var path: String = "guidepost.sqlite"

    /// Opens the store, turning a store error into a message that says what to do.
    func open() throws -> SQLiteEventLog {
        do {
            return try SQLiteEventLog(path: path)
        } catch {
            throw ValidationError("cannot open the store \(path): \(error)")
        }
    }
}
