import ArgumentParser
import CaseVault
import Casework
import Foundation

/// What every `guidepost case` command needs: the store, the keyring, who is acting, and when.
struct CaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The store (SQLite file; the same one `guidepost run` writes).")
    var db: String = "guidepost.sqlite"
    @Option(name: .customLong("as"), help: "The acting user (from the users file).")
    var user: String
    @Option(help: "The users file (JSON; default: $GUIDEPOST_USERS, else guidepost-users.json).")
    var users: String?
    @Option(help: "The keyring file (default: $GUIDEPOST_CASE_KEYS holds the keyring itself).")
    var keys: String?
    @Option(help: "When the action happens (ISO 8601, e.g. 2025-10-20T09:00:00+09:00; default: now).")
    var at: String?

    var usersPath: String { users ?? ProcessInfo.processInfo.environment["GUIDEPOST_USERS"] ?? "guidepost-users.json" }

    func principal() throws -> Principal {
        try CaseUsers.load(usersPath).principal(user, file: usersPath)
    }

    func when() throws -> Date {
        guard let at else { return Date() }
        guard let d = ISO8601DateFormatter().date(from: at) else {
            throw ValidationError("--at '\(at)' is not an ISO 8601 instant with its zone (e.g. 2025-10-20T09:00:00+09:00)")
        }
        return d
    }

    /// The case desk over the store, sealing with the keyring (or refusing to touch identity
    /// without one).
    func desk() async throws -> CaseDesk { try await CaseStores.desk(db: db, keys: keys) }

    /// Who is acting, when, and the desk they act at: what every case command starts with.
    func session() async throws -> (who: Principal, now: Date, desk: CaseDesk) {
        (try principal(), try when(), try await desk())
    }
}
