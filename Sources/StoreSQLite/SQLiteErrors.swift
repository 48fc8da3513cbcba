import StoreCore
import GRDB
import Operations

/// The one place where GRDB and SQLite errors become `StoreError`s.
enum SQLiteErrors {
    static func map(_ error: any Error, doing what: String) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let e = error as? DatabaseError else {
            return StoreError(.unavailable, "could not \(what): \(error)")
        }
        let message = e.message ?? "\(e.resultCode)"
        switch e.resultCode.primaryResultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_FORMAT:
            return StoreError(.corrupt, "could not \(what): \(message); restore the file from a backup")
        case .SQLITE_CONSTRAINT:
            return StoreError(.conflict, "could not \(what): \(message)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.unavailable, "could not \(what): the database is busy (\(message)); retry, or stop the other writer")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            return StoreError(.unavailable, "could not \(what): \(message); check that the folder exists and is writable")
        case .SQLITE_FULL, .SQLITE_IOERR:
            return StoreError(.unavailable, "could not \(what): \(message); check free disk space")
        default:
            return StoreError(.unavailable, "could not \(what): \(message)")
        }
    }
}
